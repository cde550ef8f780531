import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { deck } from '../builtin-deck';
import { Rating } from '../srs/grades';
import { Progress } from '../storage/progress';
import { pendingKey } from '../storage/keys';
import { DB_NAME } from '../storage/kv';
import { Learner } from './learner.svelte';

const now = new Date('2026-11-23T12:00:00Z');
const minutes = (n: number) => new Date(now.getTime() + n * 60_000);
const [x, y] = deck.items.filter((i) => deck.studyIds.has(i.id)).map((i) => i.id);
const saveFailsOnce = () =>
	vi
		.spyOn(Progress.prototype, 'commitReview')
		.mockRejectedValueOnce(new DOMException('full', 'QuotaExceededError'));

beforeEach(() => {
	globalThis.indexedDB = new IDBFactory(); // a device with no progress yet
});
afterEach(() => vi.restoreAllMocks());

it('a grade whose save failed, retried after another tab graded the card, loses neither review', async () => {
	const [here, there] = [await Learner.load(now), await Learner.load(now)];
	await here.grade(x!, Rating.Good, 'study', now);
	await expect.poll(() => there.cards.get(x!)?.reps).toBe(1);
	saveFailsOnce();
	await there.grade(x!, Rating.Good, 'study', minutes(10));
	expect(there.unsaved).toBe(1);
	expect(there.saveError).toBe('1 grade could not be saved yet; trying again. Keep this tab open.');
	await toldSoFar(there, here);
	expect(here.cards.get(x!)?.reps).toBe(1); // the grade not saved is not told to other tabs
	expect(here.doneToday).toBe(1);
	await here.grade(x!, Rating.Good, 'study', minutes(20)); // saved: it builds on what is stored
	await there.grade(y!, Rating.Good, 'study', minutes(21)); // the waiting grade is saved first
	expect(there.unsaved).toBe(0);
	expect(there.saveError).toBeUndefined();
	const reloaded = await Learner.load(minutes(30));
	expect(reloaded.cards.get(x!)?.reps).toBe(3);
	expect(reloaded.doneToday).toBe(4);
	// Both tabs show the card as stored.
	expect(there.cards.get(x!)).toEqual(reloaded.cards.get(x!));
	await expect.poll(() => here.cards.get(x!)?.reps).toBe(3);
	// The grade given again is counted once in each tab, as in storage.
	await expect.poll(() => [here.doneToday, there.doneToday]).toEqual([4, 4]);
	for (const learner of [here, there, reloaded]) learner.close();
});

/** Waits until `to` has heard every message `from` sent so far (a channel keeps their order). */
async function toldSoFar(from: Learner, to: Learner) {
	to.deckChangedElsewhere = false;
	from.deckChanged();
	await expect.poll(() => to.deckChangedElsewhere).toBe(true);
	to.deckChangedElsewhere = false;
}

it('a failed save is tried again on its own, with no further grade', async () => {
	const learner = await Learner.load(now);
	saveFailsOnce();
	await learner.grade(x!, Rating.Good, 'study', now);
	expect(learner.unsaved).toBe(1);
	await expect.poll(() => learner.unsaved, { timeout: 5_000 }).toBe(0);
	expect(learner.saveError).toBeUndefined();
	expect((await Learner.load(now)).cards.get(x!)?.reps).toBe(1);
	learner.close();
});

it('saved progress that cannot be read is not overwritten: the session runs in memory and says so', async () => {
	const before = await Learner.load(now);
	await before.grade(x!, Rating.Good, 'study', now);
	before.close();
	vi.spyOn(Progress.prototype, 'loadCards').mockRejectedValueOnce(
		new DOMException('x', 'UnknownError')
	);
	const failed = await Learner.load(minutes(60 * 24));
	expect(failed.mode).toBe('unreadable');
	await failed.grade(x!, Rating.Again, 'quiz', minutes(60 * 24));
	failed.close();
	const after = await Learner.load(minutes(60 * 25));
	expect(after.mode).toBe('persistent');
	expect(after.cards.get(x!)).toEqual(before.cards.get(x!));
	after.close();
});

it('a clock that was once set ahead: its reviews are not today’s, and its card can still be graded', async () => {
	const ahead = minutes(7 * 24 * 60);
	const wrong = await Learner.load(ahead);
	await wrong.grade(x!, Rating.Good, 'study', ahead);
	wrong.close();
	const learner = await Learner.load(now); // the clock put right
	expect(learner.doneToday).toBe(0);
	expect(learner.newSeenToday).toBe(0);
	await learner.grade(x!, Rating.Good, 'quiz', now);
	expect(learner.unsaved).toBe(0);
	expect((await Learner.load(now)).cards.get(x!)?.reps).toBe(2);
	learner.close();
});

it('a newer version moved the progress on in another tab: grades here are not saved, and it says why', async () => {
	const learner = await Learner.load(now);
	const { createStore, set } = await import('idb-keyval');
	await set('meta:schema', 99, createStore('belarus-study', 'kv'));
	await learner.grade(x!, Rating.Good, 'study', now);
	expect(learner.unsaved).toBe(1);
	expect(learner.saveError).toBe(
		'1 grade could not be saved: a newer version of the app has updated your progress in another tab. Reload this tab to use it.'
	);
	learner.close();
});

it('a grade saved before a newer version moved the progress on is not undone, and it says why', async () => {
	const learner = await Learner.load(now);
	await learner.grade(x!, Rating.Good, 'study', now);
	const { createStore, get, set } = await import('idb-keyval');
	const store = createStore(DB_NAME, 'kv');
	await set('meta:schema', 99, store);
	expect(await learner.undo()).toEqual({ refused: 'newer-data' });
	// The newer version's data is untouched: the card is still there, graded.
	expect(await get(`card:${x}`, store)).toMatchObject({ reps: 1 });
	expect(learner.cards.get(x!)?.reps).toBe(1);
	learner.close();
});

it('a deck changed in one tab is told to the others, not to itself', async () => {
	const [here, there] = [await Learner.load(now), await Learner.load(now)];
	here.deckChanged();
	await expect.poll(() => there.deckChangedElsewhere).toBe(true);
	expect(here.deckChangedElsewhere).toBe(false);
	for (const learner of [here, there]) learner.close();
});

/** What an assignment's answer leaves when its tab closes before the review is written. */
async function leftPending(itemId: string, correct: boolean, at: Date) {
	const { createStore, set } = await import('idb-keyval');
	await set(
		pendingKey(at, itemId),
		{ itemId, correct, at: at.getTime() },
		createStore(DB_NAME, 'kv')
	);
	return pendingKey(at, itemId);
}

it('the reviews answers left pending (their tab closed first) are written by the next learner, once', async () => {
	await Learner.load(now).then((l) => l.close()); // the device has progress of this schema
	await leftPending(x!, true, minutes(-5));
	await leftPending(y!, false, minutes(-4));
	const learner = await Learner.load(now);
	expect(learner.cards.get(x!)?.reps).toBe(1);
	expect(learner.doneToday).toBe(2);
	await expect.poll(() => learner.unsaved).toBe(0);
	const reloaded = await Learner.load(minutes(1));
	expect(reloaded.cards.get(x!)).toEqual(learner.cards.get(x!));
	expect(reloaded.cards.get(y!)?.lapses ?? 0).toBe(0);
	const progress = await Progress.open();
	expect(await progress.pendingReviews()).toEqual([]);
	const logs = await progress.reviewsSince(minutes(-60));
	expect(logs.map((r) => [r.itemId, r.grade, r.via])).toEqual([
		[x, Rating.Good, 'quiz'],
		[y, Rating.Again, 'quiz']
	]);
	expect(reloaded.doneToday).toBe(2);
	for (const l of [learner, reloaded]) l.close();
});

it('a card the scheduler cannot work from, with a review owed to it, stops neither the load nor the review', async () => {
	await Learner.load(now).then((l) => l.close());
	const { createStore, set } = await import('idb-keyval');
	// What a hostile backup or a tampered store left: stability above 0 but below ts-fsrs's 0.001.
	const due = minutes(-60).getTime();
	await set(
		`card:${x}`,
		{
			itemId: x,
			due,
			stability: 5e-4,
			difficulty: 5,
			elapsed_days: 0,
			scheduled_days: 0,
			learning_steps: 0,
			reps: 5,
			lapses: 0,
			state: 2,
			last_review: due
		},
		createStore(DB_NAME, 'kv')
	);
	await leftPending(x!, true, minutes(-5));
	const learner = await Learner.load(now);
	// The unreadable card is skipped (and reported); the answer owed is its first review.
	const card = learner.cards.get(x!);
	expect(card?.reps).toBe(1);
	expect(card?.stability).toBeGreaterThanOrEqual(0.001);
	expect(card?.last_review).toEqual(minutes(-5));
	await expect.poll(() => learner.unsaved).toBe(0);
	expect(await (await Progress.open()).pendingReviews()).toEqual([]);
	learner.close();
});

it('two tabs taking up the same pending review write it once, and both end up counting it once', async () => {
	await Learner.load(now).then((l) => l.close());
	const key = await leftPending(x!, true, minutes(-5));
	const [a, b] = await Promise.all([Learner.load(now), Learner.load(now)]);
	await expect.poll(() => a.unsaved + b.unsaved).toBe(0);
	const progress = await Progress.open();
	expect((await progress.reviewsSince(minutes(-60))).length).toBe(1);
	const stored = await progress.card(x!);
	await expect.poll(() => [a.doneToday, b.doneToday]).toEqual([1, 1]);
	expect(a.cards.get(x!)).toEqual(stored);
	await expect.poll(() => b.cards.get(x!)).toEqual(stored);
	// The tab that gave the answer, its learner loaded just now, grades it once, not twice.
	await a.gradeAnswer(x!, true, minutes(-5), key);
	expect(a.doneToday).toBe(1);
	expect((await progress.reviewsSince(minutes(-60))).length).toBe(1);
	for (const l of [a, b]) l.close();
});

it('a pending review of yesterday, written by a new tab, is not counted as today’s in an open one', async () => {
	const open = await Learner.load(now);
	await leftPending(x!, true, minutes(-24 * 60));
	const fresh = await Learner.load(now);
	await expect.poll(() => fresh.unsaved).toBe(0);
	expect([fresh.doneToday, fresh.newSeenToday]).toEqual([0, 0]);
	await expect.poll(() => open.cards.get(x!)?.reps).toBe(1); // told by the new tab
	expect([open.doneToday, open.newSeenToday]).toEqual([0, 0]);
	for (const l of [open, fresh]) l.close();
});

it('progress that could not be read: an answer still counts in this session, and stays owed on disk', async () => {
	await Learner.load(now).then((l) => l.close());
	vi.spyOn(Progress.prototype, 'loadCards').mockRejectedValueOnce(
		new DOMException('x', 'UnknownError')
	);
	const learner = await Learner.load(now);
	expect(learner.mode).toBe('unreadable');
	const key = await leftPending(x!, true, now); // as the answer stored it, on disk
	await learner.gradeAnswer(x!, true, now, key);
	expect([learner.unsaved, learner.doneToday, learner.cards.get(x!)?.reps]).toEqual([0, 1, 1]);
	learner.close();
	// Readable again: the next learner writes it.
	const next = await Learner.load(minutes(1));
	expect(next.cards.get(x!)?.reps).toBe(1);
	await expect.poll(() => next.unsaved).toBe(0);
	expect(await (await Progress.open()).pendingReviews()).toEqual([]);
	next.close();
});

it('a grade given here while the card written by another tab is read back is not overwritten', async () => {
	const learner = await Learner.load(now);
	let release!: () => void;
	const gate = new Promise<void>((r) => (release = r));
	const read = Progress.prototype.card;
	const reading = vi.spyOn(Progress.prototype, 'card').mockImplementationOnce(async function (
		this: Progress,
		id: string
	) {
		await gate;
		return read.call(this, id);
	});
	// This tab's answer owes a pending review, which another tab has written first.
	const { createStore, setMany } = await import('idb-keyval');
	const { logKey, cardKey } = await import('../storage/keys');
	const { reviewRecord, toStoredCard } = await import('../storage/records');
	const { newCard, review } = learner.scheduler;
	await setMany(
		[
			[cardKey(x!), toStoredCard(x!, review(newCard(now), Rating.Good, now, x!))],
			[logKey(now, x!), reviewRecord(x!, Rating.Good, now, 'quiz', undefined)]
		],
		createStore(DB_NAME, 'kv')
	);
	const answered = learner.gradeAnswer(x!, true, now, pendingKey(now, x!));
	await expect.poll(() => reading.mock.calls.length).toBe(1);
	const studied = learner.grade(x!, Rating.Good, 'study', minutes(10)); // during the read
	const shown = learner.cards.get(x!);
	release();
	await Promise.all([answered, studied]);
	expect(learner.unsaved).toBe(0);
	expect((await (await Progress.open()).card(x!))?.reps).toBe(2);
	expect(learner.cards.get(x!)).toBe(shown);
	expect(learner.doneToday).toBe(1);
	expect(await learner.undo()).toHaveProperty('undone');
	learner.close();
});

it('only cards introduced in study count toward the day’s new cards, not quiz answers, in every tab', async () => {
	const [here, there] = [await Learner.load(now), await Learner.load(now)];
	const quizzed = deck.mcqs[0]?.id as string;
	await here.gradeAnswer(quizzed, false, now);
	await here.grade(x!, Rating.Good, 'study', minutes(1));
	expect([here.doneToday, here.newSeenToday]).toEqual([2, 1]);
	await expect.poll(() => there.doneToday).toBe(2);
	expect(there.newSeenToday).toBe(1);
	// Undo takes the new card back off the count; the quiz answer stays a review, not a new card.
	await here.undo();
	expect([here.doneToday, here.newSeenToday]).toEqual([1, 0]);
	await expect.poll(() => there.newSeenToday).toBe(0);
	const reloaded = await Learner.load(minutes(2));
	expect([reloaded.doneToday, reloaded.newSeenToday]).toEqual([1, 0]);
	for (const learner of [here, there, reloaded]) learner.close();
});

it('a grade written while the progress is read again is counted, and its card kept', async () => {
	const learner = await Learner.load(now);
	const commit = Progress.prototype.commitReview;
	let release!: () => void;
	const gate = new Promise<void>((resolve) => (release = resolve));
	vi.spyOn(Progress.prototype, 'commitReview').mockImplementation(async function (
		this: Progress,
		...args
	) {
		await gate; // the write waits until the reread has begun
		return commit.apply(this, args);
	});
	const saved = learner.grade(x!, Rating.Good, 'study', now);
	const loadCards = Progress.prototype.loadCards;
	vi.spyOn(Progress.prototype, 'loadCards').mockImplementation(async function (this: Progress) {
		const cards = await loadCards.call(this);
		await saved; // what it read comes back only once the grade is written
		return cards;
	});
	const reread = learner.reread(now);
	release();
	await Promise.all([saved, reread]);
	expect(learner.doneToday).toBe(1);
	expect(learner.cards.get(x!)?.reps).toBe(1);
	learner.close();
});

it('the first grade after the day turns (04:00) counts toward the new day, not the old', async () => {
	const learner = await Learner.load(now);
	await learner.grade(x!, Rating.Good, 'study', now);
	expect(learner.doneToday).toBe(1);
	const nextDay = new Date('2026-11-24T04:00:30'); // local time: the day starts at 04:00
	await learner.grade(y!, Rating.Good, 'study', nextDay);
	await expect.poll(() => learner.doneToday).toBe(1);
	expect(learner.newSeenToday).toBe(1);
	learner.close();
});

it('a tab whose progress cannot be read tells the other tabs of none of its grades', async () => {
	const other = await Learner.load(now);
	vi.spyOn(Progress.prototype, 'loadCards').mockRejectedValueOnce(
		new DOMException('x', 'UnknownError')
	);
	const failed = await Learner.load(now);
	expect(failed.mode).toBe('unreadable');
	await failed.grade(x!, Rating.Good, 'study', now);
	await failed.grade(y!, Rating.Good, 'study', now);
	expect(failed.doneToday).toBe(2); // in its own session
	await toldSoFar(failed, other);
	expect(other.doneToday).toBe(0);
	expect(other.cards.has(x!)).toBe(false);
	for (const learner of [other, failed]) learner.close();
});

it('a grade of yesterday (before 04:00) taken back leaves today’s counts, here and in other tabs', async () => {
	const before4 = new Date('2026-11-24T03:58:00'); // local time
	const after4 = new Date('2026-11-24T04:02:00');
	const here = await Learner.load(before4);
	await here.grade(x!, Rating.Good, 'study', before4);
	await here.rollover(after4);
	expect(here.doneToday).toBe(0);
	await here.gradeAnswer(y!, true, after4); // today's quiz answer
	const there = await Learner.load(after4);
	expect([here.doneToday, there.doneToday]).toEqual([1, 1]);
	expect(await here.undo()).toHaveProperty('undone');
	await toldSoFar(here, there);
	expect([here.doneToday, there.doneToday]).toEqual([1, 1]);
	expect(here.cards.has(x!)).toBe(false);
	expect(there.cards.has(x!)).toBe(false);
	for (const learner of [here, there]) learner.close();
});

it('grades given while the day’s turn is being read in can all be undone, the last first', async () => {
	const before4 = new Date('2026-11-24T03:50:00'); // local time
	const learner = await Learner.load(before4);
	await learner.grade(x!, Rating.Good, 'study', before4);
	const after4 = new Date('2026-11-24T04:01:00');
	void learner.grade(y!, Rating.Good, 'study', after4); // starts the day's reread
	const [z] = deck.items.filter((i) => deck.studyIds.has(i.id) && i.id !== x && i.id !== y);
	await learner.grade(z!.id, Rating.Good, 'study', after4); // while it waits its turn
	await learner.rollover(after4);
	expect(learner.doneToday).toBe(2);
	expect(learner.lastGrade?.itemId).toBe(z!.id);
	expect(await learner.undo()).toMatchObject({ undone: { itemId: z!.id } });
	expect(await learner.undo()).toMatchObject({ undone: { itemId: y } });
	expect(await learner.undo()).toMatchObject({ undone: { itemId: x } });
	learner.close();
});

it('a grade told late by another tab does not put back an older card; an older version’s restatement counts nothing', async () => {
	const [here, there] = [await Learner.load(now), await Learner.load(now)];
	await there.grade(x!, Rating.Good, 'study', now);
	await expect.poll(() => here.cards.get(x!)?.reps).toBe(1);
	const first = here.cards.get(x!)!;
	await here.grade(x!, Rating.Good, 'study', minutes(15));
	const oldTab = new BroadcastChannel('belarus-study:grades');
	// The first grade told again, late (as a slow channel would deliver it), then as an app of
	// the last version restated a grade it had given again to the stored card.
	oldTab.postMessage({ itemId: x!, after: first, wasNew: true, at: now.getTime() });
	oldTab.postMessage({ itemId: y!, after: first, wasNew: false, restated: true });
	oldTab.close();
	await toldSoFar(there, here);
	expect(here.cards.get(x!)?.reps).toBe(2);
	expect(here.cards.get(y!)).toEqual(first);
	expect(here.doneToday).toBe(3); // its own, the other tab's, and the late one (a stored review)
	for (const learner of [here, there]) learner.close();
});

it('a review owed since a clock was set ahead does not move the learner’s day to that date', async () => {
	const ahead = new Date(Date.now() + 7 * 86_400_000);
	await leftPending(x!, true, ahead);
	const learner = await Learner.load(now);
	await expect.poll(() => learner.unsaved).toBe(0);
	const done = learner.doneToday;
	await learner.grade(y!, Rating.Good, 'study', now);
	expect(learner.doneToday).toBe(done + 1);
	learner.close();
});

it('a new card graded in two tabs at once counts as one new card in each, as in storage', async () => {
	const [here, there] = [await Learner.load(now), await Learner.load(now)];
	saveFailsOnce();
	await here.grade(x!, Rating.Good, 'study', now); // its save fails: it waits
	await there.grade(x!, Rating.Good, 'study', minutes(1)); // stored first: the new card
	await here.grade(y!, Rating.Good, 'study', minutes(2)); // here's x is given again to it
	expect(here.unsaved).toBe(0);
	const reloaded = await Learner.load(minutes(3));
	expect(reloaded.newSeenToday).toBe(2);
	await expect.poll(() => [here.newSeenToday, there.newSeenToday]).toEqual([2, 2]);
	for (const learner of [here, there, reloaded]) learner.close();
});

it('a review owed with a date ahead of today is not today’s, before a reload as after', async () => {
	const ahead = new Date(Date.now() + 2 * 86_400_000);
	await leftPending(x!, true, ahead);
	const learner = await Learner.load(now);
	await expect.poll(() => learner.unsaved).toBe(0);
	expect(learner.doneToday).toBe(0);
	expect((await Learner.load(now)).doneToday).toBe(0);
	learner.close();
});
