import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { expect, it } from 'vitest';
import { deck } from '../builtin-deck';
import { Rating, type Grade } from '../srs/grades';
import { namespacedDeck } from './deck.svelte';
import { Learner, rereadEverywhere } from './learner.svelte';
import { dueToday, NEW_PER_DAY, newCardsNow, StudySession } from './study.svelte';

const yesterday = new Date('2026-11-22T12:00:00Z');
const now = new Date('2026-11-23T12:00:00Z');

/** A device with no progress yet: an empty IndexedDB. */
const freshDevice = () => {
	globalThis.indexedDB = new IDBFactory();
};

/** Reveals and grades the current card `times` times. */
async function gradeCards(session: StudySession, times: number, grade: Grade, at: Date) {
	for (let i = 0; i < times; i++) {
		session.reveal();
		await session.grade(grade, at);
	}
}

/** Studies until the session ends (Good on every card); returns the new cards it introduced. */
async function studyAll(learner: Learner): Promise<string[]> {
	const known = new Set(learner.cards.keys());
	const shown = new Set<string>();
	const session = new StudySession(deck, learner, now);
	for (let step = 0; session.current && step < 500; step++) {
		const id = session.current.id;
		if (!known.has(id)) shown.add(id);
		session.reveal();
		await session.grade(Rating.Good, now);
	}
	expect(session.current, 'the session ends').toBeUndefined();
	return [...shown];
}

it('a new learner is promised the day’s limit of new cards', () => {
	expect(newCardsNow(deck, new Map(), 0, now)).toBe(NEW_PER_DAY);
	expect(newCardsNow(deck, new Map(), NEW_PER_DAY - 3, now)).toBe(3);
	expect(newCardsNow(deck, new Map(), NEW_PER_DAY + 5, now)).toBe(0);
});

it('the home page’s count of new cards is what a whole session introduces, near the end of the deck', async () => {
	// Yesterday: every flashcard but the last three learnt (Easy: not due again for days), and a
	// quiz question of one of the three facts answered wrong (due again in minutes).
	const study = deck.items.filter((i) => deck.studyIds.has(i.id));
	const lastThree = study.slice(-3);
	const sibling = deck.items.find(
		(i) => !deck.studyIds.has(i.id) && lastThree.some((s) => s.factIds[0] === i.factIds[0])
	);
	if (!sibling) throw new Error('one of the last three new cards’ facts has a quiz question');
	const before = await Learner.load(yesterday);
	for (const item of study.slice(0, -3))
		await before.grade(item.id, Rating.Easy, 'study', yesterday);
	await before.grade(sibling.id, Rating.Again, 'quiz', yesterday);
	before.close(); // yesterday's tab is closed

	// Today, the quiz question is due: the session shows it and keeps its fact's flashcard for
	// tomorrow, even once the question is answered, so two new cards, as the home page says.
	const learner = await Learner.load(now);
	expect(learner.newSeenToday).toBe(0);
	expect(newCardsNow(deck, learner.cards, learner.newSeenToday, now)).toBe(2);
	const introduced = await studyAll(learner);
	const buried = lastThree.find((s) => s.factIds[0] === sibling.factIds[0]);
	expect(introduced.sort()).toEqual(
		lastThree
			.filter((s) => s !== buried)
			.map((s) => s.id)
			.sort()
	);
	// And the session's end leaves nothing new for today.
	expect(newCardsNow(deck, learner.cards, learner.newSeenToday, now)).toBe(0);
	learner.close();
});

it('a review card whose sibling was reviewed today waits for tomorrow: study, the home page’s count and the end screen agree', async () => {
	// A fact's flashcard and its multiple-choice question, both learnt weeks ago and due today.
	freshDevice();
	const weeksAgo = new Date('2026-10-01T12:00:00Z');
	const card = deck.items.find((i) => deck.studyIds.has(i.id) && deck.item(`${i.factIds[0]}:mcq`))!;
	const question = deck.item(`${card.factIds[0]}:mcq`)!;
	const before = await Learner.load(weeksAgo);
	for (const id of [card.id, question.id]) await before.grade(id, Rating.Easy, 'study', weeksAgo);
	before.close();
	const learner = await Learner.load(now);
	// Two due, but the second is buried once the first is reviewed: the day shows one.
	expect(dueToday(deck, learner.cards, now)).toBe(1);
	const session = new StudySession(deck, learner, now);
	const first = session.current!.id;
	expect([card.id, question.id]).toContain(first);
	session.reveal();
	await session.grade(Rating.Good, now);
	// Its sibling's answer was just on screen: not a fair test of memory today.
	expect(session.queue.filter((id) => learner.cards.has(id))).toEqual([]);
	expect(dueToday(deck, learner.cards, now)).toBe(0);
	// The next learner's day, which starts at 04:00.
	const tomorrow = new Date(now);
	tomorrow.setDate(tomorrow.getDate() + 1);
	tomorrow.setHours(4, 0, 0, 0);
	expect(session.nextDue(now)).toEqual({ at: tomorrow, allDay: true });
	learner.close();
});

it('two tabs build on each other’s grades: a card graded in one is not graded afresh in the other', async () => {
	const [one, two] = [await Learner.load(now), await Learner.load(now)];
	const id = deck.items.find((i) => deck.studyIds.has(i.id) && !one.cards.has(i.id))!.id;
	await one.grade(id, Rating.Easy, 'study', now);
	await expect.poll(() => two.cards.get(id)?.reps).toBe(1);
	expect(two.doneToday).toBe(one.doneToday);
	const later = new Date(now.getTime() + 60_000);
	await two.grade(id, Rating.Again, 'study', later);
	// The second review starts from the first one's card, so the first is not lost.
	expect(two.cards.get(id)?.reps).toBe(2);
	await expect.poll(() => one.cards.get(id)?.reps).toBe(2);
	one.close();
	two.close();
});

it('a learning card shown before it is due says so, with the minutes left', async () => {
	const learner = await Learner.load(now);
	const session = new StudySession(deck, learner, now);
	// Good on every card (new ones come back in 10 minutes) until one is shown before it is due.
	for (let step = 0; session.current && session.earlyBy(now) === undefined && step < 200; step++) {
		session.reveal();
		await session.grade(Rating.Good, now);
	}
	const card = learner.cards.get(session.current!.id)!;
	const minutes = (card.due.getTime() - now.getTime()) / 60_000;
	expect(minutes).toBeGreaterThan(0);
	expect(minutes).toBeLessThanOrEqual(20); // the learn-ahead
	expect(session.earlyBy(now)).toBe(Math.ceil(minutes));
	expect(session.earlyBy(card.due)).toBeUndefined();
	learner.close();
});

it('undo takes back the last grades in turn: the card comes back as it was and the counts follow', async () => {
	freshDevice();
	const learner = await Learner.load(now);
	const session = new StudySession(deck, learner, now);
	const start = { done: learner.doneToday, seen: learner.newSeenToday, queue: [...session.queue] };
	const first = session.current!.id;
	session.reveal();
	await session.grade(Rating.Easy, now);
	const second = session.current!.id;
	const cardBefore = learner.cards.get(second);
	session.reveal();
	await session.grade(Rating.Again, now);
	expect(learner.doneToday).toBe(start.done + 2);

	expect(await session.undo(now)).toBeUndefined();
	expect(session.current?.id).toBe(second);
	expect(session.revealed).toBe(false);
	expect(learner.cards.get(second)).toBe(cardBefore);
	expect(learner.doneToday).toBe(start.done + 1);

	expect(await session.undo(now)).toBeUndefined();
	expect(session.current?.id).toBe(first);
	expect(session.queue).toEqual(start.queue);
	expect([learner.doneToday, learner.newSeenToday]).toEqual([start.done, start.seen]);
	expect(session.canUndo).toBe(false);
	expect(await session.undo(now)).toBe('nothing');

	// After a reload the undone reviews are gone from storage too.
	const reloaded = await Learner.load(now);
	expect([reloaded.doneToday, reloaded.cards.has(first)]).toEqual([start.done, false]);
	learner.close();
	reloaded.close();
});

it('undo is refused once the card was graded since, in a quiz or in another tab', async () => {
	freshDevice();
	const [one, two] = [await Learner.load(now), await Learner.load(now)];
	const session = new StudySession(deck, one, now);
	const id = session.current!.id;
	await gradeCards(session, 1, Rating.Good, now);
	const later = new Date(now.getTime() + 60_000);
	await two.grade(id, Rating.Again, 'study', later);
	await expect.poll(() => one.cards.get(id)?.reps).toBe(2);
	expect(await session.undo(later)).toBe('changed');
	expect(one.cards.get(id)?.reps).toBe(2);
	one.close();
	two.close();
});

it('a grade in another tab: the queue follows, and the card on screen goes only if it was that one', async () => {
	freshDevice();
	const [here, there] = [await Learner.load(now), await Learner.load(now)];
	const session = new StudySession(deck, here, now);
	const [shown, next] = session.queue;
	session.reveal();
	// The other tab grades another card: the one on screen stays, still revealed.
	const other = session.queue.at(-1)!;
	await there.grade(other, Rating.Easy, 'study', now);
	await expect.poll(() => here.changedElsewhere).toBe(1);
	expect(session.follow(now, here.takeChangedElsewhere())).toBeUndefined();
	expect([session.current?.id, session.revealed, session.queue.includes(other)]).toEqual([
		shown,
		true,
		false
	]);
	// A card of the same sentence graded there buries this one for the day, but it was not graded:
	// it stays on screen until it is.
	const sibling = deck.items.find(
		(i) => i.id !== shown && i.source.quote === deck.item(shown!)!.source.quote
	)!;
	await there.grade(sibling.id, Rating.Good, 'quiz', now);
	await expect.poll(() => here.changedElsewhere).toBe(2);
	expect(session.follow(now, here.takeChangedElsewhere())).toBeUndefined();
	expect([session.current?.id, session.revealed]).toEqual([shown, true]);
	// It grades the card on screen: the next takes its place, question side up.
	await there.grade(shown!, Rating.Easy, 'study', now);
	await expect.poll(() => here.changedElsewhere).toBe(3);
	expect(session.follow(now, here.takeChangedElsewhere())).toBe('replaced');
	expect([session.current?.id, session.revealed]).toEqual([next, false]);
	here.close();
	there.close();
});

it('a backup restored in another tab: this tab reads the cards again, keeping its own grade', async () => {
	freshDevice();
	const [here, other] = [await Learner.load(now), await Learner.load(now)];
	const [a, b] = deck.items.filter((i) => deck.studyIds.has(i.id));
	await here.grade(a!.id, Rating.Good, 'study', now);
	// What a restore writes, straight into storage; then the restoring tab says so.
	const { Progress } = await import('../storage/progress');
	const { newCard, regradeOf, review } = await import('../srs/scheduler');
	const restored = review(newCard(yesterday), Rating.Easy, yesterday, b!.id);
	const written = {
		itemId: b!.id,
		grade: Rating.Easy,
		at: yesterday,
		via: 'study' as const,
		before: undefined,
		after: restored
	};
	await (await Progress.open()).commitReview(written, regradeOf(written));
	expect(here.cards.has(b!.id)).toBe(false);
	await rereadEverywhere();
	await expect.poll(() => here.cards.get(b!.id)?.reps).toBe(1);
	expect(here.cards.get(a!.id)?.reps).toBe(1);
	here.close();
	other.close();
});

it('left open overnight: the new day starts with no reviews done and the day’s new cards', async () => {
	freshDevice();
	const learner = await Learner.load(yesterday);
	const session = new StudySession(deck, learner, yesterday);
	await gradeCards(session, 3, Rating.Easy, yesterday);
	expect([learner.doneToday, learner.newSeenToday]).toEqual([3, 3]);
	await learner.rollover(yesterday); // the same day: nothing changes
	expect(learner.doneToday).toBe(3);
	await learner.rollover(now);
	expect([learner.doneToday, learner.newSeenToday]).toEqual([0, 0]);
	expect(newCardsNow(deck, learner.cards, learner.newSeenToday, now)).toBe(NEW_PER_DAY);
	learner.close();
});

it('two undos at once (a double press) take back one grade, once, and the counts follow', async () => {
	freshDevice();
	const learner = await Learner.load(now);
	const session = new StudySession(deck, learner, now);
	await gradeCards(session, 3, Rating.Good, now);
	expect(learner.doneToday).toBe(3);
	const outcomes = await Promise.all([session.undo(now), session.undo(now)]);
	expect(outcomes).toEqual([undefined, undefined]);
	expect([learner.doneToday, learner.newSeenToday]).toEqual([2, 2]);
	// Storage agrees with memory, and the next undo takes back the second grade.
	expect((await Learner.load(now)).doneToday).toBe(2);
	expect(await session.undo(now)).toBeUndefined();
	expect(learner.doneToday).toBe(1);
	learner.close();
});

it('undo offers only a grade of the deck being studied (after switching decks, nothing)', async () => {
	freshDevice();
	const learner = await Learner.load(now);
	const builtin = new StudySession(deck, learner, now);
	builtin.reveal();
	await builtin.grade(Rating.Good, now);
	const other = new StudySession(namespacedDeck(deck, 'class-a'), learner, now);
	const first = other.current?.id;
	expect(other.canUndo).toBe(false);
	expect(await other.undo(now)).toBe('nothing');
	expect(other.current?.id).toBe(first);
	expect(builtin.canUndo).toBe(true);
	learner.close();
});
