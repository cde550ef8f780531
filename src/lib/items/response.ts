/**
 * A learner's response to an item, in a compact form that a result code can carry, and its
 * scoring. Pure: the same item and response always score the same, on any device.
 */
import type { Item } from './types';

export type ItemResponse =
	/** mcq, or cloze answered from its options: index into `options`. */
	| { kind: 'choice'; index: number }
	/** truefalse. */
	| { kind: 'bool'; value: boolean }
	/** A typed answer: flashcard/reverse with `typed`, or cloze. */
	| { kind: 'text'; value: string }
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
}
