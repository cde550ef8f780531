import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtinBankJson } from './builtin-bank-source';
import { builtinFactFile, deck, DECK_SEED } from './builtin-deck';
import { BUILTIN_DECK_ID } from './deck-seed';
import { parseFactFile } from './facts/parse';
import { generateItems } from './items/generate';

const text = (file: string) => readFileSync(new URL(`../content/${file}`, import.meta.url), 'utf8');

describe('the built-in deck', () => {
	it('is used without re-validation because it is valid and parsing changes nothing', () => {
		const texts = Object.fromEntries(builtinFactFile.documents.map((d) => [d.id, text(d.file)]));
		const parsed = parseFactFile(structuredClone(builtinFactFile), texts);
		expect(parsed.ok && parsed.file).toEqual(builtinFactFile);
	});
});

describe('the built-in item bank', () => {
	it('is exactly what the generator makes from the fact file (run `npm run bank` if not)', () => {
		expect(text('builtin-bank.json')).toBe(builtinBankJson());
	});

	it('has the deck id the app reserves for it', () => {
		expect(builtinFactFile.deck.id).toBe(BUILTIN_DECK_ID);
	});

	it('expands to the generated items, field for field and in the same order', () => {
		const generated = generateItems(builtinFactFile, DECK_SEED);
		expect(deck.items).toEqual(generated);
		expect(JSON.stringify(deck.items)).toBe(JSON.stringify(generated));
	});
});
