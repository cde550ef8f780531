import { describe, expect, it } from 'vitest';
import { indexDistractors } from './distractors';
import { fact, factFile, releaseFile, with_ } from './fixtures';
import { seededRng } from './random';
import type { FactFile } from '../facts/schema';

const byId = (file: FactFile, id: string) => {
	const found = file.facts.find((f) => f.id === id);
	if (!found) throw new Error(id);
	return found;
};

describe('the trap rule: true of the same relation for another subject', () => {
	const file = releaseFile();
	const index = indexDistractors(file);
	const r52 = byId(file, 'r52');
	const unnamed = byId(file, 'unnamed');

	it('recognises the other release’s number as a trap', () => {
		expect(index.isTrap(r52, '123')).toBe(true);
		expect(index.isTrap(r52, '75')).toBe(false);
		expect(index.hasTraps(r52)).toBe(true);
	});

	it('offers the trap only when the wording names the event', () => {
		expect(index.candidates(r52, true)).toContain('123');
		expect(index.candidates(r52, false)).not.toContain('123');
		expect(index.candidates(unnamed, false)).not.toContain('123');
		expect(index.candidates(unnamed, false)).not.toContain('52');
	});

	it('takes a fair trap first: it is the most instructive wrong answer', () => {
		// 123 (the other release) and 80 (a fact that fails to name its release) are both traps.
		for (let seed = 0; seed < 20; seed++)
			expect(['123', '80']).toContain(index.choose(r52, true, 3, seededRng(String(seed)))[0]);
	});

	it('never offers what is stated for the same subject and relation', () => {
		const file = factFile([
			fact('a', '52', 'count', 'release', 'number released'),
			fact('b', '50', 'count', 'release', 'number released'),
			fact('c', '75', 'count', 'other', 'other relation')
		]);
		const index = indexDistractors(file);
		expect(index.candidates(byId(file, 'a'), true)).toEqual(['75']);
		expect(index.isTrue(byId(file, 'a'), '50')).toBe(true);
	});
});

describe('distractors as things, not strings', () => {
	it('respects notDistractors', () => {
		const file = releaseFile();
		file.facts = file.facts.map((f) =>
			f.id === 'laureate' ? with_(f, { notDistractors: ['Maria Kolesnikova', 'Ihar Losik'] }) : f
		);
		const candidates = indexDistractors(file).candidates(byId(file, 'laureate'), true);
		expect(candidates).not.toContain('Maria Kolesnikova');
		expect(candidates).not.toContain('Ihar Losik');
		expect(candidates).toContain('John Coale');
	});

	it('never offers another spelling of the key (aliases, transliterations)', () => {
		const file = factFile(
			[
				with_(fact('ruler', 'Alexander Lukashenko', 'person'), { aliases: ['Lukašenka'] }),
				fact('x', 'Lukašenka', 'person'),
				fact('y', 'Аляксандр Лукашэнка', 'person'),
				fact('z', 'John Coale', 'person')
			],
			[{ type: 'person', value: 'Ihar Losik' }]
		);
		expect(indexDistractors(file).candidates(byId(file, 'ruler'), true)).toEqual([
			'John Coale',
			'Ihar Losik'
		]);
	});

	it('never offers two people of the same surname, nor one sharing the key’s', () => {
		const file = factFile(
			[
				fact('a', 'Ales Bialiatski', 'person'),
				fact('b', 'Maria Bialiatski', 'person'),
				fact('c', 'Volha Losik', 'person'),
				fact('d', 'Ihar Losik', 'person'),
				fact('e', 'John Coale', 'person')
			],
			[]
		);
		expect(indexDistractors(file).candidates(byId(file, 'a'), true)).toEqual([
			'Volha Losik',
			'John Coale'
		]);
	});

	it('offers only values of the same type', () => {
		const file = releaseFile();
		for (const value of indexDistractors(file).candidates(byId(file, 'laureate'), true))
			expect(value).not.toMatch(/^\d+$/);
	});
});

describe('choose', () => {
	const years = factFile(
		['1991', '1994', '2020'].map((y, i) => fact(`y${i}`, y, 'year', `event ${i}`, `relation ${i}`)),
		['1900', '1950', '1985', '2003', '2008', '2013'].map((value) => ({ type: 'year', value }))
	);

	it('takes numbers from those nearest the key', () => {
		const index = indexDistractors(years);
		for (let seed = 0; seed < 30; seed++) {
			const picked = index.choose(byId(years, 'y0'), true, 3, seededRng(String(seed)));
			expect(picked).toHaveLength(3);
			// The six nearest to 1991: 1994, 1985, 2003, 2008, 1950 / 2013 — never 1900.
			expect(picked).not.toContain('1900');
			expect(new Set(picked).size).toBe(3);
		}
	});

	it('takes values written like the key: an article does not single the answer out', () => {
		const groups = factFile(
			[
				fact('eu', 'an EU staff member', 'group', 'release', 'included, besides others'),
				fact('j', 'journalists', 'group', 'protest', 'was joined by')
			],
			[
				'judges',
				'bankers',
				'police officers',
				'a US diplomat',
				'a UN observer',
				'an OSCE monitor'
			].map((value) => ({ type: 'group' as const, value }))
		);
		const index = indexDistractors(groups);
		for (let seed = 0; seed < 30; seed++) {
			const rng = () => seededRng(String(seed));
			expect(index.choose(byId(groups, 'eu'), true, 3, rng())).toEqual(
				expect.arrayContaining([expect.stringMatching(/^an? /)])
			);
			for (const value of index.choose(byId(groups, 'eu'), true, 3, rng()))
				expect(value).toMatch(/^an? /);
			for (const value of index.choose(byId(groups, 'j'), true, 3, rng()))
				expect(value).not.toMatch(/^an? /);
		}
		// Too few of its form: the rest are still filled.
		expect(index.choose(byId(groups, 'eu'), true, 5, seededRng('s'))).toHaveLength(5);
	});

	it('is deterministic for a stream and returns fewer when the pool runs out', () => {
		const index = indexDistractors(years);
		const y0 = byId(years, 'y0');
		expect(index.choose(y0, true, 3, seededRng('s', 'x'))).toEqual(
			index.choose(y0, true, 3, seededRng('s', 'x'))
		);
		expect(index.choose(y0, true, 20, seededRng('s'))).toHaveLength(8);
	});

	it('leaves out what `reject` refuses', () => {
		const file = releaseFile();
		const picked = indexDistractors(file).choose(
			byId(file, 'laureate'),
			true,
			5,
			seededRng('s'),
			(v) => v.includes('Coale')
		);
		expect(picked).not.toContain('John Coale');
	});
});
