/**
 * How cards and reviews look on disk. Dates are stored as epoch milliseconds; every record read
 * back is validated, so a corrupt one is skipped and reported instead of breaking the page.
 */
import type { Card, Grade } from '../srs/grades';

// Hand-written readers, not a schema library: every page reads cards at its first load, and a
// schema library's runtime there cost ~2.6 kB gzipped of each page's 60 kB budget. Each reader
// builds a new object of the known fields only, so nothing else on disk is carried along.

/** A moment before 2200: later ones are not real reviews (and past 275760 not even dates). */
export const LATEST_MS = Date.UTC(2200, 0, 1);
const isMs = (x: unknown): x is number =>
	typeof x === 'number' && Number.isInteger(x) && x >= 0 && x <= LATEST_MS;
const isCount = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x) && x >= 0;
const oneOf =
	<T>(values: readonly T[]) =>
	(x: unknown): x is T =>
		values.includes(x as T);
const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;

/** A record read back: `output` when it is as stored by this app, `success: false` otherwise. */
export type Read<T> = { success: true; output: T } | { success: false };
const read = <T>(output: T | undefined): Read<T> =>
	output === undefined ? { success: false } : { success: true, output };

/** Measures: stability, difficulty and days (which ts-fsrs keeps whole, but need not be). */
const MEASURES = ['stability', 'difficulty', 'elapsed_days', 'scheduled_days'] as const;
/** Counts, whole numbers: `learning_steps` indexes the learning steps (a fraction stopped
 * "Show answer" for good), `reps` and `lapses` count reviews. */
const COUNTS = ['learning_steps', 'reps', 'lapses'] as const;

export interface StoredCard extends Record<
	(typeof MEASURES)[number] | (typeof COUNTS)[number],
	number
> {
	itemId: string;
	due: number;
	state: 0 | 1 | 2 | 3;
	last_review?: number;
}

/**
 * A card once reviewed has a memory state the scheduler can work from: stability from 0.001 to
 * 36,500 days and difficulty from 1 to 10 (what ts-fsrs gives and requires: it throws "Invalid
 * memory state" below). One outside that is corrupt: it would stop the study page at its first
 * grade, and the app at its load if a review was owed to it. A new card has none (both 0) or a
 * whole one, never half of one (which ts-fsrs refuses too).
 */
const STABILITY = { min: 1e-3, max: 36_500 };
const isState = oneOf([0, 1, 2, 3] as const);

function storedCard(value: unknown): StoredCard | undefined {
	if (!isObject(value)) return undefined;
	const { itemId, due, state, last_review } = value;
	if (typeof itemId !== 'string' || !isMs(due) || !isState(state)) return undefined;
	if (last_review !== undefined && !isMs(last_review)) return undefined;
	const card = { itemId, due, state } as StoredCard;
	for (const field of [...MEASURES, ...COUNTS]) {
		const n = value[field];
		if (!isCount(n)) return undefined;
		card[field] = n;
	}
	if (!COUNTS.every((field) => Number.isInteger(card[field]))) return undefined;
	if (last_review !== undefined) card.last_review = last_review;
	const { stability, difficulty } = card;
	const remembered =
		stability >= STABILITY.min && stability <= STABILITY.max && difficulty >= 1 && difficulty <= 10;
	const none = stability === 0 && difficulty === 0;
	return remembered || (state === 0 && none) ? card : undefined;
}

export interface ReviewRecord {
	itemId: string;
	grade: Grade;
	at: number;
	/** Where the review came from: studying a card or answering a quiz question. */
	via: 'study' | 'quiz';
	/** The card before this review (null for a new card), so undo can restore it exactly. */
	before: StoredCard | null;
}
const isGrade = oneOf([1, 2, 3, 4] as const);
const isVia = oneOf(['study', 'quiz'] as const);

function storedReview(value: unknown): ReviewRecord | undefined {
	if (!isObject(value)) return undefined;
	const { itemId, grade, at, via } = value;
	if (typeof itemId !== 'string' || !isGrade(grade) || !isMs(at) || !isVia(via)) return undefined;
	const before = value.before === null ? null : storedCard(value.before);
	return before === undefined ? undefined : { itemId, grade, at, via, before };
}

/** The review an answer owes, not yet given to its card (`pendingKey`): right → Good, wrong → Again. */
export interface PendingReview {
	itemId: string;
	correct: boolean;
	at: number;
}

function pendingReview(value: unknown): PendingReview | undefined {
	if (!isObject(value)) return undefined;
	const { itemId, correct, at } = value;
	return typeof itemId === 'string' && typeof correct === 'boolean' && isMs(at)
		? { itemId, correct, at }
		: undefined;
}

export function toStoredCard(itemId: string, card: Card): StoredCard {
	const { due, last_review, ...rest } = card;
	return {
		itemId,
		...rest,
		due: due.getTime(),
		...(last_review ? { last_review: last_review.getTime() } : {})
	};
}

export function fromStoredCard(stored: StoredCard): Card {
	const { itemId: _itemId, due, last_review, ...rest } = stored;
	return {
		...rest,
		due: new Date(due),
		...(last_review !== undefined ? { last_review: new Date(last_review) } : {})
	};
}

export const readStoredCard = (value: unknown) => read(storedCard(value));
export const readReviewRecord = (value: unknown) => read(storedReview(value));
export const readPendingReview = (value: unknown) => read(pendingReview(value));

export function reviewRecord(
	itemId: string,
	grade: Grade,
	at: Date,
	via: ReviewRecord['via'],
	before: Card | undefined
): ReviewRecord {
	return {
		itemId,
		grade,
		at: at.getTime(),
		via,
		before: before ? toStoredCard(itemId, before) : null
	};
}
