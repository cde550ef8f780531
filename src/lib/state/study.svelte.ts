/**
 * A study session: the queue of due and new cards, the current card, reveal and grade. A card can
 * also be answered (typed, or a quiz kind that came due): the answer reveals it with its score,
 * and the session suggests a grade (right → Good, wrong → Again) for the learner to confirm.
 */
import type { Deck } from '../deck';
import { sentenceKey } from '../items/clues';
import { scoreResponse, type ItemResponse, type Score } from '../items/response';
import type { Item } from '../items/types';
import { availableAt } from '../srs/available';
import { endOfDay, startOfDay, startOfNextDay } from '../srs/day';
import { buildQueue, buriedToday, countDue, nextDue, type QueueInput } from '../srs/queue';
import {
	formatInterval,
	GRADES,
	Rating,
	spokenInterval,
	type Card,
	type Grade
} from '../srs/grades';
import type { Learner, UndoRefusal } from './learner.svelte';

export const NEW_PER_DAY = 20;

/** A deck's items as the queue groups them: by the source sentences they rest on (clues.ts). */
const grouped = new WeakMap<Deck, QueueInput['items']>();
function studyItems(deck: Deck): QueueInput['items'] {
	let items = grouped.get(deck);
	if (!items) {
		items = deck.items.map((i) => ({
			id: i.id,
			factIds: i.factIds,
			groups: [...new Set(i.sources.map(sentenceKey))]
		}));
		grouped.set(deck, items);
	}
	return items;
}

/** The queue of a deck: its due cards, then new ones up to the day's limit. */
function studyQueue(
	deck: Deck,
	cards: ReadonlyMap<string, Card>,
	newSeenToday: number,
	now: Date
): string[] {
	return buildQueue({
		items: studyItems(deck),
		cards,
		newCandidates: deck.studyIds,
		now,
		dayStart: startOfDay(now),
		newPerDay: NEW_PER_DAY,
		newSeenToday
	});
}

/**
 * How many new cards a session started now would introduce: the day's room, less the new cards
 * whose fact has a card due or reviewed today (the session buries them for the day). The home
 * page says this number, so it matches what /study then shows.
 */
export function newCardsNow(
	deck: Deck,
	cards: ReadonlyMap<string, Card>,
	newSeenToday: number,
	now: Date
): number {
	return studyQueue(deck, cards, newSeenToday, now).filter((id) => !cards.has(id)).length;
}

/**
 * How many cards come up today (the home page's "due today"): not those buried for the day
 * because a sibling was reviewed today, so it matches what /study shows.
 */
export function dueToday(deck: Deck, cards: ReadonlyMap<string, Card>, now: Date): number {
	const own = cardsOf(deck, cards);
	return countDue(studyItems(deck), own, now, endOfDay(now), startOfDay(now));
}

/** The learner's cards of this deck (progress on other decks is kept, but not due here). */
export function cardsOf(deck: Deck, cards: ReadonlyMap<string, Card>): Map<string, Card> {
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a snapshot to read, not state
	return new Map([...cards].filter(([id]) => deck.item(id)));
}

/**
 * What a learner with no progress sees first on this deck (the first card and how many are
 * left): known before their progress loads, so a page can prerender it.
 */
export function newLearnerStart(deck: Deck): { item: Item; left: number } | undefined {
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- empty progress at no moment in particular, not state
	const queue = studyQueue(deck, new Map(), 0, new Date(0));
	const item = queue[0] === undefined ? undefined : deck.item(queue[0]);
	return item && { item, left: queue.length };
}

export class StudySession {
	queue = $state<string[]>([]);
	revealed = $state(false);
	/** The current card's answer and its score, when it was answered rather than just revealed. */
	result = $state<{ response: ItemResponse; score: Score }>();
	#deck: Deck;
	#learner: Learner;

	constructor(deck: Deck, learner: Learner, now: Date) {
		this.#deck = deck;
		this.#learner = learner;
		this.rebuild(now);
	}

	rebuild(now: Date) {
		this.queue = studyQueue(this.#deck, this.#learner.cards, this.#learner.newSeenToday, now);
	}

	get current(): Item | undefined {
		const id = this.queue[0];
		return id === undefined ? undefined : this.#deck.item(id);
	}

	get isNew(): boolean {
		const id = this.queue[0];
		return id !== undefined && !this.#learner.cards.has(id);
	}

	/**
	 * Minutes until the current card is due, when it is shown early: a learning card due within
	 * the 20-minute learn-ahead, once nothing else is left (so "Good: 10m" and back at once is
	 * explained, not a loop). A review card that came up for the day is not early.
	 */
	earlyBy(now: Date): number | undefined {
		const id = this.queue[0];
		const card = id === undefined ? undefined : this.#learner.cards.get(id);
		const at = card && availableAt(card).getTime();
		if (at === undefined || at <= now.getTime()) return undefined;
		return Math.ceil((at - now.getTime()) / 60_000);
	}

	/**
	 * The next due card of this deck: when it comes up, and whether for the whole day. A card
	 * buried for today comes up tomorrow.
	 */
	nextDue(now: Date): { at: Date; allDay: boolean } | undefined {
		const cards = cardsOf(this.#deck, this.#learner.cards);
		return nextDue(cards, {
			ids: buriedToday(studyItems(this.#deck), cards, startOfDay(now)),
			until: startOfNextDay(now)
		});
	}

	/** How many new cards tomorrow's session would bring. */
	newTomorrow(now: Date): number {
		return newCardsNow(this.#deck, this.#learner.cards, 0, startOfNextDay(now));
	}

	/** The grade the answer suggests; the learner confirms it (or picks another). */
	get suggested(): Grade | undefined {
		if (!this.result) return undefined;
		return this.result.score.correct ? Rating.Good : Rating.Again;
	}

	/** Labels for the grade buttons: when the card would come back for each grade. */
	intervals(now: Date): { grade: Grade; label: string; spoken: string }[] {
		const id = this.queue[0];
		if (id === undefined) return [];
		const { previewDue, newCard } = this.#learner.scheduler;
		const due = previewDue(this.#learner.cards.get(id) ?? newCard(now), now, id);
		return GRADES.map((grade) => ({
			grade,
			label: formatInterval(now, due[grade]),
			spoken: spokenInterval(now, due[grade])
		}));
	}

	reveal() {
		this.revealed = true;
	}

	/** Answers the current card: it is revealed with its score (graded only when confirmed). */
	answer(response: ItemResponse) {
		const item = this.current;
		if (!item || this.revealed) return;
		this.result = { response, score: scoreResponse(item, response) };
		this.revealed = true;
	}

	grade(grade: Grade, now: Date): Promise<void> {
		const id = this.queue[0];
		if (id === undefined || !this.revealed) return Promise.resolve();
		const saved = this.#learner.grade(id, grade, 'study', now);
		this.revealed = false;
		this.result = undefined;
		this.rebuild(now);
		return saved;
	}

	/**
	 * Another tab graded or undid cards (`changed`), or restored a backup: the queue follows. The
	 * card on screen stays, revealed or not, unless another tab graded that very card and it is
	 * no longer to be studied: then the next one takes its place, and 'replaced' says so.
	 */
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- an argument, read once
	follow(now: Date, changed: ReadonlySet<string> = new Set()): 'replaced' | undefined {
		const shown = this.queue[0];
		this.rebuild(now);
		if (shown === undefined) return undefined;
		if (!changed.has(shown) || this.queue.includes(shown)) {
			this.queue = [shown, ...this.queue.filter((id) => id !== shown)];
			return undefined;
		}
		this.revealed = false;
		this.result = undefined;
		return 'replaced';
	}

	/** The grade Undo takes back: this tab's last study grade, if it is of a card of this deck. */
	get undoable() {
		const last = this.#learner.lastGrade;
		return last && this.#deck.item(last.itemId) ? last : undefined;
	}

	get canUndo(): boolean {
		return this.undoable !== undefined;
	}

	/**
	 * Takes back the last grade: its card is shown again, question side up, as it was before.
	 * Resolves with the reason when it cannot (the session is then as it was).
	 */
	async undo(now: Date): Promise<UndoRefusal | undefined> {
		if (!this.canUndo) return 'nothing'; // none, or a card of another deck
		const outcome = await this.#learner.undo();
		if ('refused' in outcome) return outcome.refused;
		const id = outcome.undone.itemId;
		this.revealed = false;
		this.result = undefined;
		this.rebuild(now);
		this.queue = [id, ...this.queue.filter((queued) => queued !== id)];
		return undefined;
	}
}
