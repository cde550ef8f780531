import { describe, expect, it } from 'vitest';
import { buildQueue, buriedToday, countDue, nextDue } from './queue';
import { startOfDay } from './day';
import { State } from './grades';
import { newCard, Rating, review, type Card } from './scheduler';

const now = new Date('2026-03-10T12:00:00Z');
const items = ['a', 'b', 'c', 'd'].flatMap((f) => [
	{ id: `${f}:flashcard`, factIds: [f] },
	{ id: `${f}:mcq`, factIds: [f] }
]);
const flashcards = new Set(items.filter((i) => i.id.endsWith('flashcard')).map((i) => i.id));
const dueAt = (date: Date): Card => ({
	...review(newCard(date), Rating.Easy, date, 'i1'),
	due: date
});

describe('buildQueue', () => {
	it('puts due cards first (earliest first), then new flashcards up to the daily limit', () => {
		const cards = new Map<string, Card>([
			['c:flashcard', dueAt(new Date('2026-03-09T00:00:00Z'))],
			['b:mcq', dueAt(new Date('2026-03-08T00:00:00Z'))],
			['d:flashcard', dueAt(new Date('2026-03-12T00:00:00Z'))]
		]);
		const queue = buildQueue({
			items,
			cards,
			newCandidates: flashcards,
			now,
			newPerDay: 20,
			newSeenToday: 0
		});
		// b's flashcard is buried because its sibling b:mcq is due; d is not due yet.
		expect(queue).toEqual(['b:mcq', 'c:flashcard', 'a:flashcard']);
	});

	it('keeps a new card for tomorrow once its fact was reviewed today, and only for today', () => {
		// b's quiz question was answered this morning and is not due again until next week.
		const morning = new Date('2026-03-10T08:00:00Z');
		const answered = {
			...review(newCard(morning), Rating.Good, morning, 'i1'),
			due: new Date('2026-03-17')
		};
		const queue = (at: Date) =>
			buildQueue({
				items,
				cards: new Map([['b:mcq', answered]]),
				newCandidates: flashcards,
				now: at,
				dayStart: new Date(at.toISOString().slice(0, 10)),
				newPerDay: 20,
				newSeenToday: 0
			});
		expect(queue(now)).toEqual(['a:flashcard', 'c:flashcard', 'd:flashcard']);
		expect(queue(new Date('2026-03-11T12:00:00Z'))).toEqual([
			'a:flashcard',
			'b:flashcard',
			'c:flashcard',
			'd:flashcard'
		]);
	});

	it('buries a due review card for the day once a sibling was reviewed today, as Anki does', () => {
		// a's flashcard and question are both in review and both due; the flashcard was graded
		// this morning (so it is not due again today), and its answer would give the question away.
		const morning = new Date('2026-03-10T08:00:00Z');
		const dayStart = new Date('2026-03-10T00:00:00Z');
		const inReview = dueAt(new Date('2026-03-09T00:00:00Z'));
		const graded = { ...review(inReview, Rating.Good, morning, 'i1') };
		expect(inReview.state).toBe(State.Review);
		const cards = new Map<string, Card>([
			['a:flashcard', graded],
			['a:mcq', inReview],
			['b:mcq', inReview]
		]);
		const queue = buildQueue({
			items,
			cards,
			newCandidates: new Set(),
			now,
			dayStart,
			newPerDay: 20,
			newSeenToday: 0
		});
		expect(queue).toEqual(['b:mcq']);
		expect([...buriedToday(items, cards, dayStart)]).toEqual(['a:mcq']);
		// The home page's count and the end screen say the same.
		const endOfDay = new Date('2026-03-10T23:59:59.999Z');
		expect(countDue(items, cards, now, endOfDay, dayStart)).toBe(1);
		const tomorrow = startOfDay(new Date('2026-03-11T12:00:00Z'));
		const withoutB = new Map([...cards].filter(([id]) => id !== 'b:mcq'));
		expect(
			nextDue(withoutB, { ids: buriedToday(items, withoutB, dayStart), until: tomorrow })
		).toEqual({ at: tomorrow, allDay: true });
		// Tomorrow it comes up as usual.
		expect(buriedToday(items, cards, tomorrow).size).toBe(0);
	});

	it('never buries a learning step: it is due at its minute', () => {
		const morning = new Date('2026-03-10T08:00:00Z');
		const dayStart = new Date('2026-03-10T00:00:00Z');
		const yesterday = new Date('2026-03-09T20:00:00Z');
		const learning = review(newCard(yesterday), Rating.Again, yesterday, 'i1');
		expect(learning.state).toBe(State.Learning);
		const cards = new Map<string, Card>([
			[
				'a:flashcard',
				review(newCard(morning), Rating.Good, new Date('2026-03-10T09:00:00Z'), 'i1')
			],
			['a:mcq', learning]
		]);
		expect(buriedToday(items, cards, dayStart).size).toBe(0);
	});

	it('introduces one card of a group (a source sentence) a day: its siblings would be given away', () => {
		// a and b are two facts of one sentence; b's card was reviewed this morning.
		// b:mcq is also a question on a third sentence, c's: c's new card waits too.
		const grouped = items.map((i) => ({
			...i,
			groups: i.id === 'b:mcq' ? ['ab', 'c'] : [i.factIds[0] === 'b' ? 'ab' : i.factIds[0]!]
		}));
		grouped[0] = { ...grouped[0]!, groups: ['ab'] };
		const morning = new Date('2026-03-10T08:00:00Z');
		const answered = {
			...review(newCard(morning), Rating.Good, morning, 'i1'),
			due: new Date('2026-03-17')
		};
		const queue = buildQueue({
			items: grouped,
			cards: new Map([['b:mcq', answered]]),
			newCandidates: flashcards,
			now,
			dayStart: new Date('2026-03-10T00:00:00Z'),
			newPerDay: 20,
			newSeenToday: 0
		});
		expect(queue).toEqual(['d:flashcard']);
	});

	it('respects the new-card limit already used today', () => {
		const queue = buildQueue({
			items,
			cards: new Map(),
			newCandidates: flashcards,
			now,
			newPerDay: 3,
			newSeenToday: 2
		});
		expect(queue).toEqual(['a:flashcard']);
	});

	it('learns ahead only when nothing else is left', () => {
		const soon = new Date(now.getTime() + 5 * 60_000);
		const cards = new Map<string, Card>(
			items.map((i) => [i.id, { ...dueAt(soon), state: State.Learning }])
		);
		expect(
			buildQueue({
				items,
				cards,
				newCandidates: flashcards,
				now,
				newPerDay: 20,
				newSeenToday: 0,
				learnAheadMs: 0
			})
		).toEqual([]);
		expect(
			buildQueue({ items, cards, newCandidates: flashcards, now, newPerDay: 20, newSeenToday: 0 })
		).toHaveLength(4);
	});

	it('counts due today what the day’s session will show: one of two due siblings, every learning step', () => {
		const dayStart = new Date('2026-03-10T00:00:00Z');
		const endOfDay = new Date('2026-03-10T23:59:59.999Z');
		// Last reviewed days ago; due when given.
		const inReview = (due: string): Card => ({
			...dueAt(new Date('2026-03-01T00:00:00Z')),
			due: new Date(due)
		});
		const learning = (due: string): Card => ({ ...inReview(due), state: State.Learning });
		// a: two review cards on one sentence; b: a review card after a learning step; c: alone.
		const cards = new Map<string, Card>([
			['a:flashcard', inReview('2026-03-08T00:00:00Z')],
			['a:mcq', inReview('2026-03-09T00:00:00Z')],
			['b:flashcard', learning('2026-03-10T11:00:00Z')],
			['b:mcq', inReview('2026-03-10T11:30:00Z')],
			['c:mcq', inReview('2026-03-09T00:00:00Z')]
		]);
		expect(countDue(items, cards, now, endOfDay, dayStart)).toBe(3);
		// What the session shows, reviewing each card it offers: as many.
		const shownBySession = (
			start: Map<string, Card>,
			from = now,
			until = endOfDay,
			firstOfDay = dayStart
		) => {
			const live = new Map(start);
			const shown: string[] = [];
			for (let at = from.getTime(); at <= until.getTime(); at += 60_000) {
				const [next] = buildQueue({
					items,
					cards: live,
					newCandidates: new Set(),
					now: new Date(at),
					dayStart: firstOfDay,
					newPerDay: 0,
					newSeenToday: 0,
					learnAheadMs: 0
				});
				if (!next) continue;
				shown.push(next);
				live.set(next, review(live.get(next)!, Rating.Easy, new Date(at), next));
			}
			return shown;
		};
		expect(shownBySession(cards)).toHaveLength(3);
		// A learning step is never buried: after a sibling in review, it still counts.
		const reversed = new Map(cards);
		reversed.set('b:mcq', inReview('2026-03-10T10:00:00Z'));
		expect(countDue(items, reversed, now, endOfDay, dayStart)).toBe(4);
		expect(shownBySession(reversed)).toHaveLength(4);
		// In the order they come up, not by due: a review card due late in the day is there from
		// the morning, before a learning step due earlier in the afternoon (learner's local day).
		const morning = new Date(2026, 2, 10, 8, 0);
		const day = { start: startOfDay(morning), end: new Date(2026, 2, 11, 3, 59) };
		const lastWeek = new Date(2026, 2, 3, 9, 0);
		const step: Card = {
			...dueAt(lastWeek),
			state: State.Learning,
			due: new Date(2026, 2, 10, 14, 0)
		};
		const late: Card = { ...dueAt(lastWeek), due: new Date(2026, 2, 10, 16, 0) };
		const afternoon = new Map<string, Card>([
			['b:flashcard', step],
			['b:mcq', late]
		]);
		expect(countDue(items, afternoon, morning, day.end, day.start)).toBe(2);
		expect(shownBySession(afternoon, morning, day.end, day.start)).toEqual([
			'b:mcq',
			'b:flashcard'
		]);
	});

	it('reports the next due date and the count due today', () => {
		const cards = new Map<string, Card>([
			['a:flashcard', dueAt(new Date('2026-03-10T18:00:00Z'))],
			['b:flashcard', dueAt(new Date('2026-03-11T08:00:00Z'))],
			['c:flashcard', newCard(now)]
		]);
		expect(nextDue(cards)?.at.toISOString()).toBe('2026-03-10T18:00:00.000Z');
		expect(countDue(items, cards, now, new Date('2026-03-10T23:59:59Z'), startOfDay(now))).toBe(1);
	});

	describe('a card in review comes up for its whole day, a learning step at its time', () => {
		// Local times: "the day" is the learner's own, from 04:00 (day.ts).
		const at = (day: number, hour: number, minute = 0) => new Date(2026, 2, day, hour, minute);
		/** A card last reviewed at `last`, due at `due`, in the given state. */
		const card = (last: Date, due: Date, state: Card['state']): Card => ({
			...review(newCard(last), Rating.Good, last, 'i1'),
			state,
			last_review: last,
			due
		});
		const queueAt = (cards: Map<string, Card>, now: Date) =>
			buildQueue({ items, cards, newCandidates: new Set(), now, newPerDay: 0, newSeenToday: 0 });

		it('shows in the morning a review card graded "1d" yesterday afternoon', () => {
			const cards = new Map([['a:flashcard', card(at(9, 15), at(10, 15), State.Review)]]);
			expect(queueAt(cards, at(10, 8))).toEqual(['a:flashcard']);
			expect(queueAt(cards, at(9, 23, 59))).toEqual([]);
			expect(countDue(items, cards, at(10, 8), at(10, 23, 59), startOfDay(at(10, 8)))).toBe(1);
		});

		it('says the day, not a time, when the next card comes up for the whole day', () => {
			const cards = new Map([['a:flashcard', card(at(6, 15), at(10, 15), State.Review)]]);
			expect(queueAt(cards, at(10, 3, 59))).toEqual([]); // still the 9th's day
			expect(queueAt(cards, at(10, 4))).toEqual(['a:flashcard']);
			expect(nextDue(cards)).toEqual({ at: at(10, 4), allDay: true });
		});

		it('keeps a learning step to its minute', () => {
			const cards = new Map([['a:flashcard', card(at(10, 7), at(10, 15), State.Learning)]]);
			expect(queueAt(cards, at(10, 8))).toEqual([]);
			expect(queueAt(cards, at(10, 15))).toEqual(['a:flashcard']);
			expect(nextDue(cards)).toEqual({ at: at(10, 15), allDay: false });
		});

		it('does not bring back at midnight a one-day card graded late at night', () => {
			const cards = new Map([['a:flashcard', card(at(9, 23, 50), at(10, 23, 50), State.Review)]]);
			expect(queueAt(cards, at(10, 0, 5))).toEqual([]);
			// Half its interval on: from 11:50.
			expect(queueAt(cards, at(10, 11, 50))).toEqual(['a:flashcard']);
			expect(nextDue(cards)).toEqual({ at: at(10, 11, 50), allDay: false });
		});

		it('never before its due day, however long the interval, nor learnt ahead', () => {
			const cards = new Map([['a:flashcard', card(at(1, 9), at(20, 9), State.Review)]]);
			expect(queueAt(cards, at(20, 3, 59))).toEqual([]);
			expect(queueAt(cards, at(20, 4))).toEqual(['a:flashcard']);
		});
	});
});
