/** Every key of the one idb-keyval store. Prefixes sort, so a prefix is a key range. */
export const SCHEMA_KEY = 'meta:schema';
export const SETTINGS_KEY = 'meta:settings';
export const CARD_PREFIX = 'card:';
export const LOG_PREFIX = 'log:';

export const cardKey = (itemId: string) => `${CARD_PREFIX}${itemId}`;
/** ISO time first, so the logs of a period are one key range. */
export const logKey = (at: Date, itemId: string) => `${LOG_PREFIX}${at.toISOString()}:${itemId}`;
