import { describe, expect, it } from 'vitest';
import { context } from './context';
import { fact, factFile, releaseFile, with_ } from './fixtures';
import { sentenceOf } from './sentence';
import type { Fact, FactFile } from '../facts/schema';

const of = (file: FactFile, id: string, seed = 's') =>
	sentenceOf(context(file, seed), file.facts.find((f) => f.id === id) as Fact);

describe('sentenceOf', () => {
	it('splits the sentence around the value, with wrong values for the blank', () => {
		const s = of(releaseFile(), 'r123');
		expect(s?.before).toBe('The US lifted sanctions on potash in exchange for the release of ');
		expect(s?.after).toBe(' political prisoners.');
		expect(s?.wrong).toHaveLength(3);
	});

	it('finds the other release’s number fair when the rest of the sentence names the release', () => {
		// "… sanctions on potash …" names the release of 123 without its number.
		const wrong = new Set<string>();
		for (let seed = 0; seed < 20; seed++)
			for (const v of of(releaseFile(), 'r123', String(seed))?.wrong ?? []) wrong.add(v);
		expect(wrong).toContain('52');
	});

	it('never puts back a value the sentence already has', () => {
		const file = releaseFile();
		file.facts = file.facts.map((f) =>
			f.id === 'laureate'
				? with_(f, {
						source: {
							documentId: 'doc',
							quote: 'Among the 123 released were Ales Bialiatski and Maria Kolesnikova.'
						}
					})
				: f
		);
		for (let seed = 0; seed < 20; seed++)
			expect(of(file, 'laureate', String(seed))?.wrong).not.toContain('Maria Kolesnikova');
	});

	it('is absent for a note, a sentence leaning on the one before, or a value not there once', () => {
		const file = factFile([
			with_(fact('a', '52', 'count'), { note: 'Doubtful.' }),
			with_(fact('b', '52', 'count'), {
				source: { documentId: 'doc', quote: 'Their number was 52.' }
			}),
			with_(fact('c', '52', 'count'), {
				source: { documentId: 'doc', quote: '52 of 52 were freed.' }
			}),
			with_(fact('d', '52', 'count'), {
				source: { documentId: 'doc', quote: 'About 520 were freed.' }
			})
		]);
		for (const id of ['a', 'b', 'c', 'd']) expect(of(file, id), id).toBeUndefined();
	});
});
