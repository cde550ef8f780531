/**
 * How cards and reviews look on disk. Dates are stored as epoch milliseconds; every record read
 * back is validated, so a corrupt one is skipped and reported instead of breaking the page.
 */
import * as v from 'valibot';
import type { Card, Grade } from '../srs/grades';

/** A moment before 2200: later ones are not real reviews (and past 275760 not even dates). */
export const LATEST_MS = Date.UTC(2200, 0, 1);
const ms = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(LATEST_MS));
const count = v.pipe(v.number(), v.finite(), v.minValue(0));

/**
 * A card once reviewed has a memory state the scheduler can work from: stability from 0.001 to
 * 36,500 days and difficulty from 1 to 10 (what ts-fsrs gives and requires: it throws "Invalid
 * memory state" below). One outside that is corrupt: it would stop the study page at its first
 * grade, and the app at its load if a review was owed to it.
 */
const STABILITY = { min: 1e-3, max: 36_500 };
const StoredCardSchema = v.pipe(
	v.object({
		itemId: v.string(),
		due: ms,
		stability: count,
		difficulty: count,
		elapsed_days: count,
		scheduled_days: count,
		learning_steps: count,
		reps: count,
		lapses: count,
		state: v.picklist([0, 1, 2, 3]),
		last_review: v.optional(ms)
	}),
	v.check(
		(card) =>
			card.state === 0 ||
			(card.stability >= STABILITY.min &&
				card.stability <= STABILITY.max &&
				card.difficulty >= 1 &&
				card.difficulty <= 10),
		'A reviewed card needs a memory state (stability 0.001–36,500, difficulty 1–10).'
	)
);
export type StoredCard = v.InferOutput<typeof StoredCardSchema>;

const ReviewRecordSchema = v.object({
	itemId: v.string(),
	grade: v.picklist([1, 2, 3, 4]),
	at: ms,
	/** Where the review came from: studying a card or answering a quiz question. */
	via: v.picklist(['study', 'quiz']),
	/** The card before this review (null for a new card), so undo can restore it exactly. */
	before: v.nullable(StoredCardSchema)
});
export type ReviewRecord = v.InferOutput<typeof ReviewRecordSchema>;

/** The review an answer owes, not yet given to its card (`pendingKey`): right → Good, wrong → Again. */
const PendingReviewSchema = v.object({ itemId: v.string(), correct: v.boolean(), at: ms });
export type PendingReview = v.InferOutput<typeof PendingReviewSchema>;

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

export const readStoredCard = (value: unknown) => v.safeParse(StoredCardSchema, value);
export const readReviewRecord = (value: unknown) => v.safeParse(ReviewRecordSchema, value);
export const readPendingReview = (value: unknown) => v.safeParse(PendingReviewSchema, value);

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
