/**
 * Assignments on this device, in the one idb-keyval store (the same database as progress).
 *
 * Stores, for a student: `attempt:<assignmentId>` → the attempt in progress or submitted: the
 * link's fragment (so it can be resumed), the student's name, each answer in the assignment's
 * question order, the position, time spent, and once submitted the result code; and
 * `meta:student-name`, the name last used (offered next time).
 * For a teacher: `result:<assignmentId>:<student>` → a collected result code (decoded and
 * checked again on every read, so a corrupt record is skipped, never half-read).
 * Writes: an attempt on start, after every answer, every few seconds of the timer, and on
 * submit; a result when the teacher adds codes (all of one paste in one transaction). Nothing is
 * written for a link that fails to decode: callers open this store only for a good link.
 * Failure: no IndexedDB → memory for the session (`mode: 'memory'`, the page says so); data from a
 * newer schema → memory, the data untouched; a failed write rejects, the caller keeps the state
 * in memory, says so, and writes again with the next answer.
 */
import * as v from 'valibot';
import { decodeResult, studentKey } from '../quiz/result-code';
import type { CollectedResult } from '../quiz/report';
import { MAX_TYPED, type ItemResponse } from '../items/response';
import { openStore } from './open-store';
import type { KV } from './kv';
import { pendingKey } from './keys';
import { resultsPrefix } from './result-keys';
import type { StoreMode } from './progress';
import type { PendingReview } from './records';

export const ATTEMPT_PREFIX = 'attempt:';
export const STUDENT_NAME_KEY = 'meta:student-name';
export const attemptKey = (assignmentId: string) => `${ATTEMPT_PREFIX}${assignmentId}`;
export const resultKey = (assignmentId: string, student: string) =>
	`${resultsPrefix(assignmentId)}${studentKey(student)}`;

const ms = v.pipe(v.number(), v.integer(), v.minValue(0));
const index = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(99));
const ResponseSchema = v.nullable(
	v.variant('kind', [
		v.object({ kind: v.literal('choice'), index }),
		v.object({ kind: v.literal('bool'), value: v.boolean() }),
		v.object({
			kind: v.literal('text'),
			value: v.pipe(v.string(), v.maxLength(MAX_TYPED)),
			countAlmost: v.optional(v.boolean())
		}),
		v.object({ kind: v.literal('order'), order: v.array(index) }),
		v.object({ kind: v.literal('pairs'), rights: v.array(index) }),
		v.object({ kind: v.literal('self'), remembered: v.boolean() })
	])
);

const AttemptSchema = v.object({
	v: v.literal(1),
	assignmentId: v.string(),
	fragment: v.string(),
	student: v.string(),
	/** In the assignment's question order (not the order shown). */
	responses: v.array(ResponseSchema),
	/** How many questions of the shown order have been answered. */
	position: v.pipe(v.number(), v.integer(), v.minValue(0)),
	elapsedMs: ms,
	startedAt: ms,
	submitted: v.nullable(v.object({ at: ms, code: v.string(), seconds: ms })),
	/** Earlier submissions on this device (when retakes are allowed). */
	retakes: v.pipe(v.number(), v.integer(), v.minValue(0))
});

export interface Attempt extends Omit<v.InferOutput<typeof AttemptSchema>, 'responses'> {
	responses: (ItemResponse | null)[];
}

/**
 * Does `incoming` (one tab's attempt) replace `stored` (what any tab saved last)? An attempt
 * never goes back: not to an earlier question, not from submitted to not submitted, not to an
 * earlier retake, so a second tab left open on an older state cannot undo the first one's work.
 */
/** The same answer, however its object was built (field order, fields storage does not keep). */
function sameResponse(a: ItemResponse | null, b: ItemResponse | null): boolean {
	const canonical = (r: ItemResponse | null) => {
		const read = v.safeParse(ResponseSchema, r);
		return read.success ? JSON.stringify(read.output) : undefined;
	};
	const ca = canonical(a);
	return ca !== undefined && ca === canonical(b);
}

export function supersedes(stored: Attempt, incoming: Attempt): boolean {
	if (stored.fragment !== incoming.fragment) return true; // another quiz under the same id
	if (stored.retakes !== incoming.retakes) return incoming.retakes > stored.retakes;
	if (stored.submitted) return incoming.submitted?.at === stored.submitted.at;
	// Not behind, and every answer stored is still there: a stale tab cannot answer again.
	return (
		(incoming.submitted !== null || incoming.position >= stored.position) &&
		stored.responses.every(
			(given, i) => given === null || sameResponse(incoming.responses[i] ?? null, given)
		)
	);
}

const StoredResultSchema = v.object({ v: v.literal(1), code: v.string() });
export const isStoredResult = (value: unknown) => v.is(StoredResultSchema, value);

/**
 * A stored attempt, or undefined (none, unreadable, or made for another link with the same id:
 * then it starts afresh).
 */
export function readAttempt(
	value: unknown,
	assignmentId: string,
	fragment?: string
): Attempt | undefined {
	const parsed = v.safeParse(AttemptSchema, value);
	if (!parsed.success || parsed.output.assignmentId !== assignmentId) return undefined;
	if (fragment !== undefined && parsed.output.fragment !== fragment) return undefined;
	return parsed.output as Attempt;
}

export class AssignmentStore {
	readonly mode: StoreMode;
	#kv: KV;

	private constructor(kv: KV, mode: StoreMode) {
		this.#kv = kv;
		this.mode = mode;
	}

	static async open(dbName?: string): Promise<AssignmentStore> {
		const { kv, mode } = await openStore(dbName);
		return new AssignmentStore(kv, mode);
	}

	/** The attempt at an assignment, or undefined (see `readAttempt`). */
	async attempt(assignmentId: string, fragment?: string): Promise<Attempt | undefined> {
		return readAttempt(await this.#kv.get(attemptKey(assignmentId)), assignmentId, fragment);
	}

	/**
	 * Saves the attempt unless what is stored is further along (another tab's work, see
	 * `supersedes`); returns the attempt that is now stored, so the caller can take it up.
	 * The read and the write are one transaction, so no other tab's save falls between them.
	 * `pending`, the review the answer just given owes the learner's schedule, is stored in the
	 * same transaction (`pendingKey`), when the attempt is: the learner writes that review
	 * (`Learner.gradeAnswer`), or, should this tab close first, the next page that loads it.
	 */
	async saveAttempt(attempt: Attempt, pending?: PendingReview): Promise<Attempt> {
		// $state proxies cannot be cloned into IndexedDB: store a plain copy.
		const copy: unknown = JSON.parse(JSON.stringify(attempt));
		const key = attemptKey(attempt.assignmentId);
		let kept: Attempt | undefined;
		await this.#kv.change([key], ([entry]) => {
			const stored = readAttempt(entry?.[1], attempt.assignmentId);
			kept = stored && !supersedes(stored, attempt) ? stored : undefined;
			if (kept) return null;
			const owed: [string, unknown][] = pending
				? [[pendingKey(new Date(pending.at), pending.itemId), pending]]
				: [];
			return { entries: [[key, copy], ...owed], deletions: [] };
		});
		return kept ?? attempt;
	}

	/**
	 * Forgets a submitted attempt and the remembered name, in one transaction: the device passes
	 * to another student (a class set of tablets), who then starts afresh.
	 */
	async forgetAttempt(assignmentId: string): Promise<void> {
		await this.#kv.deleteMany([attemptKey(assignmentId), STUDENT_NAME_KEY]);
	}

	async studentName(): Promise<string> {
		const name = await this.#kv.get(STUDENT_NAME_KEY).catch(() => undefined);
		return typeof name === 'string' ? name.slice(0, 60) : '';
	}

	async saveStudentName(name: string): Promise<void> {
		await this.#kv.setMany([[STUDENT_NAME_KEY, name]]);
	}

	/**
	 * Every collected result of an assignment, one per student (the later, should an older
	 * version of the app have stored one name under two keys); corrupt or foreign records are
	 * skipped.
	 */
	async results(assignmentId: string): Promise<{ results: CollectedResult[]; skipped: number }> {
		const byStudent = new Map<string, CollectedResult>();
		let skipped = 0;
		for (const value of await this.#kv.valuesWithPrefix(resultsPrefix(assignmentId))) {
			const parsed = v.safeParse(StoredResultSchema, value);
			const decoded = parsed.success ? await decodeResult(parsed.output.code) : undefined;
			if (!decoded?.ok || decoded.value.assignmentId !== assignmentId) {
				skipped++;
				continue;
			}
			const result = { ...decoded.value, code: parsed.success ? parsed.output.code : '' };
			const key = studentKey(result.student);
			const kept = byStudent.get(key);
			if (!kept || result.submittedAt > kept.submittedAt) byStudent.set(key, result);
		}
		return { results: [...byStudent.values()], skipped };
	}

	/** Stores results (one transaction), replacing any earlier one of the same student. */
	async saveResults(results: readonly CollectedResult[]): Promise<void> {
		if (!results.length) return;
		await this.#kv.setMany(
			results.map((r) => [resultKey(r.assignmentId, r.student), { v: 1, code: r.code }])
		);
	}
}
