import { describe, expect, it } from 'vitest';
import { LATEST_MS, readPendingReview, readReviewRecord, readStoredCard } from './records';

const at = Date.UTC(2026, 10, 23, 12);
const reviewed = {
	itemId: 'r52-count:flashcard',
	due: at + 86_400_000,
	stability: 3.2,
	difficulty: 5.1,
	elapsed_days: 0,
	scheduled_days: 1,
	learning_steps: 0,
	reps: 1,
	lapses: 0,
	state: 2,
	last_review: at
};
const fresh = { ...reviewed, stability: 0, difficulty: 0, reps: 0, state: 0 } as Record<
	string,
	unknown
>;
delete fresh.last_review;

describe('a stored card read back', () => {
	it('is kept as stored, with only the fields a card has', () => {
		expect(readStoredCard(reviewed)).toStrictEqual({ success: true, output: reviewed });
		expect(readStoredCard(fresh)).toStrictEqual({ success: true, output: fresh });
		const read = readStoredCard({ ...reviewed, junk: 'x', ['__proto__']: { polluted: true } });
		expect(read).toStrictEqual({ success: true, output: reviewed });
		expect(Object.keys(read.success ? read.output : {})).not.toContain('junk');
	});

	it.each([
		['no item id', { itemId: undefined }],
		['a due date that is text', { due: '2026-11-24' }],
		['a due date past 2200', { due: LATEST_MS + 1 }],
		['a due date before 1970', { due: -1 }],
		['a fractional due date', { due: at + 0.5 }],
		['a negative count', { reps: -1 }],
		['a count that is not a number', { lapses: NaN }],
		['an infinite count', { scheduled_days: Infinity }],
		['a missing count', { learning_steps: undefined }],
		['an unknown state', { state: 4 }],
		['a state as text', { state: '2' }],
		['a last review that is no moment', { last_review: 'yesterday' }],
		['a reviewed card with no memory (stability 0)', { stability: 0 }],
		['a reviewed card with stability past 100 years', { stability: 40_000 }],
		['a reviewed card with difficulty under 1', { difficulty: 0.5 }],
		['a reviewed card with difficulty over 10', { difficulty: 11 }],
		['half a learning step (it stopped "Show answer" for good)', { learning_steps: 0.5 }],
		['a fractional number of reviews', { reps: 1.5 }],
		['a fractional number of lapses', { lapses: 0.5 }],
		['a new card with half a memory state', { state: 0, stability: 3, difficulty: 0 }],
		['a new card with the other half', { state: 0, stability: 0, difficulty: 5 }]
	])('is refused with %s', (_, change) => {
		expect(readStoredCard({ ...reviewed, ...change }).success).toBe(false);
	});

	it('is kept at the edges of a memory state ts-fsrs works from', () => {
		for (const edge of [
			{ stability: 0.001, difficulty: 1 },
			{ stability: 36_500, difficulty: 10 }
		])
			expect(readStoredCard({ ...reviewed, ...edge }).success).toBe(true);
		expect(readStoredCard({ ...reviewed, due: LATEST_MS }).success).toBe(true);
		expect(readStoredCard({ ...reviewed, stability: 0.000_9 }).success).toBe(false);
		expect(readStoredCard({ ...reviewed, stability: 36_500.1 }).success).toBe(false);
	});

	it('is refused when it is no object at all', () => {
		for (const value of [null, undefined, 'card', 42, true]) {
			expect(readStoredCard(value).success).toBe(false);
		}
	});
});

describe('a stored review read back', () => {
	const review = { itemId: reviewed.itemId, grade: 3, at, via: 'study', before: null };

	it('is kept with the card before it, or null for a new card', () => {
		expect(readReviewRecord(review)).toStrictEqual({ success: true, output: review });
		const again = { ...review, before: reviewed, extra: 1 };
		expect(readReviewRecord(again)).toStrictEqual({
			success: true,
			output: { ...review, before: reviewed }
		});
	});

	it.each([
		['a grade out of 1–4', { grade: 0 }],
		['a grade as text', { grade: 'Good' }],
		['an unknown origin', { via: 'exam' }],
		['no moment', { at: undefined }],
		['a damaged card before it', { before: { ...reviewed, state: 9 } }],
		['no card before it (not even null)', { before: undefined }]
	])('is refused with %s', (_, change) => {
		expect(readReviewRecord({ ...review, ...change }).success).toBe(false);
	});
});

describe('a review an answer owes, read back', () => {
	const owed = { itemId: reviewed.itemId, correct: true, at };

	it('is kept as stored', () => {
		expect(readPendingReview({ ...owed, extra: 'x' })).toStrictEqual({
			success: true,
			output: owed
		});
	});

	it.each([
		['right or wrong as text', { correct: 'yes' }],
		['no item', { itemId: 7 }],
		['a moment past 2200', { at: LATEST_MS + 1 }]
	])('is refused with %s', (_, change) => {
		expect(readPendingReview({ ...owed, ...change }).success).toBe(false);
	});
});
