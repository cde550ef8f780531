/**
 * The app's deck as assignment links name it. Its own module: the teacher's pages need it
 * without the student's attempt (and its scheduler).
 */
import type { DeckIdentity } from '../quiz/assignment';
import { deckHash } from '../quiz/deck-hash';
import { builtinDeck } from './builtin-deck';

let identity: Promise<DeckIdentity> | undefined;

/** The app's deck as links name it: id, content hash, its items. Computed once per tab. */
export function deckIdentity(): Promise<DeckIdentity> {
	const deck = builtinDeck();
	identity ??= deckHash({ file: deck.file, items: deck.items }).then((hash) => ({
		id: deck.file.deck.id,
		hash,
		has: (id: string) => deck.item(id) !== undefined
	}));
	return identity;
}
