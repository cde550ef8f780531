/**
 * Opening a store of the one database: IndexedDB, or this tab's memory when IndexedDB is missing
 * (`memory`) or holds data of a newer schema (`newer-data`: left untouched, as progress leaves it).
 * No version yet is a first visit: the first write (or progress, when it opens) writes it.
 */
import { SCHEMA_KEY } from './keys';
import { memoryKV, openKV, type KV } from './kv';
import type { StoreMode } from './progress';
import { guardSchema, ownSchema } from './schema';

export async function openStore(dbName?: string): Promise<{ kv: KV; mode: StoreMode }> {
	const kv = await openKV(dbName);
	if (!kv.persistent) return { kv, mode: 'memory' };
	const version = await kv.get(SCHEMA_KEY).catch(() => undefined);
	// Checked again in every write: a newer version may open in another tab later.
	if (ownSchema(version)) return { kv: guardSchema(kv), mode: 'persistent' };
	return { kv: memoryKV(), mode: 'newer-data' };
}
