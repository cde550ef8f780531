/** What the study pages wait for: the learner and the deck in use (a failure is reported). */
import { getDeckLibrary, type DeckLibrary } from './deck.svelte';
import { getLearner, type Learner } from './learner.svelte';
import { reported } from './load-failure.svelte';

export function learnerAndDeck(): Promise<[Learner, DeckLibrary]> {
	return reported(Promise.all([getLearner(), getDeckLibrary()]));
}

export function learner(): Promise<Learner> {
	return reported(getLearner());
}
