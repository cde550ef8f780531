/**
 * Flashcards: the fact's question → its value; short values can be typed. Reverse flashcards show
 * the value and ask for the question, only where the value is unique in the deck (otherwise
 * "2020" or "United States" would have several right questions).
 */
import type { Fact, ValueType } from '../facts/schema';
import { factBase, type Context } from './context';
import { itemId, type Flashcard } from './types';

/** Values a learner can reasonably type: names, numbers, places, things, titles. */
export const TYPED_TYPES: ReadonlySet<ValueType> = new Set([
	'person',
	'year',
	'count',
	'country',
	'commodity',
	'role'
]);
export const TYPED_MAX_LENGTH = 40;

export function flashcard(ctx: Context, fact: Fact): Flashcard {
	const card: Flashcard = {
		id: itemId(fact.id, 'flashcard'),
		kind: 'flashcard',
		...factBase(ctx, fact, fact.question)
	};
	if (TYPED_TYPES.has(fact.claim.type) && fact.claim.value.length <= TYPED_MAX_LENGTH)
		card.typed = { accept: ctx.accept(fact) };
	return card;
}

export function reverseFlashcard(ctx: Context, fact: Fact): Flashcard | undefined {
	// An assessment's value ("skeptical", "a thaw") alone does not point back to one question, and
	// its attribution would be said twice: assessments get forward cards only (teacher review).
	if (!ctx.uniqueValue(fact) || fact.status.kind === 'assessment') return undefined;
	return {
		id: itemId(fact.id, 'reverse'),
		kind: 'reverse',
		...factBase(ctx, fact, `Which question has the answer “${fact.claim.value}”?`),
		// The question as a learner would be asked it: attributed for an assessment.
		answer: ctx.attribution.prompt(fact, fact.question)
	};
}
