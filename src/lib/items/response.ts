/**
 * A learner's response to an item, in a compact form that a result code can carry, and its
 * scoring. Pure: the same item and response always score the same, on any device.
 */
import { matchTypedWith } from './answer';
import type { Item } from './types';

/** The longest typed answer kept (a result code and a saved attempt carry at most this). */
export const MAX_TYPED = 200;

export type ItemResponse =
	/** mcq, or cloze answered from its options: index into `options`. */
	| { kind: 'choice'; index: number }
	/** truefalse. */
	| { kind: 'bool'; value: boolean }
	/**
	 * A typed answer: flashcard/reverse with `typed`, or cloze. `countAlmost`: the learner, told
	 * their answer was one small typo away, said it counts.
	 */
	| { kind: 'text'; value: string; countAlmost?: boolean }
	/** timeline: the learner's order, as indexes into `events`. */
	| { kind: 'order'; order: number[] }
	/** matching: for each pair i (left side, in `pairs` order), the index into `rights` chosen. */
	| { kind: 'pairs'; rights: number[] }
	/** A self-graded flashcard: did the learner remember? */
	| { kind: 'self'; remembered: boolean };

export interface Score {
	correct: boolean;
	/** A typed answer one small typo away: "almost — check the spelling"; the learner decides. */
	almost?: boolean;
	/** With `almost`: the accepted spelling the answer is one small typo from. */
	meant?: string;
}

const typed = (value: string, accept: readonly string[], countAlmost = false): Score => {
	const { verdict, meant } = matchTypedWith(value, accept);
	if (verdict === 'correct') return { correct: true };
	if (verdict === 'almost') return { correct: countAlmost, almost: true, meant };
	return { correct: false };
};

/**
 * Scores a response to an item. A response of the wrong kind for the item (or out of range)
 * scores as wrong, never throws: responses may come from a result code someone typed.
 */
export function scoreResponse(item: Item, response: ItemResponse): Score {
	switch (item.kind) {
		case 'mcq':
			return { correct: response.kind === 'choice' && response.index === item.answerIndex };
		case 'truefalse':
			return { correct: response.kind === 'bool' && response.value === item.truth };
		case 'cloze':
			if (response.kind === 'choice')
				return { correct: item.options?.[response.index] === item.answer };
			if (response.kind === 'text') return typed(response.value, item.accept, response.countAlmost);
			return { correct: false };
		case 'flashcard':
		case 'reverse':
			if (response.kind === 'self') return { correct: response.remembered };
			if (response.kind === 'text')
				return typed(response.value, item.typed?.accept ?? [item.answer], response.countAlmost);
			return { correct: false };
		case 'timeline':
			return {
				correct:
					response.kind === 'order' &&
					response.order.length === item.events.length &&
					response.order.every((e, i) => e === i)
			};
		case 'matching':
			return {
				correct:
					response.kind === 'pairs' &&
					response.rights.length === item.pairs.length &&
					response.rights.every((r, i) => {
						const right = item.rights[r];
						return right !== undefined && right === item.pairs[i]?.right;
					})
			};
	}
}
