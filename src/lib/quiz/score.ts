/**
 * Scoring an assignment's answers, and whether a response can belong to an item at all (a
 * result code is self-reported: an index out of range is refused, not scored).
 *
 * `scoreResponse` in src/lib/items/response.ts is the shared scorer once it lands; until then
 * this is the same rule for every kind, kept deliberately simple.
 */
import type { ItemResponse } from '../items/response';
import type { Item } from '../items/types';
import { normalizeValue } from '../items/normalize';

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

const accepts = (accepted: string[], value: string) =>
	accepted.some((a) => normalizeValue(a) === normalizeValue(value));

export function isCorrect(item: Item, r: ItemResponse | null): boolean {
	if (r === null || !responseFits(item, r)) return false;
	switch (item.kind) {
		case 'mcq':
			return r.kind === 'choice' && r.index === item.answerIndex;
		case 'truefalse':
			return r.kind === 'bool' && r.value === item.truth;
		case 'cloze':
			if (r.kind === 'choice') return accepts(item.accept, item.options?.[r.index] ?? '');
			return r.kind === 'text' && accepts(item.accept, r.value);
		case 'flashcard':
		case 'reverse':
			if (r.kind === 'self') return r.remembered;
			return r.kind === 'text' && accepts(item.typed?.accept ?? [item.answer], r.value);
		case 'timeline':
			return r.kind === 'order' && r.order.every((e, i) => e === i);
		case 'matching':
			return (
				r.kind === 'pairs' && r.rights.every((k, i) => item.rights[k] === item.pairs[i]?.right)
			);
	}
}

/** The response in words, for the teacher's report and the student's review. */
export function describeResponse(item: Item, r: ItemResponse | null): string {
	if (r === null) return 'no answer';
	switch (r.kind) {
		case 'choice':
			return item.kind === 'mcq' || item.kind === 'cloze' ? (item.options?.[r.index] ?? '?') : '?';
		case 'bool':
			return r.value ? 'True' : 'False';
		case 'text':
			return r.value;
		case 'self':
			return r.remembered ? 'remembered' : 'did not remember';
		case 'order':
			return item.kind === 'timeline'
				? r.order.map((i) => item.events[i]?.label ?? '?').join(' → ')
				: '?';
		case 'pairs':
			return item.kind === 'matching'
				? r.rights.map((k, i) => `${item.pairs[i]?.left} → ${item.rights[k]}`).join('; ')
				: '?';
	}
}
