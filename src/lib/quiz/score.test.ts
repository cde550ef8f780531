import { describe, expect, it } from 'vitest';
import { deck } from '../builtin-deck';
import { describeResponse } from '../items/describe';
import { isCorrect } from './score';

describe('assignment scoring', () => {
	const cloze = deck.byKind('cloze').find((i) => i.answer === 'Ales Bialiatski' && !i.options);
	const card = deck.items.find(
		(i) => i.kind === 'flashcard' && i.answer === 'Ales Bialiatski' && i.typed
	);

	it('scores typed answers as quizzes do: transliterations right, a typo not', () => {
		const item = cloze ?? card;
		expect(item).toBeDefined();
		if (!item) return;
		expect(isCorrect(item, { kind: 'text', value: 'Бяляцкі' })).toBe(true);
		expect(isCorrect(item, { kind: 'text', value: 'bialiacki' })).toBe(true);
		expect(isCorrect(item, { kind: 'text', value: 'Bialiadski' })).toBe(false);
		expect(isCorrect(item, { kind: 'text', value: 'Kolesnikova' })).toBe(false);
	});

	it('refuses a response that cannot belong to the item, and an unanswered one', () => {
		const mcq = deck.mcqs[0];
		expect(mcq).toBeDefined();
		if (!mcq) return;
		expect(isCorrect(mcq, { kind: 'choice', index: mcq.answerIndex })).toBe(true);
		expect(isCorrect(mcq, { kind: 'choice', index: 99 })).toBe(false);
		expect(isCorrect(mcq, { kind: 'bool', value: true })).toBe(false);
		expect(isCorrect(mcq, null)).toBe(false);
		expect(describeResponse(mcq, null)).toBe('no answer');
	});
});
