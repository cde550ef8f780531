/**
 * What to study now: cards that are due, then new items up to the day's limit. One item per
 * group (a source sentence: its facts give each other away) at a time, and a new card whose
 * group was already reviewed today (a sibling studied, or a quiz question answered) waits until
 * tomorrow, as Anki buries new siblings: otherwise the answer just seen would make the new card
 * look learnt. The rule holds for the whole day, so the queue
 * rebuilt after each grade introduces the same new cards the first one promised.
 *
 * A review card is buried the same way (`buriedToday`): due, but its group was reviewed today by
 * another item, it waits until tomorrow (Anki's "bury review siblings"), so a sibling's answer
 * just seen is not graded as a memory. Learning steps are never buried.
 */
import { availableAt, comesUpForTheDay } from './available';
import { reviewedSince } from './day';
import { State, type Card } from './grades';

export interface QueueInput {
	/**
	 * Study items in deck order: id, the facts they come from, and the groups of items that give
	 * each other away (by default the first fact; a matching question is in several).
	 */
	items: readonly { id: string; factIds: readonly string[]; groups?: readonly string[] }[];
	/** Scheduling state by item id; items without one are new. */
	cards: ReadonlyMap<string, Card>;
	/** Item ids that may be introduced as new cards (e.g. flashcards only). */
	newCandidates: ReadonlySet<string>;
	now: Date;
	newPerDay: number;
	newSeenToday: number;
	/** Start of the learner's day: a new card whose group has a review since then waits. */
	dayStart?: Date;
	/** Learning cards due within this many ms are shown when nothing else is left (as Anki does). */
	learnAheadMs?: number;
}

type QueueItems = QueueInput['items'];

/** The groups of each item, as a lookup. */
function groupLookup(items: QueueItems): (id: string) => readonly string[] {
	const groupsOf = new Map(items.map((i) => [i.id, i.groups ?? [i.factIds[0] ?? i.id]]));
	return (id) => groupsOf.get(id) ?? [id];
}

/**
 * Review cards buried for the rest of the day: one of their groups was reviewed today by
 * another item. (Their own review today, if any, already put them in a later day.)
 */
export function buriedToday(
	items: QueueItems,
	cards: ReadonlyMap<string, Card>,
	dayStart: Date
): Set<string> {
	const groups = groupLookup(items);
	const reviewers = new Map<string, string[]>();
	for (const [id, card] of cards)
		if (reviewedSince(card, dayStart))
			for (const g of groups(id)) reviewers.set(g, [...(reviewers.get(g) ?? []), id]);
	const buried = new Set<string>();
	for (const [id, card] of cards)
		if (
			card.state === State.Review &&
			!reviewedSince(card, dayStart) &&
			groups(id).some((g) => reviewers.get(g)?.some((other) => other !== id))
		)
			buried.add(id);
	return buried;
}

export function buildQueue(input: QueueInput): string[] {
	const { items, cards, now } = input;
	const learnAhead = now.getTime() + (input.learnAheadMs ?? 20 * 60_000);
	const groups = groupLookup(items);
	const buried = input.dayStart ? buriedToday(items, cards, input.dayStart) : new Set<string>();
	const usedGroups = new Set<string>();
	const take = (id: string) => {
		if (groups(id).some((g) => usedGroups.has(g))) return false;
		for (const g of groups(id)) usedGroups.add(g);
		return true;
	};

	const scheduled = items
		.flatMap((i) => {
			const card = cards.get(i.id);
			return card && card.state !== State.New && !buried.has(i.id)
				? [
						{
							id: i.id,
							due: card.due.getTime(),
							at: availableAt(card).getTime(),
							step: card.state !== State.Review
						}
					]
				: [];
		})
		.sort((a, b) => a.due - b.due || (a.id < b.id ? -1 : 1));
	const due = scheduled.filter((c) => c.at <= now.getTime() && take(c.id)).map((c) => c.id);

	const reviewedToday = new Set<string>();
	if (input.dayStart)
		for (const [id, card] of cards)
			if (reviewedSince(card, input.dayStart)) for (const g of groups(id)) reviewedToday.add(g);

	const room = Math.max(0, input.newPerDay - input.newSeenToday);
	const fresh = items
		.filter((i) => input.newCandidates.has(i.id) && !cards.has(i.id))
		.filter((i) => !groups(i.id).some((g) => reviewedToday.has(g)))
		.filter((i) => take(i.id))
		.slice(0, room)
		.map((i) => i.id);

	if (due.length || fresh.length) return [...due, ...fresh];
	// Only learning steps are taken early: a review card keeps to its day.
	return scheduled.filter((c) => c.step && c.at <= learnAhead && take(c.id)).map((c) => c.id);
}

/** Cards buried for the day (`buriedToday`) and when the day ends: they come up after it. */
export interface Burial {
	ids: ReadonlySet<string>;
	until: Date;
}

/** When a scheduled card comes up: `availableAt`, or after the day it is buried for. */
function comesUpAt(id: string, card: Card, burial: Burial | undefined): number {
	const at = availableAt(card).getTime();
	return burial?.ids.has(id) ? Math.max(at, burial.until.getTime()) : at;
}

/**
 * The scheduled card that comes up first, for "next review due …": when, and whether it comes
 * up for the whole day (a review card) rather than at a time (a learning step).
 */
export function nextDue(
	cards: ReadonlyMap<string, Card>,
	burial?: Burial
): { at: Date; allDay: boolean } | undefined {
	let next: { at: number; allDay: boolean } | undefined;
	for (const [id, card] of cards) {
		if (card.state === State.New) continue;
		const at = comesUpAt(id, card, burial);
		if (at < (next?.at ?? Infinity))
			next = { at, allDay: burial?.ids.has(id) || comesUpForTheDay(card) };
	}
	return next && { at: new Date(next.at), allDay: next.allDay };
}

/**
 * How many cards the day's session will show by the end of the given day (the "due today" count
 * on the home page): not those buried for the day; and of two due review cards that give each
 * other away, one, since the other is buried once the first is reviewed. Learning steps are never
 * buried, so each counts. Taken in the session's order: the cards up now by due, then the
 * others as they come up.
 */
export function countDue(
	items: QueueItems,
	cards: ReadonlyMap<string, Card>,
	now: Date,
	endOfDay: Date,
	dayStart: Date
): number {
	const groups = groupLookup(items);
	const buried = buriedToday(items, cards, dayStart);
	const due = items
		.flatMap((i) => {
			const card = cards.get(i.id);
			return card && card.state !== State.New && !buried.has(i.id) && availableAt(card) <= endOfDay
				? [{ id: i.id, card, at: Math.max(availableAt(card).getTime(), now.getTime()) }]
				: [];
		})
		// In the order the session takes them: those up now by due, then the others as they come up.
		.sort(
			(a, b) => a.at - b.at || a.card.due.getTime() - b.card.due.getTime() || (a.id < b.id ? -1 : 1)
		);
	const reviewed = new Set<string>();
	let n = 0;
	for (const { id, card } of due) {
		if (card.state === State.Review && groups(id).some((g) => reviewed.has(g))) continue;
		n++;
		for (const g of groups(id)) reviewed.add(g);
	}
	return n;
}
