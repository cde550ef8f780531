/**
 * Opening a store of the one database: IndexedDB, or this tab's memory when IndexedDB is missing
 * (`memory`) or holds data of a newer schema (`newer-data`: left untouched, as progress leaves it).
 * No version yet is a first visit: progress writes it when it opens.
 */
import { SCHEMA_KEY } from './keys';
import { memoryKV, openKV, type KV } from './kv';
import { SCHEMA_VERSION, type StoreMode } from './progress';

export async function openStore(dbName?: string): Promise<{ kv: KV; mode: StoreMode }> {
	const kv = await openKV(dbName);
	if (!kv.persistent) return { kv, mode: 'memory' };
	const version = await kv.get(SCHEMA_KEY).catch(() => undefined);
	if (version === undefined || version === SCHEMA_VERSION) return { kv, mode: 'persistent' };
	return { kv: memoryKV(), mode: 'newer-data' };
}
