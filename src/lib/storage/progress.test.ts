import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { createStore, entries, get, set } from 'idb-keyval';
import { Progress, type Review } from './progress';
import { NewerDataError, SCHEMA_VERSION } from './schema';
import { pendingKey } from './keys';
import { Rating, regradeOf, review, type Grade } from '../srs/scheduler';
import { graded as gradedAt } from './fixtures';

/** A grade written as the app writes it (given again to a card another tab changed). */
const commit = (progress: Progress, review: Review) =>
	progress.commitReview(review, regradeOf(review));

let n = 0;
const freshDb = () => `test-db-${++n}`;
const t0 = new Date('2026-04-01T10:00:00Z');

const graded = (itemId: string, at = t0) => gradedAt(itemId, at);

describe('Progress', () => {
	it('writes the schema version on first open', async () => {
		const db = freshDb();
		const progress = await Progress.open(db);
		expect(progress.mode).toBe('persistent');
		expect(await get('meta:schema', createStore(db, 'kv'))).toBe(SCHEMA_VERSION);
	});

	it('writes card and log together and reads them back after a reopen', async () => {
		const db = freshDb();
		const g = graded('f1:flashcard');
		await (await Progress.open(db)).commitReview(g, regradeOf(g));
		const all = await entries(createStore(db, 'kv'));
		expect(all.map(([k]) => k).sort()).toEqual([
			'card:f1:flashcard',
			`log:${t0.toISOString()}:f1:flashcard`,
			'meta:schema'
		]);
		const reopened = await Progress.open(db);
		const cards = await reopened.loadCards();
		expect(cards.get('f1:flashcard')).toEqual(g.after);
		const logs = await reopened.reviewsSince(new Date('2026-04-01T00:00:00Z'));
		expect(logs).toEqual([
			expect.objectContaining({
				itemId: 'f1:flashcard',
				grade: Rating.Good,
				at: t0.getTime(),
				via: 'study'
			})
		]);
		expect(logs[0]?.before?.state).toBe(0);
	});

	it('is atomic: a failing write stores neither the card nor the log', async () => {
		const db = freshDb();
		const progress = await Progress.open(db);
		const g = graded('f2:flashcard');
		// A function cannot be structured-cloned, so the second put of the transaction throws.
		const bad = { ...g, before: { ...g.before, due: g.before.due, extra: () => 1 } as never };
		await expect(progress.commitReview(bad, regradeOf(bad))).rejects.toBeTruthy();
		const keys = (await entries(createStore(db, 'kv'))).map(([k]) => k);
		expect(keys).toEqual(['meta:schema']);
	});

	it('undoes a review: the card goes back to its state before and the log entry goes', async () => {
		const db = freshDb();
		const progress = await Progress.open(db);
		const first = graded('f3:flashcard');
		await progress.commitReview(first, regradeOf(first));
		const later = new Date('2026-04-02T10:00:00Z');
		const day3 = new Date('2026-04-03T10:00:00Z');
		const second = {
			...first,
			at: later,
			grade: Rating.Again as Grade,
			before: first.after,
			after: review(first.after, Rating.Again, later, first.itemId)
		};
		await progress.commitReview(second, regradeOf(second));
		await progress.undoReview(second);
		const reopened = await Progress.open(db);
		expect((await reopened.loadCards()).get('f3:flashcard')).toEqual(first.after);
		expect((await reopened.reviewsSince(t0)).map((r) => r.at)).toEqual([t0.getTime()]);
		// Not when another tab has graded the card since: storage holds that review's card.
		const third = {
			...second,
			at: day3,
			before: first.after,
			after: review(first.after, Rating.Easy, day3, first.itemId)
		};
		await reopened.commitReview(third, regradeOf(third));
		expect(await reopened.undoReview({ ...first, before: undefined })).toBe(false);
		expect((await reopened.loadCards()).get('f3:flashcard')).toEqual(third.after);
		expect(await reopened.undoReview(third)).toBe(true);
		// Undoing a new card's first review leaves no trace of it.
		await reopened.undoReview({ ...first, before: undefined });
		expect((await entries(createStore(db, 'kv'))).map(([k]) => k)).toEqual(['meta:schema']);
	});

	it('reads only the logs of the asked period', async () => {
		const db = freshDb();
		const progress = await Progress.open(db);
		await commit(progress, graded('old:flashcard', new Date('2026-03-30T10:00:00Z')));
		await commit(progress, graded('new:flashcard', new Date('2026-04-01T08:00:00Z')));
		const today = await progress.reviewsSince(new Date('2026-04-01T00:00:00Z'));
		expect(today.map((r) => r.itemId)).toEqual(['new:flashcard']);
	});

	it('stops at `until`: a review dated later (a clock once set ahead) is not today’s', async () => {
		const progress = await Progress.open(freshDb());
		await commit(progress, graded('today:flashcard', new Date('2026-04-01T08:00:00Z')));
		await commit(progress, graded('ahead:flashcard', new Date('2026-04-09T08:00:00Z')));
		const today = await progress.reviewsSince(
			new Date('2026-04-01T00:00:00Z'),
			new Date('2026-04-02T00:00:00Z')
		);
		expect(today.map((r) => r.itemId)).toEqual(['today:flashcard']);
	});

	it('a grade that waited to be saved while another tab graded the card builds on that grade: both count', async () => {
		const db = freshDb();
		const progress = await Progress.open(db);
		const first = graded('x:flashcard');
		await commit(progress, first);
		// Both tabs start from the first review's card; the other tab's grade is saved first.
		const t1 = new Date(t0.getTime() + 10 * 60_000);
		const t2 = new Date(t0.getTime() + 20 * 60_000);
		const otherTab = {
			...first,
			at: t2,
			before: first.after,
			after: review(first.after, Rating.Good, t2, first.itemId)
		};
		const waited = {
			...first,
			at: t1,
			grade: Rating.Again as Grade,
			before: first.after,
			after: review(first.after, Rating.Again, t1, first.itemId)
		};
		expect(await commit(progress, otherTab)).toBe(otherTab);
		const written = (await commit(progress, waited)) as Review;
		expect(written.before).toEqual(otherTab.after);
		expect(written.after.reps).toBe(3);
		const reopened = await Progress.open(db);
		expect((await reopened.loadCards()).get('x:flashcard')).toEqual(written.after);
		const logs = await reopened.reviewsSince(t0);
		expect(logs.map((r) => r.grade)).toEqual([Rating.Good, Rating.Again, Rating.Good]);
		// Undo takes back what was written, and only that.
		expect(await reopened.undoReview(written)).toBe(true);
		expect((await reopened.loadCards()).get('x:flashcard')).toEqual(otherTab.after);
	});

	it('an answer’s pending review is written once: with its removal, and never again', async () => {
		const db = freshDb();
		const store = createStore(db, 'kv');
		const progress = await Progress.open(db);
		const pending = pendingKey(t0, 'p:mcq');
		await set(pending, { itemId: 'p:mcq', correct: true, at: t0.getTime() }, store);
		expect(await progress.pendingReviews()).toEqual([
			[pending, { itemId: 'p:mcq', correct: true, at: t0.getTime() }]
		]);
		const g = { ...graded('p:mcq'), via: 'quiz' as const, pending };
		expect(await commit(progress, g)).toBe(g);
		expect(await get(pending, store)).toBeUndefined();
		expect(await progress.pendingReviews()).toEqual([]);
		// Another tab that took up the same pending review writes nothing: it was written.
		expect(await commit(progress, { ...g })).toBeNull();
		// A backup made before brings the pending review back: it is removed, not written again.
		await set(pending, { itemId: 'p:mcq', correct: true, at: t0.getTime() }, store);
		expect(await commit(progress, { ...g })).toBeNull();
		expect(await get(pending, store)).toBeUndefined();
		expect((await progress.reviewsSince(t0)).length).toBe(1);
		expect((await progress.loadCards()).get('p:mcq')?.reps).toBe(1);
		// One that cannot be read is skipped and said.
		await set(pendingKey(t0, 'q:mcq'), { itemId: 'q:mcq', correct: 'yes' }, store);
		expect(await progress.pendingReviews()).toEqual([]);
		expect(progress.problems).toEqual([
			'1 answer waiting to count as a review could not be read and was skipped.'
		]);
	});

	it('a device whose version cannot be read writes nothing: the session is kept in memory', async () => {
		const db = freshDb();
		const get = IDBObjectStore.prototype.get;
		const spy = vi.spyOn(IDBObjectStore.prototype, 'get').mockImplementation(function (
			this: IDBObjectStore,
			key: IDBValidKey | IDBKeyRange
		) {
			if (key === 'meta:schema') throw new DOMException('The read failed.', 'UnknownError');
			return get.call(this, key);
		});
		const progress = await Progress.open(db);
		spy.mockRestore();
		expect(progress.mode).toBe('unreadable');
		await commit(progress, graded('z:flashcard'));
		expect(await entries(createStore(db, 'kv'))).toEqual([]);
	});

	it('refuses a newer schema and leaves its data untouched', async () => {
		const db = freshDb();
		const store = createStore(db, 'kv');
		await set('meta:schema', SCHEMA_VERSION + 1, store);
		await set('card:x:flashcard', { from: 'the future' }, store);
		const before = await entries(store);
		const progress = await Progress.open(db);
		expect(progress.mode).toBe('newer-data');
		expect(await progress.loadCards()).toEqual(new Map());
		await commit(progress, graded('y:flashcard'));
		expect(await entries(store)).toEqual(before);
	});

	it('an open tab writes nothing once a newer version moved the data on (in another tab)', async () => {
		const db = freshDb();
		const progress = await Progress.open(db);
		await commit(progress, graded('x:flashcard'));
		const store = createStore(db, 'kv');
		await set('meta:schema', SCHEMA_VERSION + 1, store);
		const before = await entries(store);
		await expect(commit(progress, graded('y:flashcard'))).rejects.toBeInstanceOf(NewerDataError);
		expect(await entries(store)).toEqual(before);
	});

	it('skips and reports a corrupt card record', async () => {
		const db = freshDb();
		const progress = await Progress.open(db);
		await commit(progress, graded('ok:flashcard'));
		await set(
			'card:bad:flashcard',
			{ itemId: 'bad:flashcard', due: 'yesterday' },
			createStore(db, 'kv')
		);
		const cards = await progress.loadCards();
		expect([...cards.keys()]).toEqual(['ok:flashcard']);
		expect(progress.problems).toEqual(['1 saved card could not be read and was skipped.']);
	});

	it('skips and reports a card stored under another card’s key: it does not replace that card', async () => {
		const db = freshDb();
		const progress = await Progress.open(db);
		await commit(progress, graded('ok:flashcard'));
		const store = createStore(db, 'kv');
		const stored = (await get('card:ok:flashcard', store)) as Record<string, unknown>;
		await set('card:zzz', { ...stored, reps: 0, state: 0, stability: 0, difficulty: 0 }, store);
		const cards = await progress.loadCards();
		expect(cards.get('ok:flashcard')?.reps).toBe(1);
		expect([...cards.keys()]).toEqual(['ok:flashcard']);
		expect(progress.problems).toEqual(['1 saved card could not be read and was skipped.']);
	});

	it('skips a reviewed card with no memory state (stability 0) or an infinite number: either would stop grading', async () => {
		const db = freshDb();
		const progress = await Progress.open(db);
		const g = graded('ok:flashcard');
		await commit(progress, g);
		const store = createStore(db, 'kv');
		const stored = (await get('card:ok:flashcard', store)) as Record<string, unknown>;
		await set('card:zero:flashcard', { ...stored, itemId: 'zero:flashcard', stability: 0 }, store);
		// Above 0 but below what ts-fsrs works from (0.001): "Invalid memory state" at a grade.
		await set(
			'card:tiny:flashcard',
			{ ...stored, itemId: 'tiny:flashcard', stability: 5e-4 },
			store
		);
		await set('card:big:flashcard', { ...stored, itemId: 'big:flashcard', difficulty: 11 }, store);
		await set(
			'card:inf:flashcard',
			{ ...stored, itemId: 'inf:flashcard', stability: Infinity },
			store
		);
		const cards = await progress.loadCards();
		expect([...cards.keys()]).toEqual(['ok:flashcard']);
		expect(progress.problems).toEqual(['4 saved cards could not be read and were skipped.']);
	});
});
