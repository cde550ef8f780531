/** What src/content/builtin-bank.json must hold: the built-in items, generated and compacted. */
import { builtinFactFile } from './builtin-facts';
import { DECK_SEED } from './deck-seed';
import { compactItems } from './items/bank';
import { generateItems } from './items/generate';

export function builtinBankJson(): string {
	const items = generateItems(builtinFactFile, DECK_SEED);
	return `${JSON.stringify(compactItems(items, builtinFactFile))}\n`;
}
