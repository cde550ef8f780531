import { describe, expect, it } from 'vitest';
import { endOfDay, startOfDay } from './day';

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
});
