import { describe, expect, it } from 'vitest';
import { context } from './context';
import { fact, factFile, releaseFile, with_ } from './fixtures';
import { multipleChoiceDraft, multipleChoices, OPTION_COUNT, withKey } from './mcq';
import type { FactFile } from '../facts/schema';
import type { MultipleChoice } from './types';

function mcqs(file: FactFile, seed = 's'): MultipleChoice[] {
	const ctx = context(file, seed);
	return multipleChoices(
		file.facts.flatMap((f) => multipleChoiceDraft(ctx, f) ?? []),
		seed
	);
}
const find = (list: MultipleChoice[], id: string) => list.find((m) => m.id === `${id}:mcq`);

describe('multiple choice', () => {
	it('has the key and three wrong options of its type, all distinct', () => {
		for (const m of mcqs(releaseFile())) {
			expect(m.options).toHaveLength(OPTION_COUNT);
			expect(m.options[m.answerIndex]).toBe(m.answer);
			expect(new Set(m.options).size).toBe(OPTION_COUNT);
		}
	});

	it('offers the other release’s number only when the question names its release', () => {
		const offered = new Set<string>();
		for (let seed = 0; seed < 30; seed++) {
			const list = mcqs(releaseFile(), String(seed));
			// "… after an appeal from Donald Trump": named, so 123 (or 80, which a fact states for
			// the same relation) is a fair and tempting option — and one of them is always offered.
			const options = find(list, 'r52')?.options ?? [];
			expect(options.filter((o) => o === '123' || o === '80').length).toBeGreaterThan(0);
			for (const o of options) offered.add(o);
			// "How many political prisoners were released?" names no release: 52 and 123 are out.
			expect(find(list, 'unnamed')?.options).not.toContain('52');
			expect(find(list, 'unnamed')?.options).not.toContain('123');
		}
		expect(offered).toContain('123');
	});

	it('keeps both released people apart: each question names its release and role', () => {
		for (let seed = 0; seed < 30; seed++) {
			const list = mcqs(releaseFile(), String(seed));
			for (const id of ['laureate', 'leader']) {
				const m = find(list, id);
				expect(m?.prompt).toMatch(/123/);
				expect(m?.prompt).toMatch(/laureate|opposition leader/);
			}
		}
	});

	it('never offers a value the question itself mentions', () => {
		const file = releaseFile();
		file.facts = file.facts.map((f) =>
			f.id === 'envoy'
				? with_(f, { question: 'Who was the envoy who talked with Lukashenko about potash?' })
				: f
		);
		for (let seed = 0; seed < 30; seed++)
			expect(find(mcqs(file, String(seed)), 'envoy')?.options).not.toContain(
				'Alexander Lukashenko'
			);
	});

	it('never offers "all of the above" or "none of the above"', () => {
		const file = factFile(
			[fact('a', 'Poland', 'country'), fact('b', 'Latvia', 'country')],
			[
				{ type: 'country', value: 'All of the above' },
				{ type: 'country', value: 'None of the above' },
				{ type: 'country', value: 'Germany' }
			]
		);
		// Never generated, and refused even when a fact file offers them.
		for (const m of mcqs(file)) for (const o of m.options) expect(o).not.toMatch(/^(all|none) of/i);
	});

	it('makes no question from free-text concepts', () => {
		const file = factFile(
			['a thaw', 'reform', 'dialogue', 'a bargaining chip'].map((v, i) =>
				fact(`c${i}`, v, 'concept', `s${i}`, `r${i}`)
			)
		);
		expect(mcqs(file)).toEqual([]);
	});

	it('spreads the key evenly over A–D across a deck', () => {
		const file = factFile(
			Array.from({ length: 41 }, (_, i) =>
				fact(`f${i}`, String(1900 + i), 'year', `s${i}`, `r${i}`)
			)
		);
		const list = mcqs(file);
		expect(list).toHaveLength(41);
		const counts = [0, 1, 2, 3].map((p) => list.filter((m) => m.answerIndex === p).length);
		expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
	});

	it('attributes an assessment', () => {
		const file = releaseFile();
		file.facts = file.facts.map((f) =>
			f.id === 'envoy' ? with_(f, { status: { kind: 'assessment', by: 'the document' } }) : f
		);
		expect(find(mcqs(file), 'envoy')?.prompt).toMatch(/^According to the document/);
	});
});

describe('withKey', () => {
	it('puts the key at the given position', () => {
		expect(withKey(['a', 'b', 'c'], 'K', 0)).toEqual(['K', 'a', 'b', 'c']);
		expect(withKey(['a', 'b', 'c'], 'K', 3)).toEqual(['a', 'b', 'c', 'K']);
	});
});
