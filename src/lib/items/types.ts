/**
 * Items are what a learner answers: generated from facts, never stored. An item id derives from
 * its fact id and kind, so a learner's progress (keyed by item id) survives regeneration.
 */
import type { Fact } from '../facts/schema';

export type ItemKind = 'flashcard' | 'mcq';

interface ItemBase {
	id: string;
	kind: ItemKind;
	/** The facts the item is built from; its answer is derivable from them alone. */
	factIds: string[];
	topic: string;
	prompt: string;
	/** The right answer, as shown to the learner. */
	answer: string;
	source: Fact['source'];
	/** Caveat from the fact file, shown with the answer. */
	note?: string;
}

export interface Flashcard extends ItemBase {
	kind: 'flashcard';
}

export interface MultipleChoice extends ItemBase {
	kind: 'mcq';
	/** Exactly one option equals `answer`; the others are same-type distractors. */
	options: string[];
	answerIndex: number;
}

export type Item = Flashcard | MultipleChoice;

export const itemId = (factId: string, kind: ItemKind) => `${factId}:${kind}`;
