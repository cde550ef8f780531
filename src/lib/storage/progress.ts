/**
 * A learner's progress: card states and the review log, in the one idb-keyval store.
 *
 * Stores: `card:<itemId>` (scheduling state) and `log:<iso>:<itemId>` (one review each).
 * Writes: once per grade, card and log together in one transaction (`setMany`); an undo puts
 * the card back and removes its log entry, also in one transaction. An assignment's answer
 * writes `pending:<iso>:<itemId>` with the answer (`AssignmentStore.saveAttempt`): the review it
 * owes, removed in the transaction that writes that review, so it is written exactly once.
 * Start-up reads `card:` keys only; the log is read by time range (today), never whole.
 * Failure: no IndexedDB → memory for the session (`persistent: false`); a schema newer than this
 * app → nothing is read or written (`readOnly`), the data stays as it is for the newer app;
 * a corrupt record → skipped and counted in `problems`.
 */
import { count } from '../count';
import { State, type Card, type Grade } from '../srs/grades';
import { cardKey, CARD_PREFIX, LOG_PREFIX, logKey, PENDING_PREFIX, SCHEMA_KEY } from './keys';
import { memoryKV, openKV, requestPersistence, type KV } from './kv';
import { guardSchema, ownSchema, SCHEMA_VERSION } from './schema';
import {
	fromStoredCard,
	readPendingReview,
	readReviewRecord,
	readStoredCard,
	reviewRecord,
	toStoredCard,
	type PendingReview,
	type ReviewRecord,
	type StoredCard
} from './records';

/** The same scheduling state: one review's card, not one from a later review. */
function sameState(a: StoredCard, b: StoredCard): boolean {
	return (
		a.reps === b.reps &&
		a.lapses === b.lapses &&
		a.state === b.state &&
		a.due === b.due &&
		a.last_review === b.last_review
	);
}

/** Where a store keeps what it is given: IndexedDB, or this tab's memory (and why). */
export type StoreMode = 'persistent' | 'memory' | 'newer-data';
/** The learner's progress may also be `unreadable`: it could not be read, so this session is
 * kept in memory rather than overwrite it. */
export type StorageMode = StoreMode | 'unreadable';

export interface Review {
	itemId: string;
	grade: Grade;
	at: Date;
	via: ReviewRecord['via'];
	before: Card | undefined;
	after: Card;
	/** The stored pending review this review writes (and removes), if it comes from one. */
	pending?: string;
}

export class Progress {
	readonly problems: string[] = [];
	#kv: KV;
	readonly mode: StorageMode;
	#persistenceAsked = false;

	private constructor(kv: KV, mode: StorageMode) {
		this.#kv = kv;
		this.mode = mode;
	}

	/** Progress kept in this tab's memory only: the saved progress could not be read. */
	static unreadable(): Progress {
		return new Progress(memoryKV(), 'unreadable');
	}

	static async open(dbName?: string): Promise<Progress> {
		const kv = await openKV(dbName);
		if (!kv.persistent) return new Progress(kv, 'memory');
		// A first visit writes the version; read and written in one transaction, so a newer
		// version opening in another tab at the same moment is never overwritten.
		let version: unknown;
		try {
			await kv.change([SCHEMA_KEY], ([entry]) => {
				version = entry?.[1];
				return version === undefined
					? { entries: [[SCHEMA_KEY, SCHEMA_VERSION]], deletions: [] }
					: null;
			});
		} catch {
			return Progress.unreadable(); // not even the version could be read: write nothing
		}
		// Every write checks the version again (`guardSchema`): a newer version may open later.
		if (ownSchema(version)) return new Progress(guardSchema(kv), 'persistent');
		// Newer (or unreadable) data: leave it untouched and keep this session in memory.
		return new Progress(memoryKV(), 'newer-data');
	}

	/**
	 * Every card state, keyed by item id. Corrupt records are skipped and reported, and so is a
	 * card stored under another card's key (it would replace that card, whatever its state).
	 */
	async loadCards(): Promise<Map<string, Card>> {
		const cards = new Map<string, Card>();
		let skipped = 0;
		for (const [key, value] of await this.#kv.entriesWithPrefix(CARD_PREFIX)) {
			const read = readStoredCard(value);
			if (read.success && cardKey(read.output.itemId) === key)
				cards.set(read.output.itemId, fromStoredCard(read.output));
			else skipped++;
		}
		this.#skipped(skipped, count(skipped, 'saved card'));
		return cards;
	}

	/** Reports records that could not be read; said once, however often they are read again. */
	#skipped(n: number, what: string) {
		const problem = `${what} could not be read and ${n > 1 ? 'were' : 'was'} skipped.`;
		if (n && !this.problems.includes(problem)) this.problems.push(problem);
	}

	/**
	 * Writes the card after a review and the review's log entry in one transaction, and returns
	 * the review as written. When the stored card is no longer the one the review started from
	 * (another tab graded it while this grade waited to be saved), the grade is given again to
	 * the stored card (`regrade`, in the same transaction): both reviews count, and neither
	 * overwrites the other. A review of a stored pending review removes it in the same
	 * transaction. Such a review is written once: when its log entry is there already (another
	 * tab wrote it, or it came back with a backup), only the pending record is removed, and the
	 * result is null.
	 */
	async commitReview(
		review: Review,
		regrade: (card: Card | undefined) => Card
	): Promise<Review | null> {
		if (!this.#persistenceAsked && this.mode === 'persistent') {
			this.#persistenceAsked = true;
			void requestPersistence();
		}
		const key = cardKey(review.itemId);
		let written = review;
		const log = logKey(review.at, review.itemId);
		const removed = review.pending ? [review.pending] : [];
		let already = false;
		// Only into data of this schema: NewerDataError otherwise (`guardSchema`).
		await this.#kv.change([key, log], ([entry, logged]) => {
			already = !!review.pending && logged?.[1] !== undefined;
			if (already) return { entries: [], deletions: removed };
			const raw = entry?.[1];
			const read = readStoredCard(raw);
			const stored = read.success ? read.output : undefined;
			// A record that cannot be read was skipped at start-up: this review replaces it.
			const unchanged = stored
				? review.before !== undefined &&
					sameState(stored, toStoredCard(review.itemId, review.before))
				: raw === undefined
					? review.before === undefined || review.before.state === State.New
					: true;
			if (!unchanged) {
				const before = stored && fromStoredCard(stored);
				written = { ...review, before, after: regrade(before) };
			}
			return {
				entries: [
					[key, toStoredCard(review.itemId, written.after)],
					[log, reviewRecord(review.itemId, review.grade, review.at, review.via, written.before)]
				],
				deletions: removed
			};
		});
		return already ? null : written;
	}

	/** One card's stored state (undefined: none, or unreadable). */
	async card(itemId: string): Promise<Card | undefined> {
		const read = readStoredCard(await this.#kv.get(cardKey(itemId)));
		return read.success ? fromStoredCard(read.output) : undefined;
	}

	/**
	 * The reviews answers owe (tabs closed before writing them), oldest first, with their keys.
	 * A record that cannot be read is skipped and reported.
	 */
	async pendingReviews(): Promise<[string, PendingReview][]> {
		let skipped = 0;
		const pending = (await this.#kv.entriesWithPrefix(PENDING_PREFIX)).flatMap(
			([key, value]): [string, PendingReview][] => {
				const read = readPendingReview(value);
				if (read.success) return [[key, read.output]];
				skipped++;
				return [];
			}
		);
		this.#skipped(
			skipped,
			`${count(skipped, 'answer')} waiting to count as ${skipped > 1 ? 'reviews' : 'a review'}`
		);
		return pending;
	}

	/**
	 * Takes back a committed review, in one transaction: the card goes back to its state before
	 * (or away, when it was new) and the review's log entry is removed. False (nothing changed)
	 * when the stored card is no longer the one this review left.
	 */
	async undoReview(review: Review): Promise<boolean> {
		const card = cardKey(review.itemId);
		const log = logKey(review.at, review.itemId);
		const after = toStoredCard(review.itemId, review.after);
		// Only if the card stored is still this review's: another tab may have graded it since.
		return this.#kv.change([card], ([entry]) => {
			const read = readStoredCard(entry?.[1]);
			if (!read.success || !sameState(read.output, after)) return null;
			return review.before
				? { entries: [[card, toStoredCard(review.itemId, review.before)]], deletions: [log] }
				: { entries: [], deletions: [log, card] };
		});
	}

	/**
	 * Reviews at or after `since` and, with `until`, before it, oldest first (a key range: never
	 * the whole history). Today's counts give `until`: reviews dated later (a clock that was once
	 * set ahead) are not today's.
	 */
	async reviewsSince(since: Date, until?: Date): Promise<ReviewRecord[]> {
		const values = await this.#kv.valuesWithPrefix(
			LOG_PREFIX,
			`${LOG_PREFIX}${since.toISOString()}`,
			until && `${LOG_PREFIX}${until.toISOString()}`
		);
		return values.flatMap((value) => {
			const read = readReviewRecord(value);
			return read.success ? [read.output] : [];
		});
	}
}
