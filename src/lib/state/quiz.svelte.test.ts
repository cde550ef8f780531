import { describe, expect, it } from 'vitest';
import { deck } from '../builtin-deck';
import { sentenceKey } from '../items/clues';
import { chooseQuestions, QUIZ_KINDS } from './quiz.svelte';

describe('the questions of a quiz', () => {
	const pool = deck.items.filter((i) => QUIZ_KINDS.some((k) => k === i.kind));

	it('never asks two questions on one source sentence: the first’s feedback would answer the second', () => {
		for (let seed = 0; seed < 300; seed++) {
			const questions = chooseQuestions(pool, QUIZ_KINDS, String(seed));
			expect(questions).toHaveLength(10);
			// A matching question may rest on two facts of one sentence; two questions may not share one.
			const sentences = questions.flatMap((q) => [...new Set(q.sources.map(sentenceKey))]);
			expect(new Set(sentences).size, `seed ${seed}`).toBe(sentences.length);
		}
	});

	it('fills a quiz of one kind as far as its sentences allow', () => {
		for (const kind of ['mcq', 'truefalse', 'cloze'] as const) {
			const sentences = new Set(
				pool.filter((i) => i.kind === kind).flatMap((i) => i.sources.map(sentenceKey))
			);
			expect(chooseQuestions(pool, [kind], 'seed'), kind).toHaveLength(
				Math.min(10, sentences.size)
			);
		}
		// True or false is asked of fewer sentences than ten (no list member, no person swapped).
		expect(chooseQuestions(pool, ['truefalse'], 'seed').length).toBeLessThan(10);
		expect(chooseQuestions(pool, ['mcq'], 'seed')).toHaveLength(10);
	});
});
