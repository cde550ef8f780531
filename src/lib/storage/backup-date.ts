/**
 * When this device last made a backup, for the reminders (the study end screen, /decks): a small
 * module of its own, so that saying it does not load the backup code.
 * Stores: `meta:last-backup` → ms. Not in backups (a device's own fact, like `relearn:`).
 */
import { openStore } from './open-store';

/** When this device last downloaded a backup (ms): kept on this device only, not in backups. */
export const LAST_BACKUP_KEY = 'meta:last-backup';

/** Notes a backup just made. Best effort: a reminder too many is better than a failed download. */
export async function noteBackupMade(now: Date, dbName?: string): Promise<void> {
	const { kv } = await openStore(dbName);
	await kv.setMany([[LAST_BACKUP_KEY, now.getTime()]]).catch(() => {});
}

/**
 * When this device last made a backup; undefined when never, or when what is stored is no moment
 * up to now (damaged, or written while the clock was ahead): then the reminder comes.
 */
export async function lastBackupMade(now: Date, dbName?: string): Promise<Date | undefined> {
	const { kv } = await openStore(dbName);
	const at: unknown = await kv.get(LAST_BACKUP_KEY).catch(() => undefined);
	return typeof at === 'number' && at > 0 && at <= now.getTime() ? new Date(at) : undefined;
}

/** Days after a backup when the learner is reminded to make another. */
export const REMIND_AFTER_DAYS = 7;

/**
 * Should the learner be reminded to back up? When progress is kept only in this browser (not
 * marked persistent: Safari clears an unused site's storage after 7 days) and the last backup
 * is older than a week, or there is none.
 */
export function backupDue(last: Date | undefined, now: Date, persisted: boolean): boolean {
	if (persisted) return false;
	return !last || now.getTime() - last.getTime() > REMIND_AFTER_DAYS * 86_400_000;
}
