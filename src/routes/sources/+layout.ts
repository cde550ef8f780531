// The sources read the built-in fact file only: fetched as JSON in the browser (the same file the
// deck uses, precached once), not bundled into their JavaScript.
import { loadBuiltinFacts } from '$lib/state/builtin-deck';
import type { LayoutLoad } from './$types';

export const load: LayoutLoad = async ({ fetch }) => ({ file: await loadBuiltinFacts(fetch) });
