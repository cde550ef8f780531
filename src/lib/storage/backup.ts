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
import * as v from 'valibot';
import { parseFactFile } from '../facts/parse';
import {
	ATTEMPT_PREFIX,
	isStoredResult,
	readAttempt,
	RESULT_PREFIX,
	STUDENT_NAME_KEY
} from './assignments';
import { ACTIVE_DECK_KEY, DECK_PREFIX, readStoredDeck } from './decks';
import { cardKey, CARD_PREFIX, LOG_PREFIX, logKey, SCHEMA_KEY } from './keys';
import { openKV, type KV } from './kv';
import { SCHEMA_VERSION } from './progress';
import { isStoredQuiz, QUIZ_PREFIX } from './quizzes';
import { readReviewRecord, readStoredCard, type StoredCard } from './records';

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

/** Keeps the first throw from reaching the caller: a check that throws is a check that fails. */
const safely =
	(check: (key: string, value: unknown) => boolean) => (key: string, value: unknown) => {
		try {
			return check(key, value);
		} catch {
			return false;
		}
	};

interface KeyKind {
	/** The key's prefix, or the whole key when `exact`. */
	prefix: string;
	exact?: true;
	kind: Kind;
	/** Is this value a readable record for this key? */
	check: (key: string, value: unknown) => boolean;
}

/** Every key a backup may carry: its kind, and the check its value must pass. */
const KINDS: KeyKind[] = (
	[
		{
			prefix: CARD_PREFIX,
			kind: 'cards',
			check: (key, value) => {
				const read = readStoredCard(value);
				return read.success && cardKey(read.output.itemId) === key;
			}
		},
		{
			prefix: LOG_PREFIX,
			kind: 'reviews',
			check: (key, value) => {
				const read = readReviewRecord(value);
				return read.success && logKey(new Date(read.output.at), read.output.itemId) === key;
			}
		},
		{
			prefix: DECK_PREFIX,
			kind: 'decks',
			check: (key, value) =>
				readStoredDeck(value, parseFactFile)?.id === key.slice(DECK_PREFIX.length)
		},
		{ prefix: QUIZ_PREFIX, kind: 'quizzes', check: (_key, value) => isStoredQuiz(value) },
		{ prefix: RESULT_PREFIX, kind: 'results', check: (_key, value) => isStoredResult(value) },
		{
			prefix: ATTEMPT_PREFIX,
			kind: 'attempts',
			check: (key, value) => readAttempt(value, key.slice(ATTEMPT_PREFIX.length)) !== undefined
		},
		{
			prefix: ACTIVE_DECK_KEY,
			exact: true,
			kind: 'setting',
			check: (_key, value) => typeof value === 'string' || value === null
		},
		{
			prefix: STUDENT_NAME_KEY,
			exact: true,
			kind: 'setting',
			check: (_key, value) => typeof value === 'string' && value.length <= 200
		}
	] satisfies KeyKind[]
).map((k) => ({ ...k, check: safely(k.check) }));

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

/** The backup of these stored entries (records of no known kind, like a deleted deck, are left out). */
export function makeBackup(
	stored: [string, unknown][],
	now: Date
): { backup: Backup; counts: BackupCounts } {
	const entries = stored.filter(([key, value]) => value !== null && kindOf(key)?.check(key, value));
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
		counts: countOf(entries)
	};
}

export const backupFileName = (now: Date) =>
	`belarus-study-backup-${now.toISOString().slice(0, 10)}.json`;

const EnvelopeSchema = v.object({
	app: v.literal('belarus-study'),
	kind: v.literal('backup'),
	format: v.pipe(v.number(), v.integer(), v.minValue(1)),
	schema: v.pipe(v.number(), v.integer(), v.minValue(1)),
	exportedAt: v.pipe(v.string(), v.isoTimestamp()),
	entries: v.pipe(v.array(v.tuple([v.string(), v.unknown()])), v.maxLength(MAX_ENTRIES))
});

export type ReadBackup =
	| { ok: true; backup: Backup; exportedAt: Date; counts: BackupCounts }
	| { ok: false; message: string };

const NOT_A_BACKUP = 'This file is not a Belarus Study backup.';

/** Checks a backup file's text, every record of it; a message says what is wrong. */
export function readBackup(text: string): ReadBackup {
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
	const seen = new Set<string>();
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
		if (!kind.check(key, value))
			return { ok: false, message: `This backup is damaged: ${where} is not readable.` };
	}
	const backup = envelope.output as Backup;
	return {
		ok: true,
		backup,
		exportedAt: new Date(backup.exportedAt),
		counts: countOf(backup.entries)
	};
}

/** The more recently reviewed of two states of one card (the one with more reviews on a tie). */
function newer(here: StoredCard, there: StoredCard): boolean {
	const at = (card: StoredCard) => card.last_review ?? -1;
	return at(there) > at(here) || (at(there) === at(here) && there.reps > here.reps);
}

/**
 * What restoring `backup` over what is stored writes: entries only the backup has, and cards
 * whose backup state is the more recent. Nothing stored is removed.
 */
export function planRestore(
	stored: ReadonlyMap<string, unknown>,
	backup: Backup
): [string, unknown][] {
	return backup.entries.filter(([key, value]) => {
		const here = stored.get(key);
		if (here === undefined) return true;
		if (here === null) return key.startsWith(DECK_PREFIX); // a deck deleted here
		if (!key.startsWith(CARD_PREFIX)) return false;
		const mine = readStoredCard(here);
		return !mine.success || newer(mine.output, value as StoredCard);
	});
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
	return schema === undefined || schema === SCHEMA_VERSION
		? { ok: true, schema }
		: { ok: false, message: NEWER_DATA };
}

/** Restores a checked backup into the store, in one transaction. */
export async function restoreBackup(kv: KV, backup: Backup): Promise<Restored> {
	const here = await schemaOf(kv);
	if (!here.ok) return here;
	const writes = planRestore(new Map(await kv.entries()), backup);
	const total = writes.length;
	await kv.write(
		here.schema === undefined ? [...writes, [SCHEMA_KEY, SCHEMA_VERSION]] : writes,
		[]
	);
	return { ok: true, written: countOf(writes), total };
}

/** The backup of this device's store, or why there is none to make. */
export async function backupOfDevice(
	now: Date,
	dbName?: string
): Promise<{ ok: true; backup: Backup; counts: BackupCounts } | { ok: false; message: string }> {
	const kv = await openKV(dbName);
	const here = await schemaOf(kv);
	if (!here.ok) return here;
	return { ok: true, ...makeBackup(await kv.entries(), now) };
}

/** Restores a checked backup into this device's store. */
export async function restoreToDevice(backup: Backup, dbName?: string): Promise<Restored> {
	return restoreBackup(await openKV(dbName), backup);
}
