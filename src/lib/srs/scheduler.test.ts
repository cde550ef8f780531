import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	formatInterval,
	newCard,
	previewDue,
	Rating,
	review,
	spokenInterval,
	State
} from './scheduler';

const t0 = new Date('2026-03-01T09:00:00Z');
const labels = (card = newCard(t0), now = t0) =>
	Object.values(previewDue(card, now, 'i1')).map((due) => formatInterval(now, due));

describe('scheduler', () => {
	it('shows Anki-like intervals for a new card', () => {
		// FSRS-6 defaults: learning steps 1m and 10m; Easy graduates straight to days.
		const [again, hard, good, easy] = labels();
		expect(again).toBe('1m');
		expect(hard).toBe('6m');
		expect(good).toBe('10m');
		expect(easy).toMatch(/^\d+d$/);
	});

	it('grows the interval with successive Good grades and is deterministic', () => {
		let card = newCard(t0);
		let now = t0;
		const intervals: number[] = [];
		for (let i = 0; i < 5; i++) {
			card = review(card, Rating.Good, now, 'i1');
			intervals.push(card.due.getTime() - now.getTime());
			now = card.due;
		}
		expect(card.state).toBe(State.Review);
		for (let i = 2; i < intervals.length; i++)
			expect(intervals[i]).toBeGreaterThan(intervals[i - 1] as number);
		let again = newCard(t0);
		let when = t0;
		for (let i = 0; i < 5; i++) {
			again = review(again, Rating.Good, when, 'i1');
			when = again.due;
		}
		expect(again).toEqual(card);
	});

	it('sends a lapsed card back to relearning with a short interval', () => {
		let card = newCard(t0);
		card = review(card, Rating.Easy, t0, 'i1');
		const later = card.due;
		const lapsed = review(card, Rating.Again, later, 'i1');
		expect(lapsed.state).toBe(State.Relearning);
		expect(lapsed.lapses).toBe(1);
		expect(lapsed.due.getTime() - later.getTime()).toBeLessThanOrEqual(10 * 60_000);
	});

	it('a device clock moved back: a grade counts at the last review, never before it', () => {
		const ahead = new Date('2026-04-08T09:00:00Z');
		const card = review(review(newCard(ahead), Rating.Good, ahead, 'i1'), Rating.Good, ahead, 'i1');
		const now = new Date('2026-04-01T09:00:00Z'); // a week earlier
		expect(() => previewDue(card, now, 'i1')).not.toThrow();
		const after = review(card, Rating.Good, now, 'i1');
		expect(after.last_review).toEqual(ahead);
		expect(after.due.getTime()).toBeGreaterThan(ahead.getTime());
		expect(after.reps).toBe(card.reps + 1);
	});

	it('fuzz spreads cards learnt together over several days, and the same history still gives the same schedule', () => {
		// Twenty cards learnt in the same ten minutes, each reviewed Good on its day.
		const learn = (n: number) => {
			const id = `f${n}:flashcard`;
			let at = new Date(t0.getTime() + n * 30_000);
			let card = review(
				review(newCard(at), Rating.Good, at, id),
				Rating.Good,
				new Date(at.getTime() + 600_000),
				id
			);
			for (let k = 0; k < 3; k++) {
				at = new Date(card.due.getTime() + 9 * 3_600_000);
				card = review(card, Rating.Good, at, id);
			}
			return card.due.toISOString().slice(0, 10);
		};
		const days = Array.from({ length: 20 }, (_, n) => learn(n));
		expect(new Set(days).size).toBeGreaterThanOrEqual(8);
		expect(Array.from({ length: 20 }, (_, n) => learn(n))).toEqual(days);
	});

	it('the interval a grade button shows is the one the card gets, however long the press takes', () => {
		for (let n = 0; n < 20; n++) {
			const id = `f${n}:flashcard`;
			// A new card, and one in review, reached on its due day.
			const learnt = review(newCard(t0), Rating.Easy, t0, id);
			for (const [card, shownAt] of [
				[newCard(t0), t0],
				[learnt, new Date(learnt.due.getTime() + 3_600_000)]
			] as const) {
				const shown = previewDue(card, shownAt, id);
				// Read for a while, then pressed: 0.7 s, or a few minutes, later.
				for (const wait of [700, 180_000]) {
					const pressed = new Date(shownAt.getTime() + wait);
					for (const grade of [Rating.Hard, Rating.Good, Rating.Easy]) {
						const got = review(card, grade, pressed, id);
						expect(formatInterval(pressed, got.due)).toBe(formatInterval(shownAt, shown[grade]));
						// The item's id seeds the fuzz, and is not kept in the card.
						expect(got).not.toHaveProperty('item_id');
					}
				}
			}
		}
	});

	it('a card learnt at 23:50 and seen again at 00:05 is not a day apart: the learner’s day starts at 04:00', () => {
		const learnt = new Date(2026, 2, 10, 23, 50);
		const card = review(newCard(learnt), Rating.Good, learnt, 'i1'); // a 10-minute step
		const beforeMidnight = review(card, Rating.Good, new Date(2026, 2, 10, 23, 59), 'i1');
		const afterMidnight = review(card, Rating.Good, new Date(2026, 2, 11, 0, 5), 'i1');
		expect(afterMidnight.stability).toBe(beforeMidnight.stability);
		expect(afterMidnight.scheduled_days).toBe(beforeMidnight.scheduled_days);
		// After 04:00 it is the next day, and counts as one.
		const nextMorning = review(card, Rating.Good, new Date(2026, 2, 11, 9, 0), 'i1');
		expect(nextMorning.stability).toBeGreaterThan(beforeMidnight.stability);
	});

	it('formats intervals', () => {
		const at = (ms: number) => formatInterval(t0, new Date(t0.getTime() + ms));
		expect(at(30_000)).toBe('1m');
		expect(at(10 * 60_000)).toBe('10m');
		expect(at(3 * 3600_000)).toBe('3h');
		expect(at(4 * 86400_000)).toBe('4d');
		expect(at(65 * 86400_000)).toBe('2mo');
		expect(at(548 * 86400_000)).toBe('1.5y');
		// In words for a screen reader ("1m" would be read as one metre).
		const said = (ms: number) => spokenInterval(t0, new Date(t0.getTime() + ms));
		expect(said(30_000)).toBe('1 minute');
		expect(said(10 * 60_000)).toBe('10 minutes');
		expect(said(3600_000)).toBe('1 hour');
		expect(said(4 * 86400_000)).toBe('4 days');
		expect(said(65 * 86400_000)).toBe('2 months');
		expect(said(548 * 86400_000)).toBe('1.5 years');
	});

	describe('counts the learner’s local days, not UTC days', () => {
		// Node reads TZ again when it changes; this file runs in its own process.
		const saved = process.env.TZ;
		beforeAll(() => void (process.env.TZ = 'America/New_York'));
		afterAll(() => void (process.env.TZ = saved));

		it('a card graded at 20:00 (01:00 UTC the next day) and reviewed on its day at 09:00 counts its full interval', () => {
			const evening = new Date(2026, 2, 10, 20, 0);
			expect(evening.getUTCDate()).toBe(11); // the point of the test: UTC is already tomorrow
			const card = review(newCard(evening), Rating.Easy, evening, 'i1');
			expect(card.state).toBe(State.Review);
			// Due at the same local time, the interval's number of local days later.
			expect([card.due.getHours(), card.due.getMinutes()]).toEqual([20, 0]);
			const days = card.scheduled_days;
			expect(days).toBeGreaterThan(1);
			const morning = new Date(card.due.getFullYear(), card.due.getMonth(), card.due.getDate(), 9);
			const next = review(card, Rating.Good, morning, 'i1');
			expect(next.elapsed_days).toBe(days);
			// The same as reviewing it at the minute it was due.
			expect(next.stability).toBe(review(card, Rating.Good, card.due, 'i1').stability);
			expect(next.last_review).toEqual(morning);
		});
	});
});
