import 'fake-indexeddb/auto';
import { createStore, set } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import { backupOfDevice } from './backup';
import {
	backupDue,
	LAST_BACKUP_KEY,
	lastBackupMade,
	noteBackupMade,
	REMIND_AFTER_DAYS
} from './backup-date';
import { SCHEMA_KEY } from './keys';
import { SCHEMA_VERSION } from './schema';

let n = 0;
const freshDb = () => `backup-date-db-${++n}`;
const day = 86_400_000;

describe('the last backup made on this device', () => {
	it('is none at first, then the moment the last one was made', async () => {
		const db = freshDb();
		const now = new Date('2026-12-08T10:00:00Z');
		expect(await lastBackupMade(now, db)).toBeUndefined();
		await noteBackupMade(new Date('2026-12-01T10:00:00Z'), db);
		await noteBackupMade(new Date('2026-12-07T10:00:00Z'), db);
		expect(await lastBackupMade(now, db)).toEqual(new Date('2026-12-07T10:00:00Z'));
		// Made while the clock was ahead: not a moment up to now, so the reminder is not put off.
		expect(await lastBackupMade(new Date('2026-12-06T10:00:00Z'), db)).toBeUndefined();
	});

	it('reads a damaged record as none', async () => {
		const db = freshDb();
		const raw = createStore(db, 'kv');
		await set(SCHEMA_KEY, SCHEMA_VERSION, raw);
		for (const junk of ['yesterday', -5, Number.NaN, { at: 1 }, 1e20, Infinity]) {
			await set(LAST_BACKUP_KEY, junk, raw);
			expect(await lastBackupMade(new Date(), db)).toBeUndefined();
		}
	});

	it('is this device’s own: a backup does not carry it to another device', async () => {
		const db = freshDb();
		await noteBackupMade(new Date('2026-12-07T10:00:00Z'), db);
		const made = await backupOfDevice(new Date('2026-12-07T10:01:00Z'), db);
		expect(made.ok && made.backup.entries.map(([key]) => key)).not.toContain(LAST_BACKUP_KEY);
		expect(made.ok && made.left).toBe(0);
	});
});

describe('the reminder to back up', () => {
	const now = new Date('2026-12-07T10:00:00Z');
	it('comes when there is no backup, or none for a week, while the browser may clear the data', () => {
		expect(backupDue(undefined, now, false)).toBe(true);
		expect(backupDue(new Date(now.getTime() - (REMIND_AFTER_DAYS + 1) * day), now, false)).toBe(
			true
		);
		expect(backupDue(new Date(now.getTime() - 2 * day), now, false)).toBe(false);
	});

	it('does not come when the browser has promised to keep the data', () => {
		expect(backupDue(undefined, now, true)).toBe(false);
	});
});
