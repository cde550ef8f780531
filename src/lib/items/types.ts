/**
 * Items are what a learner answers: generated from facts, never stored. An item id derives from
 * its fact id(s), kind and variant, so a learner's progress (keyed by item id) survives
 * regeneration. This file is the contract between the generator (src/lib/items), the pages that
 * render items, and the quiz/assignment codecs (which reference items by id only).
 */
import type { Fact } from '../facts/schema';

export type ItemKind =
	'flashcard' | 'reverse' | 'mcq' | 'truefalse' | 'cloze' | 'matching' | 'timeline';

export const ITEM_KINDS: readonly ItemKind[] = [
	'flashcard',
	'reverse',
	'mcq',
	'truefalse',
	'cloze',
	'matching',
	'timeline'
];

export const ITEM_KIND_LABELS: Record<ItemKind, string> = {
	flashcard: 'Flashcard',
	reverse: 'Reverse flashcard',
	mcq: 'Multiple choice',
	truefalse: 'True or false',
	cloze: 'Fill in the blank',
	matching: 'Matching',
	timeline: 'Timeline'
};

export type ItemSource = Fact['source'] & { factId: string };

interface ItemBase {
	id: string;
	kind: ItemKind;
	/** The facts the item is built from; its answer is derivable from them alone. */
	factIds: string[];
	topic: string;
	/** The question as shown (already attributed, "According to …", for assessments). */
	prompt: string;
	/** The right answer, as a learner reads it in feedback. */
	answer: string;
	/** The main source sentence (of factIds[0]); shown with the answer. */
	source: ItemSource;
	/** Every source sentence the item rests on (one per fact), for multi-fact items. */
	sources: ItemSource[];
	/** Caveat from the fact file, shown with the answer. */
	note?: string;
}

/** Question → answer; self-graded, or typed when `typed` is set. */
export interface Flashcard extends ItemBase {
	kind: 'flashcard' | 'reverse';
	/** Short values can be typed; the answer matcher accepts these spellings (answer first). */
	typed?: { accept: string[] };
}

export interface MultipleChoice extends ItemBase {
	kind: 'mcq';
	/** Exactly one option is right; the others are same-type distractors, provably wrong. */
	options: string[];
	answerIndex: number;
}

export interface TrueFalse extends ItemBase {
	kind: 'truefalse';
	/** The statement judged; false ones swap one typed slot of a fact, never add "not". */
	statement: string;
	truth: boolean;
	/** For a false statement: the value the source actually gives. */
	correction?: string;
}

export interface Cloze extends ItemBase {
	kind: 'cloze';
	/** The source sentence split around the blank: before + ____ + after. */
	before: string;
	after: string;
	/** Accepted answers for the blank (answer first); typed, tolerant matching. */
	accept: string[];
	/** Optional options to choose from when typing is not wanted (same rules as mcq). */
	options?: string[];
}

export interface Matching extends ItemBase {
	kind: 'matching';
	/** Pairs in the right order; 4–6 of them. Rights may repeat only for categorising sets. */
	pairs: { left: string; right: string; factId: string }[];
	/** The right-hand column as shown (shuffled, deduplicated). */
	rights: string[];
}

export interface Timeline extends ItemBase {
	kind: 'timeline';
	/** Events in the right order (earliest first), each with what dates it. */
	events: { label: string; when: string; factId: string }[];
	/** The order shown to the learner (indexes into `events`), never already sorted. */
	shuffled: number[];
}

export type Item = Flashcard | MultipleChoice | TrueFalse | Cloze | Matching | Timeline;

/** The item type of a kind: `ItemOfKind<'mcq'>` is MultipleChoice, reverse cards are Flashcards. */
export type ItemOfKind<K extends ItemKind> = K extends 'flashcard' | 'reverse'
	? Flashcard
	: Extract<Item, { kind: K }>;

export const itemId = (factId: string, kind: ItemKind, variant?: string) =>
	variant ? `${factId}:${kind}:${variant}` : `${factId}:${kind}`;
