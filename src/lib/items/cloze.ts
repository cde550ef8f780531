/**
 * Cloze: the fact's own sentence with its value blanked (sentence.ts), typed (tolerant matching)
 * or, where three fair wrong options exist, chosen like a multiple-choice question.
 */
import type { Fact } from '../facts/schema';
import { balancedSlots } from './balance';
import { factBase, type Context } from './context';
import { OPTION_COUNT, withKey } from './mcq';
import type { Sentence } from './sentence';
import { itemId, type Cloze } from './types';

export interface ClozeDraft {
	item: Omit<Cloze, 'options'>;
	/** Three wrong options, or none when the blank is typed only. */
	wrong: string[];
}

export function clozeDraft(
	ctx: Context,
	fact: Fact,
	sentence: Sentence | undefined
): ClozeDraft | undefined {
	if (!sentence) return undefined;
	const { before, after, wrong } = sentence;
	const accept = ctx.accept(fact);
	// The document is named: the sentence alone may not say which release it is about. Not by a
	// title that says the answer, though ("the document on the release of 123 …").
	const document = ctx.attribution.documentPhrase(fact, accept);
	if (document === undefined) return undefined;
	const prompt = `According to ${document}, fill in the blank.`;
	return {
		item: {
			id: itemId(fact.id, 'cloze'),
			kind: 'cloze',
			...factBase(ctx, fact, prompt),
			before,
			after,
			accept
		},
		wrong: wrong.length === OPTION_COUNT - 1 ? wrong : []
	};
}

/** The deck's clozes; those with options get balanced key positions, as multiple choice does. */
export function clozes(drafts: ClozeDraft[], seed: string): Cloze[] {
	const slots = balancedSlots(
		drafts.filter((d) => d.wrong.length).length,
		OPTION_COUNT,
		seed,
		'cloze-key'
	);
	let n = 0;
	return drafts.map(({ item, wrong }) =>
		wrong.length ? { ...item, options: withKey(wrong, item.answer, slots[n++] ?? 0) } : item
	);
}
