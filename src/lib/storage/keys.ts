/** Every key of the one idb-keyval store. Prefixes sort, so a prefix is a key range. */
export const SCHEMA_KEY = 'meta:schema';
export const SETTINGS_KEY = 'meta:settings';
export const CARD_PREFIX = 'card:';
export const LOG_PREFIX = 'log:';

export const cardKey = (itemId: string) => `${CARD_PREFIX}${itemId}`;
/**
 * When a question's card was removed because a new version of its deck changed the answer (ms):
 * a card from before then (an older backup's) is not brought back. Kept on this device only.
 */
export const RELEARN_PREFIX = 'relearn:';
export const relearnKey = (itemId: string) => `${RELEARN_PREFIX}${itemId}`;
/** ISO time first, so the logs of a period are one key range. */
export const logKey = (at: Date, itemId: string) => `${LOG_PREFIX}${at.toISOString()}:${itemId}`;
/**
 * A review an answer owes the schedule, written in the same transaction as the answer (an
 * assignment's), and removed in the same transaction as the review it becomes: a tab closed in
 * between leaves it here, and the next page that loads the learner writes the review.
 */
export const PENDING_PREFIX = 'pending:';
export const pendingKey = (at: Date, itemId: string) =>
	`${PENDING_PREFIX}${at.toISOString()}:${itemId}`;
