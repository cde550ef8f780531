// The pages that show the built-in deck load it before they render (fetched as JSON in the
// browser, precached for offline use), so their components read it synchronously.
import { loadBuiltinDeck } from '$lib/state/builtin-deck';
import type { LayoutLoad } from './$types';

export const load: LayoutLoad = async ({ fetch }) => {
	await loadBuiltinDeck(fetch);
};
