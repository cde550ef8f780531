/**
 * Storing an imported deck: only /decks imports, so this loads then, not with every page.
 */
import {
	ACTIVE_DECK_KEY,
	deckKey,
	RECORD_VERSION,
	type NewDeck,
	type StoredDeckRecord
} from './decks';
import { cardKey, relearnKey } from './keys';
import type { KV } from './kv';

/**
 * Stores a deck (replacing one with the same id) and, unless told otherwise, makes it the
 * active deck, in one transaction. `relearn`: items whose answer the new version changed;
 * their cards are removed in the same transaction, so they are learnt again as new (their
 * reviews stay in the log), and the time is kept (`relearnKey`) so that restoring an older
 * backup does not bring those cards back. Resolves to the items that had a card.
 */
export async function saveDeck(
	kv: KV,
	deck: NewDeck,
	now: Date,
	{ activate = true, relearn = [] as readonly string[] } = {}
): Promise<string[]> {
	const record: StoredDeckRecord = {
		v: RECORD_VERSION,
		importedAt: now.getTime(),
		file: deck.file,
		sources: { ...deck.sources }
	};
	const entries: [string, unknown][] = [[deckKey(deck.file.deck.id), record]];
	if (activate) entries.push([ACTIVE_DECK_KEY, deck.file.deck.id]);
	// A backup made before now must not bring back what they knew of the old answer.
	for (const itemId of relearn) entries.push([relearnKey(itemId), now.getTime()]);
	let learnt: string[] = [];
	await kv.change(relearn.map(cardKey), (cards) => {
		learnt = relearn.filter((_, i) => cards[i]?.[1] !== undefined);
		return { entries, deletions: learnt.map(cardKey) };
	});
	return learnt;
}
