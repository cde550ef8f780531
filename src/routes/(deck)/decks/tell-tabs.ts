/**
 * The app's other open tabs keep the deck they started with: once this page changes the deck in
 * use (loads, chooses or deletes it, or a restore does), they are told, and offer a reload
 * (StorageNotice).
 */
import type { DeckLibrary } from '$lib/state/deck.svelte';

/** The deck in use and its version (its import time): what the other tabs show until told. */
export const deckInUse = (library: DeckLibrary) =>
	`${library.activeId}@${library.active?.importedAt.getTime()}`;

/** Tells the other tabs, when the deck in use is no longer `before` and is stored for them too. */
export function tellOtherTabs(library: DeckLibrary, before: string): void {
	if (library.mode !== 'persistent' || deckInUse(library) === before) return;
	import('$lib/state/learner.svelte')
		.then((m) => m.getLearner())
		.then(
			(learner) => learner.deckChanged(),
			() => {} // no learner, no channel: the other tabs read the deck at their next load
		);
}
