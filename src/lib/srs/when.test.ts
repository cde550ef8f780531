import { describe, expect, it } from 'vitest';
import { describeDue } from './when';

describe('describeDue', () => {
	const now = new Date(2026, 11, 3, 8, 7); // Thursday 3 December 2026, 08:07 local time

	it('says today and tomorrow by name', () => {
		expect(describeDue(new Date(2026, 11, 3, 8, 17), now, { locale: 'en-GB' })).toBe(
			'today at 08:17'
		);
		expect(describeDue(new Date(2026, 11, 4, 0, 5), now, { locale: 'en-GB' })).toBe(
			'tomorrow at 00:05'
		);
	});

	it('gives the weekday within the week, and the date beyond it', () => {
		expect(describeDue(new Date(2026, 11, 8, 9, 0), now, { locale: 'en-GB' })).toBe(
			'Tuesday at 09:00'
		);
		// Eight days on is a Friday too, but not tomorrow's Friday: the date says which.
		// (ICU versions differ on a comma after the weekday.)
		expect(describeDue(new Date(2026, 11, 11, 8, 7), now, { locale: 'en-GB' })).toMatch(
			/^Friday,? 11 December at 08:07$/
		);
		expect(describeDue(new Date(2027, 0, 15, 8, 7), now, { locale: 'en-GB' })).toMatch(
			/^Friday,? 15 January 2027 at 08:07$/
		);
	});

	it('counts calendar days, not 24-hour spans', () => {
		// 23:50 today to 00:10 is 20 minutes, and already tomorrow.
		const late = new Date(2026, 11, 3, 23, 50);
		expect(describeDue(new Date(2026, 11, 4, 0, 10), late, { locale: 'en-GB' })).toBe(
			'tomorrow at 00:10'
		);
	});

	it('gives only the day for a card that comes up for the whole day', () => {
		const at = (d: Date) => describeDue(d, now, { allDay: true, locale: 'en-GB' });
		expect(at(new Date(2026, 11, 3))).toBe('today');
		expect(at(new Date(2026, 11, 4))).toBe('tomorrow');
		expect(at(new Date(2026, 11, 8))).toBe('Tuesday');
		expect(at(new Date(2026, 11, 11))).toMatch(/^Friday,? 11 December$/);
	});
});
