import { describe, expect, it } from 'vitest';
import { generateItems } from './generate';
import { fact, factFile, releaseFile, with_ } from './fixtures';
import type { Fact, FactFile } from '../facts/schema';
import type { TrueFalse } from './types';

const statements = (file: FactFile, seed = 's') =>
	generateItems(file, seed).filter((i): i is TrueFalse => i.kind === 'truefalse');

/** Year facts each with its own sentence: every one can be true or false. */
const yearFile = (n: number) =>
	factFile(
		Array.from({ length: n }, (_, i) =>
			with_(fact(`y${i}`, String(1900 + i), 'year', `event ${i}`, `relation ${i}`), {
				source: { documentId: 'doc', quote: `Event ${i} happened in ${1900 + i}, it is said.` }
			})
		)
	);

describe('true/false', () => {
	it('states the sentence as it is (true) or with the value swapped (false)', () => {
		const file = yearFile(12);
		for (const s of statements(file)) {
			const f = file.facts.find((x) => x.id === s.factIds[0]) as Fact;
			if (s.truth) {
				expect(s.statement).toBe(f.source.quote);
				expect(s.correction).toBeUndefined();
			} else {
				expect(s.statement).not.toBe(f.source.quote);
				expect(s.statement.replace(/\d{4}/, f.claim.value)).toBe(f.source.quote);
				expect(s.correction).toBe(f.claim.value);
			}
			expect(s.statement).not.toMatch(/\bnot\b/i);
		}
	});

	it('is true about half the time across a deck', () => {
		const list = statements(yearFile(41));
		expect(list).toHaveLength(41);
		const trues = list.filter((s) => s.truth).length;
		expect(Math.abs(trues - 20.5)).toBeLessThanOrEqual(1);
	});

	it('swaps the other release’s number in, where the sentence names its release', () => {
		const file = releaseFile();
		const found = new Set<string>();
		for (let seed = 0; seed < 40; seed++) {
			const s = statements(file, String(seed)).find((x) => x.id === 'r123:truefalse');
			if (s && !s.truth) found.add(s.statement);
		}
		expect(found).toContain(
			'The US lifted sanctions on potash in exchange for the release of 52 political prisoners.'
		);
	});

	it('never rewrites a sentence with a note, one that leans on the one before, or a value there twice', () => {
		const file = yearFile(4);
		file.facts = [
			with_(file.facts[0] as Fact, { note: 'Doubtful wording.' }),
			with_(file.facts[1] as Fact, {
				source: { documentId: 'doc', quote: 'They said it happened in 1901.' }
			}),
			with_(file.facts[2] as Fact, {
				source: { documentId: 'doc', quote: 'In 1902, or rather in 1902, it happened.' }
			}),
			file.facts[3] as Fact
		];
		expect(statements(file).map((s) => s.id)).toEqual(['y3:truefalse']);
	});

	it('never puts a value the sentence already has into it', () => {
		const file = releaseFile();
		for (let seed = 0; seed < 20; seed++)
			for (const s of statements(file, String(seed))) {
				if (s.truth) continue;
				const f = file.facts.find((x) => x.id === s.factIds[0]) as Fact;
				const inserted = s.statement.replace(f.source.quote.split(f.claim.value)[0] ?? '', '');
				expect(f.source.quote).not.toContain(inserted.split(' ')[0]);
			}
	});

	it('asks no sentence twice as true', () => {
		// Three facts in one sentence: at most one of its statements is the sentence unchanged.
		const quote = 'In 1991 Poland, in 1994 Latvia and in 2020 Lithuania held elections.';
		const file = factFile(
			[
				['a', '1991'],
				['b', '1994'],
				['c', '2020']
			].map(([id, y]) =>
				with_(fact(id as string, y as string, 'year', `s ${id}`, `r ${id}`), {
					source: { documentId: 'doc', quote }
				})
			),
			['1985', '2003', '2008'].map((value) => ({ type: 'year' as const, value }))
		);
		for (let seed = 0; seed < 30; seed++)
			expect(statements(file, String(seed)).filter((s) => s.truth).length).toBeLessThanOrEqual(1);
	});

	it('never swaps a role into a sentence, where another role reads as nonsense', () => {
		// "the Trump administration's prime minister" is not a fair false statement, only an odd one.
		const file = factFile(
			[
				with_(fact('coale', 'envoy', 'role', 'John Coale', 'position'), {
					source: {
						documentId: 'doc',
						quote: "Talks went on, led by the Trump administration's envoy, John Coale."
					}
				}),
				with_(fact('year', '2020', 'year', 'the talks', 'year'), {
					source: { documentId: 'doc', quote: 'The talks began in 2020, it is said.' }
				})
			],
			[
				...['prime minister', 'foreign minister', 'President of Belarus'].map((value) => ({
					type: 'role' as const,
					value
				})),
				...['1985', '2003', '2008'].map((value) => ({ type: 'year' as const, value }))
			]
		);
		for (let seed = 0; seed < 20; seed++) {
			const items = generateItems(file, String(seed));
			expect(statements(file, String(seed)).map((s) => s.id)).toEqual(['year:truefalse']);
			const cloze = items.find((i) => i.id === 'coale:cloze');
			// Still asked: typed, with the sentence around the blank, and as multiple choice.
			expect(cloze).toMatchObject({ kind: 'cloze', answer: 'envoy' });
			expect(cloze && 'options' in cloze ? cloze.options : undefined).toBeUndefined();
			expect(items.find((i) => i.id === 'coale:mcq')).toBeDefined();
			expect(items.find((i) => i.id === 'year:cloze')).toHaveProperty('options');
		}
	});

	it('attributes an assessment, in prompt and statement', () => {
		const file = yearFile(5);
		file.facts = file.facts.map((f) =>
			with_(f, { status: { kind: 'assessment', by: 'the document' } })
		);
		for (const s of statements(file)) {
			expect(s.prompt).toBe('According to the document “Doc”, is this true or false?');
			// The sentence is the document's own view: nobody else to name.
			expect(s.statement).toMatch(/^Event \d+ happened in \d{4}, it is said\.$/);
		}
		file.facts = file.facts.map((f) =>
			with_(f, { status: { kind: 'assessment', by: 'analysts' } })
		);
		for (const s of statements(file))
			expect(s.statement).toMatch(/^According to analysts, \w+ \d+ happened in \d{4}/);
	});

	it('asks what the document says, for a reported fact too', () => {
		for (const s of statements(yearFile(5)))
			expect(s.prompt).toBe('According to the document “Doc”, is this true or false?');
	});
});
