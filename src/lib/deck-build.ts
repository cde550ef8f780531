/** A deck generated from any fact file: what an imported deck needs, loaded only for one. */
import { deckOf, type Deck } from './deck';
import { DECK_SEED } from './deck-seed';
import type { FactFile } from './facts/schema';
import { generateItems } from './items/generate';

export { changedItems } from './items/changed';

export function buildDeck(file: FactFile, seed = DECK_SEED): Deck {
	return deckOf(file, generateItems(file, seed));
}
