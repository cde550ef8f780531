import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtinFactFile } from './deck';
import { parseFactFile } from './facts/parse';

const text = (file: string) => readFileSync(new URL(`../content/${file}`, import.meta.url), 'utf8');

describe('the built-in deck', () => {
	it('is used without re-validation because it is valid and parsing changes nothing', () => {
		const texts = Object.fromEntries(builtinFactFile.documents.map((d) => [d.id, text(d.file)]));
		const parsed = parseFactFile(structuredClone(builtinFactFile), texts);
		expect(parsed.ok && parsed.file).toEqual(builtinFactFile);
	});
});
