import { describe, expect, it } from 'vitest';
import { generateItems } from './generate';
import { fact, factFile, releaseFile, with_ } from './fixtures';
import type { Fact, FactFile } from '../facts/schema';
import type { Cloze } from './types';
import { scoreResponse } from './response';

const clozes = (file: FactFile, seed = 's') =>
	generateItems(file, seed).filter((i): i is Cloze => i.kind === 'cloze');

describe('cloze', () => {
	it('blanks the value in its own sentence', () => {
		const file = releaseFile();
		for (const c of clozes(file)) {
			const f = file.facts.find((x) => x.id === c.factIds[0]) as Fact;
			expect(`${c.before}${f.claim.value}${c.after}`).toBe(f.source.quote);
		}
	});

	it('accepts the value and its aliases, typed tolerantly', () => {
		const file = releaseFile();
		file.facts = file.facts.map((f) =>
			f.id === 'laureate' ? with_(f, { aliases: ['Aleś Białacki'] }) : f
		);
		const c = clozes(file).find((x) => x.id === 'laureate:cloze') as Cloze;
		expect(c.accept.slice(0, 2)).toEqual(['Ales Bialiatski', 'Aleś Białacki']);
		expect(scoreResponse(c, { kind: 'text', value: 'Бяляцкі' })).toEqual({ correct: true });
		expect(scoreResponse(c, { kind: 'text', value: 'ales bialiatsko' })).toEqual({
			correct: false,
			almost: true,
			meant: 'Ales Bialiatski'
		});
	});

	it('offers options like a multiple-choice question when three fair ones exist', () => {
		for (const c of clozes(releaseFile())) {
			if (!c.options) continue;
			expect(c.options).toHaveLength(4);
			expect(c.options.filter((o) => o === c.answer)).toHaveLength(1);
			expect(new Set(c.options).size).toBe(4);
		}
		// Concepts are typed only.
		const concept = factFile([fact('c', 'a thaw', 'concept'), fact('d', 'reform', 'concept')]);
		expect(clozes(concept).every((c) => c.options === undefined)).toBe(true);
		expect(clozes(concept)).toHaveLength(2);
	});

	it('attributes an assessment', () => {
		const file = factFile([
			with_(fact('a', 'skeptical', 'concept'), {
				status: { kind: 'assessment', by: 'human rights groups' },
				source: { documentId: 'doc', quote: 'Human rights groups remain skeptical about it.' }
			})
		]);
		const [c] = clozes(file);
		expect(c?.prompt).toBe('According to the document “Doc”, fill in the blank.');
		expect(c?.before).toBe('Human rights groups remain ');
	});

	it('names the document for a reported fact too, and says whose view an assessment is', () => {
		const file = factFile([
			fact('r', 'skeptical', 'concept'),
			with_(fact('a', 'wary', 'concept'), {
				status: { kind: 'assessment', by: 'analysts' },
				source: { documentId: 'doc', quote: 'Many remain wary about it.' }
			})
		]);
		const [reported, assessed] = clozes(file);
		expect(reported?.prompt).toBe('According to the document “Doc”, fill in the blank.');
		expect(assessed?.before).toBe('According to analysts, many remain ');
	});

	it('never blanks a sentence with a note or a value that is not there once', () => {
		const file = factFile([
			with_(fact('a', 'x1', 'concept'), { note: 'Doubtful.' }),
			with_(fact('b', 'x2', 'concept'), { source: { documentId: 'doc', quote: 'No value here.' } })
		]);
		expect(clozes(file)).toEqual([]);
	});
});
