/** The built-in deck's items, generated here as the app has them, for tests that answer them. */
import { readFileSync } from 'node:fs';
import { parseFactFile } from '../src/lib/facts/parse';
import { generateItems } from '../src/lib/items/generate';
import type { Item } from '../src/lib/items/types';

/** The app's deck seed (src/lib/deck-seed.ts). */
const DECK_SEED = 'belarus-study-1';
const parsed = parseFactFile(
	JSON.parse(readFileSync(new URL('../src/content/facts.json', import.meta.url), 'utf8'))
);
if (!parsed.ok) throw new Error('The built-in fact file does not parse');
export const bank = generateItems(parsed.file, DECK_SEED);
export const ofKind = <K extends Item['kind']>(kind: K) =>
	bank.filter((i): i is Extract<Item, { kind: K }> => i.kind === kind);

/** The question types, as the quiz and the teacher's page label them. */
export const KINDS = [
	'Multiple choice',
	'True or false',
	'Fill in the blank',
	'Matching',
	'Timeline'
];
