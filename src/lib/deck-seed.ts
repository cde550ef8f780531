/** The built-in deck's seed, fixed, so an item's options are the same on every device and start. */
export const DECK_SEED = 'belarus-study-1';

/** The built-in fact file's deck id (builtin-deck.test.ts checks it against the file). */
export const BUILTIN_DECK_ID = 'belarus-releases';
