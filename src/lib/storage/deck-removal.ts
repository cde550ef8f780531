/**
 * Deleting an imported deck keeps what it gave as each fact's value, in place of the deck under
 * `deck:<id>`: its cards stay (deleting a deck keeps what was learnt), so a corrected version
 * imported later still resets the questions whose answer it changed (`items/changed.ts`).
 */
import * as v from 'valibot';
import { parseFactFile } from '../facts/parse';
import { factValues } from '../facts/values';
import { ACTIVE_DECK_KEY, deckKey, readStoredDeck } from './decks';
import type { KV } from './kv';

const RemovedDeckSchema = v.object({
	v: v.literal(1),
	removedAt: v.pipe(v.number(), v.integer(), v.minValue(0)),
	values: v.array(v.tuple([v.string(), v.string()]))
});

/** What the stored or deleted version of deck `id` gives as each fact's value, if readable. */
export async function valuesBefore(kv: KV, id: string): Promise<[string, string][] | undefined> {
	const value = await kv.get(deckKey(id));
	const removed = v.safeParse(RemovedDeckSchema, value);
	if (removed.success) return removed.output.values;
	const deck = readStoredDeck(value, parseFactFile);
	return deck && deck.id === id ? factValues(deck.file) : undefined;
}

/**
 * Puts the deck's values in place of the deck (null when it cannot be read) and, when it was the
 * deck in use, makes the built-in deck the one in use: one transaction.
 */
export async function removeDeck(kv: KV, id: string, now: Date): Promise<void> {
	const key = deckKey(id);
	await kv.change([key, ACTIVE_DECK_KEY], ([stored, active]) => {
		const entries: [string, unknown][] = [];
		// Deleted already (in another tab): what it kept stays. No such deck: nothing to keep.
		if (stored?.[1] !== undefined && !v.is(RemovedDeckSchema, stored[1])) {
			const deck = readStoredDeck(stored[1], parseFactFile);
			const values = deck?.id === id ? factValues(deck.file) : undefined;
			entries.push([key, values ? { v: 1, removedAt: now.getTime(), values } : null]);
		}
		if (active?.[1] === id) entries.push([ACTIVE_DECK_KEY, null]);
		return { entries, deletions: [] };
	});
}
