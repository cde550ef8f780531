import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { occursIn } from './verbatim';

describe('occursIn', () => {
	it('finds whole sentences, parts of sentences and overlapping quotes', () => {
		const text = 'The U.S. lifted sanctions on potash. Belarus released 123 prisoners.';
		expect(
			occursIn(text, [
				'The U.S. lifted sanctions on potash.',
				'released 123',
				'potash. Belarus',
				'released 52',
				'The U.S. lifted sanctions on potash!',
				'',
				text,
				`${text} `
			])
		).toEqual([true, true, true, false, false, true, true, false]);
	});

	it('tells quotes apart that share a prefix or a suffix', () => {
		expect(occursIn('abcab', ['abc', 'abd', 'cab', 'bcab', 'ab', 'b', 'bb'])).toEqual([
			true,
			false,
			true,
			true,
			true,
			true,
			false
		]);
	});

	it('compares code unit for code unit: accents, case and Cyrillic count', () => {
		expect(occursIn('Białacki, Бяляцкі.', ['Bialacki', 'białacki', 'Białacki', 'Бяляцкі'])).toEqual(
			[false, false, true, true]
		);
	});

	it('agrees with String.prototype.includes on random texts', () => {
		const small = fc.string({ unit: fc.constantFrom('a', 'b', 'c', '.', ' ') });
		fc.assert(
			fc.property(small, fc.array(small, { maxLength: 12 }), (text, quotes) => {
				expect(occursIn(text, quotes)).toEqual(quotes.map((q) => text.includes(q)));
			})
		);
	});

	it('stays linear on a repetitive text and long near-miss quotes', () => {
		const text = 'a'.repeat(2_000_000);
		const quotes = Array.from({ length: 2_000 }, (_, i) => `${'a'.repeat(990)}b${i}`);
		const started = performance.now();
		expect(occursIn(text, quotes).some(Boolean)).toBe(false);
		expect(performance.now() - started).toBeLessThan(2_000);
	});
});
