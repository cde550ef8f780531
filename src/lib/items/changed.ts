/**
 * Which questions a new version of a deck changed: the same item id (same fact, same kind), but
 * another thing to recall. What was learnt of such a question is of the old answer, so its
 * schedule should start again. Rewording a prompt, or other facts changing its wrong options,
 * is not a change of what to recall.
 */
import type { Item } from './types';

/** What the learner must recall from an item: its answer, in a form that compares. */
function recallOf(item: Item): string {
	switch (item.kind) {
		case 'truefalse':
			return JSON.stringify([item.statement, item.truth]);
		case 'matching':
			return JSON.stringify(item.pairs.map((p) => `${p.left}\u0000${p.right}`).sort());
		case 'timeline':
			return JSON.stringify(item.events.map((e) => [e.label, e.when]));
		case 'reverse':
			// Its answer is the fact's question (reworded freely); its prompt holds the value.
			return JSON.stringify([item.prompt]);
		default:
			return JSON.stringify([item.answer]);
	}
}

/** The ids of items in both versions whose answer differs. */
export function changedItems(before: readonly Item[], after: readonly Item[]): string[] {
	const old = new Map(before.map((item) => [item.id, recallOf(item)]));
	return after.flatMap((item) => {
		const was = old.get(item.id);
		return was !== undefined && was !== recallOf(item) ? [item.id] : [];
	});
}
