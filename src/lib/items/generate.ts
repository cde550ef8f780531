/**
 * facts + seed → items. Pure and deterministic: the same fact file and seed give the same items,
 * byte for byte. One flashcard per fact, and a 4-option multiple-choice question per fact whose
 * value has at least three same-type wrong answers.
 */
import type { Fact, FactFile, ValueType } from '../facts/schema';
import { indexDistractors, type DistractorIndex } from './distractors';
import { seededRng, shuffled } from './random';
import { itemId, type Flashcard, type Item, type MultipleChoice } from './types';

export const OPTION_COUNT = 4;

/**
 * Value types whose values are comparable, so a wrong option of the type is a fair alternative.
 * Free-text concepts ("a thaw", "a bargaining chip") are not: one can be arguably true of another
 * fact's prompt, so concepts get flashcards only.
 */
export const CHOICE_TYPES: ReadonlySet<ValueType> = new Set([
	'count',
	'year',
	'person',
	'role',
	'country',
	'commodity',
	'organization',
	'group'
]);

export function generateItems(file: FactFile, seed: string): Item[] {
	const distractors = indexDistractors(file);
	return file.facts.flatMap((fact) => {
		const card = flashcard(fact);
		const mcq = multipleChoice(fact, distractors, seed);
		return mcq ? [card, mcq] : [card];
	});
}

function base(fact: Fact) {
	const source = { ...fact.source, factId: fact.id };
	return {
		factIds: [fact.id],
		topic: fact.topic,
		prompt: fact.question,
		answer: fact.claim.value,
		source,
		sources: [source],
		...(fact.note ? { note: fact.note } : {})
	};
}

function flashcard(fact: Fact): Flashcard {
	return { id: itemId(fact.id, 'flashcard'), kind: 'flashcard', ...base(fact) };
}

function multipleChoice(
	fact: Fact,
	index: DistractorIndex,
	seed: string
): MultipleChoice | undefined {
	if (!CHOICE_TYPES.has(fact.claim.type)) return undefined;
	const candidates = index.candidates(fact);
	if (candidates.length < OPTION_COUNT - 1) return undefined;
	const id = itemId(fact.id, 'mcq');
	const rng = seededRng(seed, id);
	const wrong = shuffled(candidates, rng).slice(0, OPTION_COUNT - 1);
	const answerIndex = rng.int(0, OPTION_COUNT - 1);
	const options = [...wrong];
	options.splice(answerIndex, 0, fact.claim.value);
	return { id, kind: 'mcq', ...base(fact), options, answerIndex };
}
