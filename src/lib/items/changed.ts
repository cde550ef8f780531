/**
 * Which questions a new version of a deck changed: what was learnt of them is an answer the new
 * version no longer gives, so their schedule should start again. A question changes when one of
 * the facts it asks about has another value. Rewording a question, a label or a quote, a new note,
 * or other facts changing its wrong options (or which statements come out true or false) is not
 * a change of what to recall.
 */
import type { FactFile } from '../facts/schema';
import type { Item } from './types';

/**
 * The ids of `items` (made from `after`) resting on a fact whose value `before` (fact id → value,
 * see `DeckStore.valuesBefore`) gave otherwise.
 */
export function changedItems(
	before: readonly (readonly [string, string])[],
	after: FactFile,
	items: readonly Pick<Item, 'id' | 'factIds'>[]
): string[] {
	const was = new Map(before);
	const changed = new Set(
		after.facts.filter((f) => was.has(f.id) && was.get(f.id) !== f.claim.value).map((f) => f.id)
	);
	return items.filter((item) => item.factIds.some((id) => changed.has(id))).map((item) => item.id);
}
