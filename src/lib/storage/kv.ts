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
	/**
	 * Reads `keys` (undefined when not there), or with `keys` null every entry, and writes what
	 * `plan` makes of them, in one transaction: no other write falls between the read and the
	 * write. `plan` returns null to write nothing; the result says whether anything was written.
	 */
	change(
		keys: string[] | null,
		plan: (read: [string, unknown][]) => Change | null
	): Promise<boolean>;
	/**
	 * Values whose keys start with `prefix`, sort at or after `from` (default: all) and, with
	 * `before`, sort before it.
	 */
	valuesWithPrefix(prefix: string, from?: string, before?: string): Promise<unknown[]>;
	/** Every key starting with `prefix`, with its value, in key order (one transaction). */
	entriesWithPrefix(prefix: string): Promise<[string, unknown][]>;
}

/** What a `change` writes: entries to put, keys to remove. */
export interface Change {
	entries: [string, unknown][];
	deletions: string[];
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
	const change: KV['change'] = (keys, plan) =>
		store(
			'readwrite',
			(s) =>
				new Promise<boolean>((resolve, reject) => {
					const apply = (read: [string, unknown][]) => {
						try {
							const writes = plan(read);
							if (!writes) return resolve(false);
							for (const [key, value] of writes.entries) s.put(value, key);
							for (const key of writes.deletions) s.delete(key);
							promisifyRequest(s.transaction).then(() => resolve(true), reject);
						} catch (error) {
							s.transaction.abort();
							reject(error);
						}
					};
					if (keys === null) {
						const allKeys = s.getAllKeys();
						const values = s.getAll();
						values.onsuccess = () =>
							apply((allKeys.result as string[]).map((k, i) => [k, values.result[i]]));
						values.onerror = () => reject(values.error);
					} else {
						const requests = keys.map((key) => s.get(key));
						const last = requests.at(-1);
						if (!last) return apply([]);
						last.onsuccess = () => apply(keys.map((key, i) => [key, requests[i]?.result]));
						last.onerror = () => reject(last.error);
					}
				})
		);
	return {
		persistent: true,
		change,
		get: (key) => get(key, store),
		setMany: (entries) => write(entries, []),
		update: (key, next) => update(key, next, store),
		deleteMany: (keys) => write([], keys),
		write,
		entries: () => entries<string, unknown>(store),
		valuesWithPrefix: (prefix, from = prefix, before) =>
			store('readonly', (s) =>
				promisifyRequest(
					s.getAll(
						IDBKeyRange.bound(from, before ?? `${prefix}\uffff`, false, before !== undefined)
					)
				)
			),
		entriesWithPrefix: (prefix) =>
			store('readonly', async (s) => {
				const range = IDBKeyRange.bound(prefix, `${prefix}\uffff`);
				const [keys, values] = await Promise.all([
					promisifyRequest(s.getAllKeys(range)),
					promisifyRequest(s.getAll(range))
				]);
				return (keys as string[]).map((key, i): [string, unknown] => [key, values[i]]);
			})
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
		change: async (keys, plan) => {
			const read: [string, unknown][] = (keys ?? [...data.keys()].sort()).map((key) => [
				key,
				structuredClone(data.get(key))
			]);
			const writes = plan(read);
			if (!writes) return false;
			await write(writes.entries, writes.deletions);
			return true;
		},
		get: async (key) => structuredClone(data.get(key)),
		setMany: (entries) => write(entries, []),
		update: async (key, next) => {
			data.set(key, structuredClone(next(structuredClone(data.get(key)))));
		},
		deleteMany: (keys) => write([], keys),
		write,
		entries: async () => [...data].map(([key, value]) => [key, structuredClone(value)]),
		valuesWithPrefix: async (prefix, from = prefix, before) =>
			[...data.keys()]
				.filter((k) => k.startsWith(prefix) && k >= from && (before === undefined || k < before))
				.sort()
				.map((k) => structuredClone(data.get(k))),
		entriesWithPrefix: async (prefix) =>
			[...data.keys()]
				.filter((k) => k.startsWith(prefix))
				.sort()
				.map((k) => [k, structuredClone(data.get(k))])
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
	// Once in memory, the whole tab stays there: its stores must not split between the two.
	const decided = memories.get(dbName);
	if (decided) return decided;
	try {
		// Inside the try: a browser that blocks storage may throw on the mere reading of it.
		if (typeof indexedDB === 'undefined') return memory();
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
