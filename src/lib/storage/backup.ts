/**
 * A backup of everything this device keeps: cards and the review log, imported decks, a
 * teacher's quizzes and collected results, a student's attempts and name. It is one JSON file
 * the learner downloads and restores on another device (or after clearing this one).
 *
 * Restoring merges and never loses anything: what is only in the backup is added; where both
 * have a card, the more recently reviewed one stays; everything else already here stays as it
 * is. The whole file is checked first, record by record, with the same readers the app uses on
 * its own data; one bad record and nothing is written. The write is one transaction.
 */
import { BUILTIN_DECK_ID } from '../deck-seed';
import { appRuleProblems } from '../facts/app-rules';
import * as v from 'valibot';
import { parseFactFile } from '../facts/parse';
import type { FactFile } from '../facts/schema';
import { factValues } from '../facts/values';
import {
	ATTEMPT_PREFIX,
	isStoredResult,
	readAttempt,
	resultKey,
	STUDENT_NAME_KEY
} from './assignments';
import { decodeAssignment } from '../quiz/assignment';
import { cleanName, decodeResult } from '../quiz/result-code';
import {
	ACTIVE_DECK_KEY,
	DECK_PREFIX,
	deckKey,
	isRemovedDeck,
	readStoredDeck,
	storedDeckRecord
} from './decks';
import {
	cardKey,
	CARD_PREFIX,
	LOG_PREFIX,
	logKey,
	PENDING_PREFIX,
	pendingKey,
	relearnKey,
	SCHEMA_KEY
} from './keys';
import { openKV, type KV } from './kv';
import { RESULT_PREFIX } from './result-keys';
import { guardSchema, NewerDataError, ownSchema, SCHEMA_VERSION } from './schema';
import { isStoredQuiz, QUIZ_PREFIX, quizKey } from './quizzes';
import {
	readPendingReview,
	readReviewRecord,
	readStoredCard,
	type PendingReview,
	type StoredCard
} from './records';

export const BACKUP_FORMAT = 1;
/** A year of daily study is about 2 MB; this leaves room and still refuses a wrong file early. */
export const MAX_BACKUP_BYTES = 20 * 1024 * 1024;
const MAX_ENTRIES = 500_000;

export interface Backup {
	app: 'belarus-study';
	kind: 'backup';
	format: number;
	/** The storage schema (`meta:schema`) the records are in. */
	schema: number;
	exportedAt: string;
	entries: [string, unknown][];
}

/** What a backup holds, by kind, for the page to say. */
export interface BackupCounts {
	cards: number;
	reviews: number;
	decks: number;
	quizzes: number;
	results: number;
	attempts: number;
}

type Kind = keyof BackupCounts | 'setting';

/** What a reader makes of a record: the value to keep, or undefined when it is not readable. */
type Reader = (key: string, value: unknown) => Promise<unknown>;

/** Keeps a throw from reaching the caller: a reader that throws found nothing readable. */
const safely =
	(read: Reader): Reader =>
	async (key, value) => {
		try {
			return await read(key, value);
		} catch {
			return undefined;
		}
	};

/** A record that reads, and belongs under the key it is stored at (not copied to another). */
const keyedBy =
	<T>(
		read: (value: unknown) => { success: true; output: T } | { success: false },
		keyOf: (record: T) => string
	): Reader =>
	async (key, value) => {
		const parsed = read(value);
		return parsed.success && keyOf(parsed.output) === key ? parsed.output : undefined;
	};

interface KeyKind {
	/** The key's prefix, or the whole key when `exact`. */
	prefix: string;
	exact?: true;
	kind: Kind;
	/**
	 * Progress (cards and reviews): one unreadable record and the whole backup is refused, as a
	 * schedule missing some of its reviews is not the learner's. Anything else unreadable is
	 * skipped and said.
	 */
	progress?: true;
	read: Reader;
}

/** Every key a backup may carry: its kind, and the reader its value must pass. */
const KINDS: KeyKind[] = (
	[
		{
			prefix: CARD_PREFIX,
			kind: 'cards',
			progress: true,
			read: keyedBy(readStoredCard, (card) => cardKey(card.itemId))
		},
		{
			prefix: LOG_PREFIX,
			kind: 'reviews',
			progress: true,
			read: keyedBy(readReviewRecord, (r) => logKey(new Date(r.at), r.itemId))
		},
		{
			// A review an answer owes, not written yet (its tab closed first): a review to keep.
			prefix: PENDING_PREFIX,
			kind: 'reviews',
			progress: true,
			read: keyedBy(readPendingReview, (p) => pendingKey(new Date(p.at), p.itemId))
		},
		{
			prefix: DECK_PREFIX,
			kind: 'decks',
			// As an imported fact file: under its own id, not the built-in deck's, plain text.
			read: async (key, value) => {
				const deck = readStoredDeck(value, parseFactFile);
				return deck?.id === key.slice(DECK_PREFIX.length) &&
					!appRuleProblems(deck.file, BUILTIN_DECK_ID).length
					? storedDeckRecord(value) // its fields only, not whatever else the file held
					: undefined;
			}
		},
		{
			prefix: QUIZ_PREFIX,
			kind: 'quizzes',
			// Decoded as the teacher's page will: listed under its own id, or not at all.
			read: async (key, value) => {
				if (!isStoredQuiz(value)) return undefined;
				const quiz = await decodeAssignment((value as { fragment: string }).fragment);
				return quiz.ok && quizKey(quiz.value.id) === key ? value : undefined;
			}
		},
		{
			prefix: RESULT_PREFIX,
			kind: 'results',
			read: async (key, value) => {
				if (!isStoredResult(value)) return undefined;
				const result = await decodeResult((value as { code: string }).code);
				return result.ok && resultKey(result.value.assignmentId, result.value.student) === key
					? value
					: undefined;
			}
		},
		{
			prefix: ATTEMPT_PREFIX,
			kind: 'attempts',
			read: async (key, value) => readAttempt(value, key.slice(ATTEMPT_PREFIX.length))
		},
		{
			prefix: ACTIVE_DECK_KEY,
			exact: true,
			kind: 'setting',
			read: async (_key, value) =>
				value === null || (typeof value === 'string' && /^[a-z0-9][a-z0-9-]{0,63}$/.test(value))
					? value
					: undefined
		},
		{
			prefix: STUDENT_NAME_KEY,
			exact: true,
			kind: 'setting',
			read: async (_key, value) =>
				typeof value === 'string' && value.length <= 200 ? cleanName(value) : undefined
		}
	] satisfies KeyKind[]
).map((k) => ({ ...k, read: safely(k.read) }));

function kindOf(key: string) {
	return KINDS.find((k) => (k.exact ? key === k.prefix : key.startsWith(k.prefix)));
}

const noCounts = (): BackupCounts => ({
	cards: 0,
	reviews: 0,
	decks: 0,
	quizzes: 0,
	results: 0,
	attempts: 0
});

function countOf(entries: [string, unknown][]): BackupCounts {
	const counts = noCounts();
	for (const [key] of entries) {
		const kind = kindOf(key)?.kind;
		if (kind && kind !== 'setting') counts[kind]++;
	}
	return counts;
}

/**
 * The backup of these stored entries, and how many records of a kind it keeps could not be read
 * and were left out (a record an older version wrote that no longer reads). A deleted deck is
 * left out without being counted.
 */
export async function makeBackup(
	stored: [string, unknown][],
	now: Date
): Promise<{ backup: Backup; counts: BackupCounts; left: number }> {
	const entries: [string, unknown][] = [];
	let left = 0;
	for (const [key, value] of stored) {
		// The app writes string keys only: another key is not its record (IndexedDB allows it).
		const kind = typeof key === 'string' ? kindOf(key) : undefined;
		if (!kind || (key.startsWith(DECK_PREFIX) && isRemovedDeck(value))) continue;
		const kept = await kind.read(key, value);
		if (kept === undefined) left++;
		else entries.push([key, kept]);
	}
	entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
	return {
		backup: {
			app: 'belarus-study',
			kind: 'backup',
			format: BACKUP_FORMAT,
			schema: SCHEMA_VERSION,
			exportedAt: now.toISOString(),
			entries
		},
		counts: countOf(entries),
		left
	};
}

/** Named by the learner's own date (not UTC's: at 01:00 in Minsk that is still yesterday). */
export function backupFileName(now: Date): string {
	const two = (n: number) => String(n).padStart(2, '0');
	const day = `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`;
	return `belarus-study-backup-${day}.json`;
}

const EnvelopeSchema = v.object({
	app: v.literal('belarus-study'),
	kind: v.literal('backup'),
	format: v.pipe(v.number(), v.integer(), v.minValue(1)),
	schema: v.pipe(v.number(), v.integer(), v.minValue(1)),
	exportedAt: v.pipe(v.string(), v.isoTimestamp()),
	entries: v.pipe(v.array(v.tuple([v.string(), v.unknown()])), v.maxLength(MAX_ENTRIES))
});

export type ReadBackup =
	| { ok: true; backup: Backup; exportedAt: Date; counts: BackupCounts; skipped: number }
	| { ok: false; message: string };

const NOT_A_BACKUP = 'This file is not a Belarus Study backup.';

/**
 * Checks a backup file's text, every record of it; a message says what is wrong. The backup it
 * gives holds only what the readers accept (extra fields dropped); `skipped` counts decks,
 * quizzes, results and attempts that could not be read.
 */
export async function readBackup(text: string, now = new Date()): Promise<ReadBackup> {
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch {
		return { ok: false, message: `${NOT_A_BACKUP} It is not JSON (is it the whole file?).` };
	}
	const head = json as Partial<Backup> | null;
	if (typeof head !== 'object' || head === null || head.app !== 'belarus-study') {
		const factFile = typeof head === 'object' && head !== null && 'facts' in head;
		return {
			ok: false,
			message: factFile
				? `${NOT_A_BACKUP} It looks like a fact file: load it under “Load your own fact file”.`
				: NOT_A_BACKUP
		};
	}
	if (
		(typeof head.format === 'number' && head.format > BACKUP_FORMAT) ||
		(typeof head.schema === 'number' && head.schema > SCHEMA_VERSION)
	)
		return {
			ok: false,
			message:
				'This backup was made by a newer version of Belarus Study. Update the app (reload it while online), then restore the backup.'
		};
	const envelope = v.safeParse(EnvelopeSchema, json);
	if (!envelope.success || envelope.output.schema !== SCHEMA_VERSION)
		return {
			ok: false,
			message: 'This backup is damaged: its header is not as the app writes it.'
		};
	// A review dated far ahead of this device's clock is not a real one (a forged file, or a
	// clock set weeks ahead): restored, it would win over every real review and date the next
	// ones wrongly. A clock a few days off, as phones have, is tolerated: the app writes such
	// dates itself (a clock ahead, then put right), and a backup it made must restore.
	const latest = now.getTime() + FUTURE_TOLERANCE_MS;
	const future = `it is dated more than ${FUTURE_TOLERANCE_DAYS} days after today: the clock of the device that made it was wrong. Its reviews are not restored; the progress on this device is unchanged.`;
	if (Date.parse(envelope.output.exportedAt) > latest)
		return { ok: false, message: `This backup cannot be restored: ${future}` };
	const seen = new Set<string>();
	const entries: [string, unknown][] = [];
	let skipped = 0;
	for (const [i, [key, value]] of envelope.output.entries.entries()) {
		const kind = kindOf(key);
		const where = `record ${i + 1} (“${key.slice(0, 60)}”)`;
		if (!kind)
			return {
				ok: false,
				message: `This backup is damaged: ${where} is of no kind the app keeps.`
			};
		if (seen.has(key))
			return { ok: false, message: `This backup is damaged: ${where} appears twice.` };
		seen.add(key);
		const kept = await kind.read(key, value);
		if (kind.progress && kept !== undefined && reviewedAt(kept) > latest)
			return { ok: false, message: `This backup cannot be restored: ${where}: ${future}` };
		if (kept !== undefined) entries.push([key, kept]);
		else if (kind.progress)
			return { ok: false, message: `This backup is damaged: ${where} is not readable.` };
		else skipped++;
	}
	const backup: Backup = { ...(envelope.output as Backup), entries };
	return {
		ok: true,
		backup,
		exportedAt: new Date(backup.exportedAt),
		counts: countOf(entries),
		skipped
	};
}

/** How far ahead of this device's clock a backup's dates may be (see `readBackup`). */
const FUTURE_TOLERANCE_DAYS = 30;
const FUTURE_TOLERANCE_MS = FUTURE_TOLERANCE_DAYS * 24 * 60 * 60_000;

/** When a card was last reviewed, or a review given (or owed). */
const reviewedAt = (record: unknown) => {
	const { last_review, at } = record as { last_review?: number; at?: number };
	return at ?? last_review ?? 0;
};

/** The more recently reviewed of two states of one card (the one with more reviews on a tie). */
function newer(here: StoredCard, there: StoredCard): boolean {
	const at = (card: StoredCard) => card.last_review ?? -1;
	return at(there) > at(here) || (at(there) === at(here) && there.reps > here.reps);
}

/** A stored result's code, if the value is one. */
const codeOf = (value: unknown) => (isStoredResult(value) ? (value as { code: string }).code : '');

/**
 * Does the backup's result replace the one stored under the same key? As when codes are pasted:
 * the one submitted later wins, or, for a quiz with retakes off (`firstCounts`), the earlier;
 * and any readable one wins over one that cannot be read. `submitted` holds both codes' times,
 * read before the transaction; a code it does not know (stored meanwhile) stays.
 */
function newerResult(
	here: unknown,
	there: unknown,
	submitted: ReadonlyMap<string, number>,
	firstCounts: boolean
) {
	// A stored value that is no result at all is replaced, as an unreadable code is (-Infinity).
	const mine = isStoredResult(here) ? submitted.get(codeOf(here)) : -Infinity;
	const theirs = submitted.get(codeOf(there));
	if (mine === undefined || theirs === undefined) return false;
	return firstCounts && mine !== -Infinity ? theirs !== -Infinity && theirs < mine : theirs > mine;
}

/** The quiz a `result:<assignmentId>:<student>` key is for. */
const quizOfResult = (key: string) => key.slice(RESULT_PREFIX.length).split(':')[0] ?? '';

/**
 * Is the backup's card (or owed review) from before its question was reset on this device (a new
 * version of its deck changed the answer)? Then what the learner knew of the old answer stays out.
 */
function fromBeforeRelearn(stored: ReadonlyMap<string, unknown>, key: string, value: unknown) {
	let itemId: string, at: number;
	if (key.startsWith(CARD_PREFIX)) {
		({ itemId } = value as StoredCard);
		at = (value as StoredCard).last_review ?? -1;
	} else if (key.startsWith(PENDING_PREFIX)) {
		({ itemId, at } = value as PendingReview);
	} else return false;
	const since = stored.get(relearnKey(itemId));
	return typeof since === 'number' && at < since;
}

/**
 * Does the backup's deck come back in place of what is stored (`here`)? Only over a deck deleted
 * here, and only the version that was deleted (or one whose deletion kept nothing): another
 * version would not match what the learner knows now, nor what a later import compares with.
 */
function revives(here: unknown, there: unknown): boolean {
	if (!isRemovedDeck(here)) return false;
	const kept = (here as { values?: unknown } | null)?.values;
	const values = factValues((there as { file: FactFile }).file);
	return !Array.isArray(kept) || JSON.stringify(kept) === JSON.stringify(values);
}

/**
 * What restoring `backup` over what is stored writes: entries only the backup has, cards whose
 * backup state is the more recent and results submitted later (by `submitted`, code → time).
 * Cards and owed reviews from before their question's answer changed here are left out; a deck
 * deleted here comes back when it is the version deleted.
 * Nothing stored is removed, and the deck in use is never set to a deck this device lacks.
 */
export function planRestore(
	stored: ReadonlyMap<string, unknown>,
	backup: Backup,
	submitted: ReadonlyMap<string, number> = new Map(),
	firstCounts: ReadonlySet<string> = new Set()
): [string, unknown][] {
	const inBackup = new Map(backup.entries);
	// The deck in use must be one this device will have: a deck the backup skipped is not.
	const hasDeck = (id: string) => {
		const [here, there] = [stored.get(deckKey(id)), inBackup.get(deckKey(id))];
		if (here !== undefined && !isRemovedDeck(here)) return true;
		return there !== undefined && (here === undefined || revives(here, there));
	};
	return backup.entries.filter(([key, value]) => {
		if (key === ACTIVE_DECK_KEY && typeof value === 'string' && !hasDeck(value)) return false;
		if (fromBeforeRelearn(stored, key, value)) return false;
		const here = stored.get(key);
		if (here === undefined) return true;
		if (key.startsWith(DECK_PREFIX)) return revives(here, value);
		if (key.startsWith(RESULT_PREFIX))
			return newerResult(here, value, submitted, firstCounts.has(quizOfResult(key)));
		if (!key.startsWith(CARD_PREFIX)) return false;
		const mine = readStoredCard(here);
		return !mine.success || newer(mine.output, value as StoredCard);
	});
}

/** When each result code of the backup, and of what is stored under the same key, was submitted. */
async function submittedTimes(kv: KV, backup: Backup): Promise<Map<string, number>> {
	const times = new Map<string, number>();
	const note = async (value: unknown) => {
		const code = codeOf(value);
		if (!code || times.has(code)) return;
		const read = await decodeResult(code);
		times.set(code, read.ok ? read.value.submittedAt : -Infinity);
	};
	for (const [key, value] of backup.entries)
		if (key.startsWith(RESULT_PREFIX)) {
			await note(value);
			await note(await kv.get(key));
		}
	return times;
}

/**
 * The quizzes of the backup's results that count a student's first attempt (retakes off), as the
 * quiz stored here says, or else the backup's copy of it.
 */
async function firstAttemptQuizzes(kv: KV, backup: Backup): Promise<Set<string>> {
	const inBackup = new Map(backup.entries);
	const ids = new Set(
		backup.entries
			.filter(([key]) => key.startsWith(RESULT_PREFIX))
			.map(([key]) => quizOfResult(key))
	);
	const first = new Set<string>();
	for (const id of ids) {
		const quiz = (await kv.get(quizKey(id))) ?? inBackup.get(quizKey(id));
		if (!isStoredQuiz(quiz)) continue;
		const read = await decodeAssignment((quiz as { fragment: string }).fragment);
		if (read.ok && !read.value.settings.allowRetake) first.add(id);
	}
	return first;
}

export type Restored =
	{ ok: true; written: BackupCounts; total: number } | { ok: false; message: string };

const NEWER_DATA =
	'This device holds data from a newer version of Belarus Study, which this version leaves alone. Reload the app while online to update it.';

/** The stored schema version, or a refusal when the data is a newer app's. */
async function schemaOf(
	kv: KV
): Promise<{ ok: true; schema: unknown } | { ok: false; message: string }> {
	const schema = await kv.get(SCHEMA_KEY);
	return ownSchema(schema) ? { ok: true, schema } : { ok: false, message: NEWER_DATA };
}

/**
 * Restores a checked backup into the store: what is stored is read, merged and written in one
 * transaction, so a grade another tab saves meanwhile is not written over.
 */
export async function restoreBackup(kv: KV, backup: Backup): Promise<Restored> {
	const here = await schemaOf(kv);
	if (!here.ok) return here;
	const submitted = await submittedTimes(kv, backup);
	const firstCounts = await firstAttemptQuizzes(kv, backup);
	let writes: [string, unknown][] = [];
	try {
		// Only into data of this schema, checked again in the write's own transaction.
		await guardSchema(kv).change(null, (all) => {
			writes = planRestore(new Map(all), backup, submitted, firstCounts);
			return { entries: writes, deletions: [] };
		});
	} catch (error) {
		if (error instanceof NewerDataError) return { ok: false, message: NEWER_DATA };
		throw error;
	}
	return { ok: true, written: countOf(writes), total: writes.length };
}

/** The backup of this device's store, or why there is none to make. */
export async function backupOfDevice(
	now: Date,
	dbName?: string
): Promise<
	{ ok: true; backup: Backup; counts: BackupCounts; left: number } | { ok: false; message: string }
> {
	const kv = await openKV(dbName);
	const here = await schemaOf(kv);
	if (!here.ok) return here;
	return { ok: true, ...(await makeBackup(await kv.entries(), now)) };
}

/** Restores a checked backup into this device's store. */
export async function restoreToDevice(backup: Backup, dbName?: string): Promise<Restored> {
	return restoreBackup(await openKV(dbName), backup);
}
