/**
 * The key-value store under everything: one IndexedDB database with one object store, through
 * idb-keyval. When IndexedDB cannot be opened (private mode, blocked storage) it falls back to
 * memory for the session and says so through `persistent: false`; callers never see the error.
 */
import { createStore, entries, get, promisifyRequest, update, type UseStore } from 'idb-keyval';

export interface KV {
	persistent: boolean;
	get(key: string): Promise<unknown>;
	/** All entries in one transaction: all are written or none. */
	setMany(entries: [string, unknown][]): Promise<void>;
	/** Reads a value and writes what `next` makes of it, in one transaction (no write between). */
	update(key: string, next: (old: unknown) => unknown): Promise<void>;
	/** Removes these keys in one transaction: all are removed or none. Missing keys are fine. */
	deleteMany(keys: string[]): Promise<void>;
	/** Writes `entries` and removes `deletions` in one transaction: all of it or nothing. */
	write(entries: [string, unknown][], deletions: string[]): Promise<void>;
	/** Every key and value (a backup). */
	entries(): Promise<[string, unknown][]>;
	/** Values whose keys start with `prefix` and sort at or after `from` (default: all). */
	valuesWithPrefix(prefix: string, from?: string): Promise<unknown[]>;
}

export const DB_NAME = 'belarus-study';
const STORE_NAME = 'kv';

function idbKV(store: UseStore): KV {
	// Like idb-keyval's setMany, but a put or delete that throws (e.g. a value that cannot be
	// cloned, an invalid key) aborts the transaction instead of letting the writes before it commit.
	const write: KV['write'] = (entries, deletions) =>
		store('readwrite', (s) => {
			try {
				for (const [key, value] of entries) s.put(value, key);
				for (const key of deletions) s.delete(key);
			} catch (error) {
				s.transaction.abort();
				throw error;
			}
			return promisifyRequest(s.transaction);
		});
	return {
		persistent: true,
		get: (key) => get(key, store),
		setMany: (entries) => write(entries, []),
		update: (key, next) => update(key, next, store),
		deleteMany: (keys) => write([], keys),
		write,
		entries: () => entries<string, unknown>(store),
		valuesWithPrefix: (prefix, from = prefix) =>
			store('readonly', (s) =>
				promisifyRequest(s.getAll(IDBKeyRange.bound(from, `${prefix}\uffff`)))
			)
	};
}

export function memoryKV(): KV {
	const data = new Map<string, unknown>();
	const write: KV['write'] = async (entries, deletions) => {
		// Clone everything first, so a value that cannot be stored leaves nothing half-written.
		const copies = entries.map(([key, value]) => [key, structuredClone(value)] as const);
		for (const [key, value] of copies) data.set(key, value);
		for (const key of deletions) data.delete(key);
	};
	return {
		persistent: false,
		get: async (key) => structuredClone(data.get(key)),
		setMany: (entries) => write(entries, []),
		update: async (key, next) => {
			data.set(key, structuredClone(next(structuredClone(data.get(key)))));
		},
		deleteMany: (keys) => write([], keys),
		write,
		entries: async () => [...data].map(([key, value]) => [key, structuredClone(value)]),
		valuesWithPrefix: async (prefix, from = prefix) =>
			[...data.keys()]
				.filter((k) => k.startsWith(prefix) && k >= from)
				.sort()
				.map((k) => structuredClone(data.get(k)))
	};
}

/** This tab's memory in place of each database that cannot be opened: one, shared by every store. */
const memories = new Map<string, KV>();

/** How long opening the database may take before the tab works in memory instead. */
export const OPEN_TIMEOUT_MS = 10_000;

/**
 * Opens the database, or memory when IndexedDB is missing, refuses to open, or never answers
 * (a browser bug seen in Safari: the open request never fires).
 */
export async function openKV(dbName = DB_NAME, timeoutMs = OPEN_TIMEOUT_MS): Promise<KV> {
	const memory = () => {
		const kv = memories.get(dbName) ?? memoryKV();
		memories.set(dbName, kv);
		return kv;
	};
	if (typeof indexedDB === 'undefined') return memory();
	try {
		const kv = idbKV(createStore(dbName, STORE_NAME));
		let timer: ReturnType<typeof setTimeout> | undefined;
		const silence = new Promise<never>((_, reject) => {
			timer = setTimeout(() => reject(new Error('IndexedDB did not answer')), timeoutMs);
		});
		await Promise.race([kv.get('meta:probe'), silence]).finally(() => clearTimeout(timer));
		return kv;
	} catch {
		return memory();
	}
}

/** Asks the browser not to evict our data (Safari evicts unused sites' storage after 7 days). */
export async function requestPersistence(): Promise<boolean> {
	try {
		return (await globalThis.navigator?.storage?.persist?.()) ?? false;
	} catch {
		return false;
	}
}
