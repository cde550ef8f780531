/**
 * The app's other open tabs keep the deck they started with: once this page changes the deck in
 * use (loads, chooses or deletes one), they are told, and offer a reload (StorageNotice).
 */
export function tellOtherTabs(): void {
	import('$lib/state/learner.svelte')
		.then((m) => m.getLearner())
		.then(
			(learner) => learner.deckChanged(),
			() => {} // no learner, no channel: the other tabs read the deck at their next load
		);
}
