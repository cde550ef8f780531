/**
 * The built-in deck in the app. In the browser its fact file and item bank are fetched as JSON
 * (hashed, immutable, precached by the service worker), not bundled as JavaScript: a phone parses
 * JSON far faster, and pages that do not need the deck never load it. Pages that use it load it
 * in their `load` (before they render), so components then read it synchronously.
 * On the server (the prerenderer) the same data is imported directly.
 */
import factsUrl from '../../content/facts.json?url';
import bankUrl from '../../content/builtin-bank.json?url';
import { deckFromBank, type Deck } from '../deck';
import type { FactFile } from '../facts/schema';
import type { CompactItem } from '../items/bank';

/** The files a page that shows the deck should preload. */
export const BUILTIN_DECK_FILES = [factsUrl, bankUrl];
/** The file a page that shows facts but no items (the sources) should preload. */
export const BUILTIN_FACTS_FILE = factsUrl;

let loaded: Deck | undefined;
let loading: Promise<Deck> | undefined;
let loadingFacts: Promise<FactFile> | undefined;

async function fetchJson<T>(fetcher: typeof fetch, url: string): Promise<T> {
	const response = await fetcher(url);
	if (!response.ok) throw new Error(`The built-in deck could not be read (${response.status}).`);
	return (await response.json()) as T;
}

/** `cached`, or `read()` started; a failure is forgotten, so a later page may try again. */
function once<T>(cached: Promise<T> | undefined, read: () => Promise<T>, forget: () => void) {
	return (
		cached ??
		read().catch((error: unknown) => {
			forget();
			throw error;
		})
	);
}

/** The fact file alone, for pages that show facts but no items (the sources): fetched in the
 * browser, imported on the server (`import.meta.env.SSR` is a literal after Vite's replacement,
 * so the client build drops that import and the data stays out of the JavaScript). */
export function loadBuiltinFacts(fetcher: typeof fetch = fetch): Promise<FactFile> {
	loadingFacts = once(
		loadingFacts,
		() =>
			import.meta.env.SSR
				? import('../builtin-facts').then((m) => m.builtinFactFile)
				: fetchJson<FactFile>(fetcher, factsUrl),
		() => (loadingFacts = undefined)
	);
	return loadingFacts;
}

/** The deck from its two files (browser), or imported (server). */
function read(fetcher: typeof fetch): Promise<Deck> {
	if (import.meta.env.SSR) return import('../builtin-deck').then((m) => m.deck);
	return Promise.all([loadBuiltinFacts(fetcher), fetchJson<CompactItem[]>(fetcher, bankUrl)]).then(
		([file, bank]) => deckFromBank(file, bank)
	);
}

/** Loads the built-in deck once per tab; `fetcher` is a load function's `fetch`. */
export function loadBuiltinDeck(fetcher: typeof fetch = fetch): Promise<Deck> {
	loading = once(
		loading,
		() => read(fetcher).then((deck) => (loaded = deck)),
		() => (loading = undefined)
	);
	return loading;
}

/** The built-in deck, once a page's load has loaded it. */
export function builtinDeck(): Deck {
	if (!loaded) throw new Error('The built-in deck is used before it was loaded.');
	return loaded;
}
