// The pages that show the built-in deck load it before they render (fetched as JSON in the
// browser, precached for offline use), so their components read it synchronously.
import { loadBuiltinDeck } from '$lib/state/builtin-deck';
import { nextTaskInBrowser } from '$lib/state/next-task';
import type { LayoutLoad } from './$types';

export const load: LayoutLoad = async ({ fetch }) => {
	await loadBuiltinDeck(fetch);
	// Reading the deck and hydrating the page are then two tasks, not one long one that keeps a
	// slow phone from answering a tap.
	await nextTaskInBrowser();
};
