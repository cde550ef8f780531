/**
 * The memory model: a thin layer over ts-fsrs (FSRS-6). Pure: `now` is always an argument.
 * Fuzz is on, as in Anki: intervals of a few days and more are spread a little, so cards
 * learnt together do not stay together (in a clump on one day, always in the same order, each
 * cueing the next). It is seeded from the item and its number of reviews (ts-fsrs's own
 * strategy), not from the millisecond of the review: the interval a grade button shows is the
 * one the card then gets, however long the learner takes to press it; and the same history
 * still gives the same schedule, on any device.
 * The app loads this module on its own (state/scheduler.svelte.ts): showing a question and
 * counting due cards need only grades.ts.
 */
import {
	createEmptyCard,
	fsrs,
	GenSeedStrategyWithCardId,
	generatorParameters,
	StrategyMode,
	type Card,
	type Grade
} from 'ts-fsrs';
import { DAY_START_HOUR } from './day';
import { Rating } from './grades';

export * from './grades';

/** The field of a card, in the model only, that names its item for the fuzz's seed. */
const ITEM = 'item_id';
const scheduler = fsrs(
	generatorParameters({ enable_fuzz: true, request_retention: 0.9 })
).useStrategy(StrategyMode.SEED, GenSeedStrategyWithCardId(ITEM));

export function newCard(now: Date): Card {
	return createEmptyCard(now);
}

/*
 * ts-fsrs counts the days between two reviews as UTC calendar days, but a learner's day is local
 * and starts at 04:00 (day.ts; a card in review comes up for the learner's day: available.ts).
 * So every date goes into the model shifted by its local UTC offset and back by the day's start
 * hour, which makes its UTC day the learner's day, and comes out shifted back. Without this, a
 * card graded at 20:00 in New York (01:00 UTC the next day) and reviewed the next morning would
 * count as reviewed the same day, and one learnt at 23:50 and seen at 00:05 as a day later.
 */
const DAY_START_MS = DAY_START_HOUR * 3_600_000;
const offset = (date: Date) => -date.getTimezoneOffset() * 60_000 - DAY_START_MS;
const toModel = (date: Date) => new Date(date.getTime() + offset(date));
function fromModel(date: Date): Date {
	const guess = new Date(date.getTime() - offset(date));
	return new Date(date.getTime() - offset(guess));
}
const cardToModel = (card: Card, itemId: string): Card =>
	({
		...card,
		[ITEM]: itemId,
		due: toModel(card.due),
		...(card.last_review ? { last_review: toModel(card.last_review) } : {})
	}) as Card;
function cardFromModel(card: Card): Card {
	const { [ITEM]: _item, ...own } = card as Card & { [ITEM]?: string };
	return {
		...own,
		due: fromModel(card.due),
		...(card.last_review ? { last_review: fromModel(card.last_review) } : {})
	};
}

/**
 * The moment a review counts at: now, or the card's last review if that is later. A device clock
 * moved back (by hand, or a phone's battery run flat) must not make a review older than the one
 * before it: ts-fsrs refuses a negative interval, and the learner could grade nothing.
 */
const reviewedAt = (card: Card, now: Date) =>
	card.last_review && card.last_review > now ? card.last_review : now;

/**
 * The card of item `itemId` after a grade. The caller keeps the card before it for the review
 * log (undo).
 */
export function review(card: Card, grade: Grade, now: Date, itemId: string): Card {
	return cardFromModel(
		scheduler.next(cardToModel(card, itemId), toModel(reviewedAt(card, now)), grade).card
	);
}

/** When the card would next be due for each grade, for the labels on the grade buttons. */
export function previewDue(card: Card, now: Date, itemId: string): Record<Grade, Date> {
	const preview = scheduler.repeat(cardToModel(card, itemId), toModel(reviewedAt(card, now)));
	const due = (grade: Grade) => fromModel(preview[grade].card.due);
	return {
		[Rating.Again]: due(Rating.Again),
		[Rating.Hard]: due(Rating.Hard),
		[Rating.Good]: due(Rating.Good),
		[Rating.Easy]: due(Rating.Easy)
	};
}

/** A grade given again, at its own moment, to whatever card is stored now (none: a new card). */
export const regradeOf =
	({ itemId, grade, at }: { itemId: string; grade: Grade; at: Date }) =>
	(card: Card | undefined): Card =>
		review(card ?? newCard(at), grade, at, itemId);
