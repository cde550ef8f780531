import { describe, expect, it } from 'vitest';
import { endOfDay, reviewedSince, startOfDay, startOfNextDay } from './day';
import { newCard } from './scheduler';

describe('day boundaries', () => {
	it('spans the learner’s day of the given moment, from 04:00 local time to the next', () => {
		const now = new Date(2026, 2, 10, 15, 30);
		expect(startOfDay(now)).toEqual(new Date(2026, 2, 10, 4, 0, 0, 0));
		expect(endOfDay(now)).toEqual(new Date(2026, 2, 11, 3, 59, 59, 999));
		expect(now).toEqual(new Date(2026, 2, 10, 15, 30));
	});

	it('a session past midnight is still the evening’s day, as in Anki', () => {
		const late = new Date(2026, 2, 11, 0, 30);
		expect(startOfDay(late)).toEqual(new Date(2026, 2, 10, 4, 0, 0, 0));
		expect(startOfDay(new Date(2026, 2, 11, 4, 0))).toEqual(new Date(2026, 2, 11, 4, 0, 0, 0));
		expect(endOfDay(new Date(2026, 2, 11, 3, 59))).toEqual(new Date(2026, 2, 11, 3, 59, 59, 999));
	});

	it('the next day begins at the next 04:00: tomorrow’s, or this morning’s before 04:00', () => {
		expect(startOfNextDay(new Date(2026, 2, 10, 15, 30))).toEqual(new Date(2026, 2, 11, 4, 0));
		expect(startOfNextDay(new Date(2026, 2, 11, 0, 30))).toEqual(new Date(2026, 2, 11, 4, 0));
	});

	it('a card was reviewed today when its last review is at or after the day’s start', () => {
		const dayStart = new Date(2026, 2, 10, 4, 0);
		const card = (at: Date) => ({ ...newCard(at), last_review: at });
		expect(reviewedSince(card(new Date(2026, 2, 10, 4, 0)), dayStart)).toBe(true);
		expect(reviewedSince(card(new Date(2026, 2, 10, 3, 59)), dayStart)).toBe(false);
		expect(reviewedSince(newCard(dayStart), dayStart)).toBe(false); // never reviewed
		expect(reviewedSince(undefined, dayStart)).toBe(false);
	});
});
