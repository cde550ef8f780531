import { describe, expect, it } from 'vitest';
import { compactItems, expandItems } from './bank';
import { fact, factFile } from './fixtures';
import { generateItems } from './generate';

const file = factFile([
	fact('a', '1991', 'year'),
	fact('b', '1994', 'year'),
	fact('c', '2020', 'year'),
	fact('d', '2001', 'year')
]);
const items = generateItems(file, 'seed');

describe('compact item bank', () => {
	it('round-trips every item, field order included', () => {
		const back = expandItems(compactItems(items, file), file);
		expect(JSON.stringify(back)).toBe(JSON.stringify(items));
	});

	it('leaves out the quotes the fact file already holds', () => {
		const compact = compactItems(items, file);
		for (const item of compact) expect([item.source, item.sources]).toEqual(['fact', 'fact']);
		expect(JSON.stringify(compact).length).toBeLessThan(JSON.stringify(items).length);
	});

	it('keeps a source that is not its fact’s sentence as it is', () => {
		const [first] = items;
		if (!first) throw new Error('no items');
		const odd = { ...first, source: { ...first.source, quote: 'Another sentence.' } };
		const compact = compactItems([odd], file);
		expect(compact[0]?.source).toEqual(odd.source);
		expect(expandItems(compact, file)).toEqual([odd]);
	});

	it('refuses a bank that names a fact the file lacks', () => {
		const compact = compactItems(items, file);
		const other = factFile([fact('z', '1999', 'year')]);
		expect(() => expandItems(compact, other)).toThrow(/lacks/);
	});
});
