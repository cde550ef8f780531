/**
 * The deck library for pages that need no learner (decks, browse): a failure is reported. Its
 * own module, so those pages do not load the learner's code with it.
 */
import { getDeckLibrary, type DeckLibrary } from './deck.svelte';
import { reported } from './load-failure.svelte';

export function deckLibrary(): Promise<DeckLibrary> {
	return reported(getDeckLibrary());
}
