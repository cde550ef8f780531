import { describe, expect, it } from 'vitest';
import { context } from './context';
import { fact, factFile, with_ } from './fixtures';
import { flashcard, reverseFlashcard } from './flashcard';

describe('flashcard', () => {
	it('asks the fact’s question and answers with its value, citing its sentence', () => {
		const f = fact('f', 'potash', 'commodity');
		const card = flashcard(context(factFile([f]), 's'), f);
		expect(card).toMatchObject({
			id: 'f:flashcard',
			kind: 'flashcard',
			factIds: ['f'],
			prompt: f.question,
			answer: 'potash',
			source: { ...f.source, factId: 'f' }
		});
	});

	it('lets short names, numbers, places, things and titles be typed, aliases accepted', () => {
		const f = with_(fact('f', 'Maria Kolesnikova', 'person'), {
			aliases: ['Kalesnikava', 'Марыя Калеснікава']
		});
		const card = flashcard(context(factFile([f, fact('g', 'John Coale', 'person')]), 's'), f);
		// The surname alone is accepted too, since no one else in the deck has it (Калеснікава
		// is left out: it spells the same as Kalesnikava).
		expect(card.typed?.accept).toEqual([
			'Maria Kolesnikova',
			'Kalesnikava',
			'Марыя Калеснікава',
			'Kolesnikova'
		]);
	});

	it('accepts no surname two people share', () => {
		const a = fact('a', 'Ales Losik', 'person');
		const card = flashcard(context(factFile([a, fact('b', 'Ihar Losik', 'person')]), 's'), a);
		expect(card.typed?.accept).toEqual(['Ales Losik']);
	});

	it('keeps free text and long values self-graded', () => {
		const concept = fact('c', 'a thaw', 'concept');
		const long = fact('l', 'a very long role title that nobody would ever type out', 'role');
		const ctx = context(factFile([concept, long]), 's');
		expect(flashcard(ctx, concept).typed).toBeUndefined();
		expect(flashcard(ctx, long).typed).toBeUndefined();
	});

	it('attributes an assessment', () => {
		const f = with_(fact('a', 'skeptical', 'concept'), {
			status: { kind: 'assessment', by: 'human rights groups' },
			question: 'What do human rights groups remain?'
		});
		expect(flashcard(context(factFile([f]), 's'), f).prompt).toMatch(/^According to /);
	});
});

describe('reverseFlashcard', () => {
	it('shows the value and asks for the question', () => {
		const f = fact('f', 'John Coale', 'person');
		const card = reverseFlashcard(context(factFile([f]), 's'), f);
		expect(card).toMatchObject({ id: 'f:reverse', kind: 'reverse', answer: f.question });
		expect(card?.prompt).toContain('John Coale');
	});

	it('exists only where no other fact has the same value', () => {
		const a = fact('a', '2020', 'year');
		const b = fact('b', ' 2020 ', 'year');
		const c = fact('c', '1991', 'year');
		const ctx = context(factFile([a, b, c]), 's');
		expect(reverseFlashcard(ctx, a)).toBeUndefined();
		expect(reverseFlashcard(ctx, b)).toBeUndefined();
		expect(reverseFlashcard(ctx, c)).toBeDefined();
	});

	it('gives an assessment no reverse card (its value alone points to no one question)', () => {
		const f = with_(fact('a', 'skeptical', 'concept'), {
			status: { kind: 'assessment', by: 'human rights groups' },
			question: 'What do human rights groups remain?'
		});
		const reported = fact('b', 'potash', 'commodity');
		const ctx = context(factFile([f, reported]), 's');
		expect(reverseFlashcard(ctx, f)).toBeUndefined();
		expect(reverseFlashcard(ctx, reported)?.kind).toBe('reverse');
	});
});
