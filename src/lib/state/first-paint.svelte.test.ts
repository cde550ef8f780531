import { describe, expect, it } from 'vitest';
import { deck } from '../builtin-deck';
import { buildQueue } from '../srs/queue';
import { chooseQuestions, firstQuizQuestion, QUIZ_KINDS } from './quiz.svelte';
import { NEW_PER_DAY, newLearnerStart } from './study.svelte';

describe('what a new learner sees first (prerendered)', () => {
	it('is the first card of an empty progress, with the day’s new cards left', () => {
		const start = newLearnerStart(deck);
		const queue = buildQueue({
			items: deck.items,
			cards: new Map(),
			newCandidates: deck.studyIds,
			now: new Date('2026-11-23T12:00:00Z'),
			newPerDay: NEW_PER_DAY,
			newSeenToday: 0
		});
		expect(start?.item.id).toBe(queue[0]);
		expect(start?.item.kind).toBe('flashcard');
		expect(start?.left).toBe(NEW_PER_DAY);
	});

	it('is the first question of a fixed first quiz, and other seeds give other quizzes', () => {
		const first = firstQuizQuestion(deck.items);
		expect(first?.kind).toBe('mcq');
		expect(firstQuizQuestion(deck.items)).toBe(first);
		const pool = deck.items.filter((i) => QUIZ_KINDS.some((k) => k === i.kind));
		const others = ['a', 'b', 'c', 'd'].map((seed) => chooseQuestions(pool, QUIZ_KINDS, seed)[0]);
		expect(others.some((q) => q?.id !== first?.id)).toBe(true);
	});
});
