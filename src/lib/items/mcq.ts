/**
 * Multiple choice: the key and three wrong options of the same type, each provably false for the
 * question as worded (see distractors.ts), none already mentioned in the question, never "all /
 * none of the above". The key's position is balanced over the deck (balance.ts).
 */
import type { Fact } from '../facts/schema';
import { balancedSlots } from './balance';
import { CHOICE_TYPES, factBase, type Context } from './context';
import { seededRng, shuffled } from './random';
import { itemId, type MultipleChoice } from './types';
import { mentionChecker } from './wording';

export const OPTION_COUNT = 4;

/** A question with its wrong options chosen, waiting for its key position. */
export interface McqDraft {
	item: Omit<MultipleChoice, 'options' | 'answerIndex'>;
	/** The wrong options, already in a seeded order. */
	wrong: string[];
}

/**
 * Up to `count` wrong options for a fact as worded in `text` (none mentioned in it), in a seeded
 * order drawn from the stream `salt`.
 */
export function wrongOptions(
	ctx: Context,
	fact: Fact,
	text: string,
	salt: string,
	count: number
): string[] {
	if (!CHOICE_TYPES.has(fact.claim.type)) return [];
	const named = ctx.distractors.hasTraps(fact) && ctx.naming.names(text, fact.event);
	const rng = seededRng(ctx.seed, salt);
	const mentioned = mentionChecker(text);
	const wrong = ctx.distractors.choose(fact, named, count, rng, (value) =>
		mentioned(value, fact.claim.type)
	);
	return shuffled(wrong, rng);
}

export function multipleChoiceDraft(ctx: Context, fact: Fact): McqDraft | undefined {
	const id = itemId(fact.id, 'mcq');
	const base = factBase(ctx, fact, fact.question);
	const wrong = wrongOptions(ctx, fact, base.prompt, id, OPTION_COUNT - 1);
	if (wrong.length < OPTION_COUNT - 1) return undefined;
	return { item: { id, kind: 'mcq', ...base }, wrong };
}

/** The options with the key inserted at `index`. */
export const withKey = (wrong: readonly string[], key: string, index: number) => [
	...wrong.slice(0, index),
	key,
	...wrong.slice(index)
];

/** The deck's questions, each key in its balanced position (A–D equally often, within one). */
export function multipleChoices(drafts: McqDraft[], seed: string): MultipleChoice[] {
	const slots = balancedSlots(drafts.length, OPTION_COUNT, seed, 'mcq-key');
	return drafts.map(({ item, wrong }, i) => {
		const answerIndex = slots[i] ?? 0;
		return { ...item, options: withKey(wrong, item.answer, answerIndex), answerIndex };
	});
}
