/**
 * Scoring an assignment's answers, and whether a response can belong to an item at all (a
 * result code is self-reported: an index out of range is refused, not scored). The scoring rule
 * itself is `scoreResponse`, shared with quizzes and study.
 */
import { scoreResponse, type ItemResponse } from '../items/response';
import type { Item } from '../items/types';

const isPermutation = (list: number[], n: number) =>
	list.length === n && new Set(list).size === n && list.every((i) => i >= 0 && i < n);

/** Could this response have been given to this item? (kind and ranges) */
export function responseFits(item: Item, r: ItemResponse | null): boolean {
	if (r === null) return true;
	switch (item.kind) {
		case 'mcq':
			return r.kind === 'choice' && r.index < item.options.length;
		case 'truefalse':
			return r.kind === 'bool';
		case 'cloze':
			return r.kind === 'text' || (r.kind === 'choice' && r.index < (item.options?.length ?? 0));
		case 'flashcard':
		case 'reverse':
			return r.kind === 'self' || (r.kind === 'text' && !!item.typed);
		case 'timeline':
			return r.kind === 'order' && isPermutation(r.order, item.events.length);
		case 'matching':
			return (
				r.kind === 'pairs' &&
				r.rights.length === item.pairs.length &&
				r.rights.every((i) => i < item.rights.length)
			);
	}
}

/** Scored by the same rule as everywhere in the app (typed answers tolerate transliteration). */
export function isCorrect(item: Item, r: ItemResponse | null): boolean {
	return r !== null && responseFits(item, r) && scoreResponse(item, r).correct;
}
