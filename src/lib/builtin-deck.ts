/**
 * The built-in deck, whole, for Node: tests, scripts and the prerenderer. The items were
 * generated at build time (npm run bank) with the fixed seed; builtin-deck.test.ts proves the
 * shipped bank is exactly what the generator makes. In the browser the same two JSON files are
 * fetched instead (state/builtin-deck.ts), so this data never ships inside the JavaScript.
 */
import bank from '../content/builtin-bank.json';
import { builtinFactFile } from './builtin-facts';
import { deckFromBank } from './deck';
import type { CompactItem } from './items/bank';

export { builtinFactFile };
export { DECK_SEED } from './deck-seed';
export const deck = deckFromBank(builtinFactFile, bank as unknown as CompactItem[]);
