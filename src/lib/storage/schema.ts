/**
 * The schema version of everything in the one store, and the rule that goes with it: data a
 * newer version of the app wrote is never touched. Each store checks it when it opens; a newer
 * version may still open in another tab later, so every write checks it again, in the write's
 * own transaction (`guardSchema`).
 */
import { SCHEMA_KEY } from './keys';
import type { KV } from './kv';

/** Bump with a migration whenever the stored shapes change. */
export const SCHEMA_VERSION = 1;

/** No version yet (a first visit) or this one: this app may write. Anything else it leaves alone. */
export const ownSchema = (version: unknown) => version === undefined || version === SCHEMA_VERSION;

/**
 * The data was moved on to a newer schema since this tab opened it (a newer version of the app,
 * in another tab): this tab writes nothing more into it.
 */
export class NewerDataError extends Error {
	constructor() {
		super('A newer version of the app, open in another tab, has updated the data on this device.');
	}
}

/**
 * The store, with every write made only into data of this schema: the version is read in the
 * write's own transaction, and a newer one throws `NewerDataError` with nothing written. Data
 * with no version yet gets this one in the same transaction. Memory needs no guard.
 */
export function guardSchema(kv: KV): KV {
	if (!kv.persistent) return kv;
	const change: KV['change'] = (keys, plan) =>
		kv.change(keys && [...keys, SCHEMA_KEY], (read) => {
			const version = keys ? read.at(-1)?.[1] : read.find(([key]) => key === SCHEMA_KEY)?.[1];
			if (!ownSchema(version)) throw new NewerDataError();
			const writes = plan(keys ? read.slice(0, -1) : read);
			if (!writes || version !== undefined) return writes;
			return { ...writes, entries: [...writes.entries, [SCHEMA_KEY, SCHEMA_VERSION]] };
		});
	const write: KV['write'] = async (entries, deletions) => {
		await change([], () => ({ entries, deletions }));
	};
	return {
		...kv,
		change,
		write,
		setMany: (entries) => write(entries, []),
		deleteMany: (keys) => write([], keys),
		update: async (key, next) => {
			await change([key], ([entry]) => ({ entries: [[key, next(entry?.[1])]], deletions: [] }));
		}
	};
}
