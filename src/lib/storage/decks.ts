/**
 * Fact files a teacher imported, in the one idb-keyval store (the same database as progress).
 *
 * Stores: `deck:<deckId>` (the validated fact file, the source texts supplied with it, when it was
 * imported; once deleted, only its facts' values, see `remove`) and `meta:active-deck` (the id of
 * the deck in use; absent or null: the built-in deck).
 * Writes: only when the user imports, activates or deletes a deck; an import stores the deck and
 * makes it active in one transaction (a new version also removes the cards of the questions whose
 * answer it changed: they are learnt again), a delete removes it (and un-activates it) in one.
 * Every record read back is validated again (shape, then the fact file with its quotes): a corrupt
 * one is skipped and reported in `problems`, never shown half-read.
 * Failure: no IndexedDB → memory for the session (`persistent: false`); data saved by a newer
 * schema → nothing is read or written, the session works in memory; a failed write rejects and
 * changes nothing (one transaction), so the caller can say so.
 */
import type { parseFactFile } from '../facts/parse';
import type { FactFile } from '../facts/schema';
import type { KV } from './kv';
import { openStore } from './open-store';
import type { StoreMode } from './progress';

export const DECK_PREFIX = 'deck:';
export const ACTIVE_DECK_KEY = 'meta:active-deck';
export const deckKey = (deckId: string) => `${DECK_PREFIX}${deckId}`;

/** Bump (with a reader for the old shape) whenever the stored record changes. */
export const RECORD_VERSION = 1;

/** A deck as stored (see `deck-save.ts`). */
export interface StoredDeckRecord {
	v: typeof RECORD_VERSION;
	importedAt: number;
	/** Validated again on every read, with the texts below. */
	file: unknown;
	/** Document id → the source text supplied at import (documents without one: quotes unchecked). */
	sources: Record<string, string>;
}

/**
 * The record's own shape (its fact file is checked next); read by hand, as in `records.ts`.
 * A new object of these fields only: a restore stores this, not what the backup held.
 */
export function storedDeckRecord(value: unknown): StoredDeckRecord | undefined {
	if (typeof value !== 'object' || value === null) return undefined;
	const { v, importedAt, file, sources } = value as Record<string, unknown>;
	if (v !== RECORD_VERSION || !isTextRecord(sources)) return undefined;
	// From 1970 to 2200 (as records.ts): past that, "loaded on" would read "Invalid Date".
	const known = typeof importedAt === 'number' && Number.isInteger(importedAt);
	if (!known || importedAt < 0 || importedAt > Date.UTC(2200, 0, 1)) return undefined;
	return { v, importedAt, file, sources };
}

/**
 * A `deck:` record that is no deck: a deleted deck's values (`deck-removal.ts`), or null (how
 * older versions marked a deleted deck). Neither is listed, nor backed up.
 */
export const isRemovedDeck = (value: unknown) =>
	value === null || (typeof value === 'object' && 'removedAt' in value);

/** A plain object whose own values are all strings. */
function isTextRecord(value: unknown): value is Record<string, string> {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
	return Object.values(value).every((text) => typeof text === 'string');
}

export interface StoredDeck {
	id: string;
	file: FactFile;
	/** Document id → source text; a null-prototype object, safe for any id. */
	sources: Record<string, string>;
	importedAt: Date;
}

/** A fact file and its source texts, as they are saved. */
export interface NewDeck {
	file: FactFile;
	sources: Record<string, string>;
}

/** A null-prototype copy: a key like "constructor" never finds Object.prototype's. */
export function plainRecord(entries: Iterable<[string, string]>): Record<string, string> {
	const record: Record<string, string> = Object.create(null);
	for (const [key, value] of entries) record[key] = value;
	return record;
}

/** Checks a stored value: undefined when it is not a readable deck. */
export function readStoredDeck(
	value: unknown,
	parse: typeof parseFactFile
): StoredDeck | undefined {
	const record = storedDeckRecord(value);
	if (!record) return undefined;
	const sources = plainRecord(Object.entries(record.sources));
	let parsed;
	try {
		parsed = parse(record.file, sources);
	} catch {
		return undefined;
	}
	if (!parsed.ok) return undefined;
	return {
		id: parsed.file.deck.id,
		file: parsed.file,
		sources,
		importedAt: new Date(record.importedAt)
	};
}

export class DeckStore {
	readonly problems: string[] = [];
	readonly mode: StoreMode;
	#kv: KV;

	private constructor(kv: KV, mode: StoreMode) {
		this.#kv = kv;
		this.mode = mode;
	}

	static async open(dbName?: string): Promise<DeckStore> {
		const { kv, mode } = await openStore(dbName);
		return new DeckStore(kv, mode);
	}

	/** Every readable stored deck, by title. Unreadable records are skipped and reported. */
	async list(): Promise<StoredDeck[]> {
		const decks: StoredDeck[] = [];
		let skipped = 0;
		const stored = (await this.#kv.entriesWithPrefix(DECK_PREFIX)).filter(
			([, value]) => !isRemovedDeck(value)
		);
		if (!stored.length) return decks;
		// Most learners have no deck of their own: the parser loads only when one is stored.
		const { parseFactFile } = await import('../facts/parse');
		for (const [key, value] of stored) {
			const deck = readStoredDeck(value, parseFactFile);
			// Under its own id only: a copy under another key would list one deck twice.
			if (deck && deckKey(deck.id) === key) decks.push(deck);
			else skipped++;
		}
		if (skipped)
			this.problems.push(
				`${skipped} saved deck${skipped > 1 ? 's' : ''} could not be read and ${skipped > 1 ? 'were' : 'was'} skipped.`
			);
		return decks.sort(
			(a, b) => a.file.deck.title.localeCompare(b.file.deck.title) || a.id.localeCompare(b.id)
		);
	}

	/** The id of the deck in use, or null for the built-in deck. */
	async activeId(): Promise<string | null> {
		const id = await this.#kv.get(ACTIVE_DECK_KEY);
		return typeof id === 'string' ? id : null;
	}

	/**
	 * Stores a deck and makes it the active one, removing the cards of the questions whose answer
	 * it changed (`relearn`), in one transaction: see `saveDeck` (loaded only when it is needed).
	 */
	async save(
		deck: NewDeck,
		now: Date,
		options?: { activate?: boolean; relearn?: readonly string[] }
	): Promise<string[]> {
		return (await import('./deck-save')).saveDeck(this.#kv, deck, now, options);
	}

	/** Makes a stored deck the active one, or the built-in deck when `id` is null. */
	async activate(id: string | null): Promise<void> {
		await this.#kv.setMany([[ACTIVE_DECK_KEY, id]]);
	}

	/**
	 * What the stored version of a deck gives as each fact's value (`[factId, value]`), read from
	 * the deck or, once deleted, from what `remove` kept. Undefined when there is none, or it
	 * cannot be read. (Only /decks needs it: loaded then.)
	 */
	async valuesBefore(id: string): Promise<[string, string][] | undefined> {
		return (await import('./deck-removal')).valuesBefore(this.#kv, id);
	}

	/**
	 * Deletes a stored deck, keeping only its facts' values, so a corrected version imported later
	 * still resets what it changed; when it was the active one, the built-in deck becomes active.
	 * One transaction.
	 */
	async remove(id: string, now: Date): Promise<void> {
		await (await import('./deck-removal')).removeDeck(this.#kv, id, now);
	}
}
