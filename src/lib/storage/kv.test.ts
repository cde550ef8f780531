import { afterEach, describe, expect, it } from 'vitest';
import { openKV } from './kv';

describe('openKV without IndexedDB (private mode, blocked storage)', () => {
	const real = globalThis.indexedDB;
	afterEach(() => {
		globalThis.indexedDB = real;
	});

	it('gives every store of the tab the same memory, so a backup sees what study wrote', async () => {
		// @ts-expect-error -- a browser that has no IndexedDB
		delete globalThis.indexedDB;
		const progress = await openKV('no-idb');
		const backup = await openKV('no-idb');
		expect(progress.persistent).toBe(false);
		await progress.write([['card:x', 1]], []);
		expect(await backup.entries()).toEqual([['card:x', 1]]);
		expect(await (await openKV('another-db')).entries()).toEqual([]);
	});
});

describe('openKV when IndexedDB never answers', () => {
	const real = globalThis.indexedDB;
	afterEach(() => {
		globalThis.indexedDB = real;
	});

	it('works in memory after the wait instead of hanging', async () => {
		// An open request whose events never fire.
		globalThis.indexedDB = { open: () => ({}) } as unknown as IDBFactory;
		const kv = await openKV('silent-db', 50);
		expect(kv.persistent).toBe(false);
		// IndexedDB answering later does not split the tab: the stores keep the same memory.
		globalThis.indexedDB = real;
		expect(await openKV('silent-db', 50)).toBe(kv);
	});
});

describe('openKV when reading IndexedDB itself throws (storage blocked by the browser)', () => {
	const real = Object.getOwnPropertyDescriptor(globalThis, 'indexedDB');
	afterEach(() => {
		if (real) Object.defineProperty(globalThis, 'indexedDB', real);
	});

	it('works in memory, as with none', async () => {
		Object.defineProperty(globalThis, 'indexedDB', {
			configurable: true,
			get() {
				throw new DOMException('The operation is insecure.', 'SecurityError');
			}
		});
		const kv = await openKV('throwing-db');
		expect(kv.persistent).toBe(false);
		await kv.write([['card:x', 1]], []);
		expect(await kv.entries()).toEqual([['card:x', 1]]);
	});
});
