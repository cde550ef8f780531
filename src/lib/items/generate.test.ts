import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { generateItems } from './generate';
import { fact, factFile } from './fixtures';
import { normalizeValue } from './normalize';
import type { MultipleChoice } from './types';
import { VALUE_TYPES, type Fact } from '../facts/schema';

const years = factFile(
	[
		fact('independence', '1991', 'year'),
		fact('since', '1994', 'year'),
		fact('election', '2020', 'year'),
		fact('released', '52', 'count')
	],
	[
		{ type: 'year', value: '2001' },
		{ type: 'count', value: '80' }
	]
);

const mcqs = (items: ReturnType<typeof generateItems>) =>
	items.filter((i): i is MultipleChoice => i.kind === 'mcq');

describe('generateItems', () => {
	it('gives one flashcard per fact, with the fact value as its answer', () => {
		const cards = generateItems(years, 's').filter((i) => i.kind === 'flashcard');
		expect(cards.map((c) => [c.id, c.answer])).toEqual([
			['independence:flashcard', '1991'],
			['since:flashcard', '1994'],
			['election:flashcard', '2020'],
			['released:flashcard', '52']
		]);
	});

	it('makes multiple choice only where three same-type wrong answers exist', () => {
		// years: each has 2 other deck years + 1 pool year = 3; the count has only "80".
		expect(mcqs(generateItems(years, 's')).map((m) => m.id)).toEqual([
			'independence:mcq',
			'since:mcq',
			'election:mcq'
		]);
	});

	it('gives free-text concepts flashcards only, never multiple choice', () => {
		const concepts = factFile(
			['a thaw', 'a bargaining chip', 'reform', 'dialogue'].map((c, i) =>
				fact(`c${i}`, c, 'concept')
			)
		);
		expect(generateItems(concepts, 's').map((i) => i.kind)).toEqual(Array(4).fill('flashcard'));
	});

	it('draws distractors of the same type only', () => {
		for (const m of mcqs(generateItems(years, 'seed-x'))) {
			expect(m.options).toHaveLength(4);
			for (const option of m.options) expect(option).toMatch(/^\d{4}$/);
			expect(m.options[m.answerIndex]).toBe(m.answer);
		}
	});

	it('never offers a value the deck states as true for the same prompt', () => {
		// Both people were released: a "who was released" question must not offer the other one.
		const file = factFile(
			[
				fact('bialiatski', 'Ales Bialiatski', 'person', 'the release of 123', 'person released'),
				fact('kolesnikova', 'Maria Kolesnikova', 'person', 'the release of 123', 'person released'),
				fact('envoy', 'John Coale', 'person')
			],
			[
				{ type: 'person', value: 'Person A' },
				{ type: 'person', value: 'Person B' },
				{ type: 'person', value: 'Person C' }
			]
		);
		for (let seed = 0; seed < 50; seed++) {
			const items = mcqs(generateItems(file, String(seed)));
			const b = items.find((m) => m.id === 'bialiatski:mcq');
			expect(b?.options).not.toContain('Maria Kolesnikova');
			const k = items.find((m) => m.id === 'kolesnikova:mcq');
			expect(k?.options).not.toContain('Ales Bialiatski');
		}
	});

	it('is deterministic for a seed and varies with it', () => {
		const a = JSON.stringify(generateItems(years, 'one'));
		expect(JSON.stringify(generateItems(years, 'one'))).toBe(a);
		const seeds = ['two', 'three', 'four', 'five', 'six'];
		expect(seeds.some((s) => JSON.stringify(generateItems(years, s)) !== a)).toBe(true);
	});

	it('keeps other items unchanged when a fact is added', () => {
		const before = generateItems(years, 'k');
		const after = generateItems(
			{ ...years, facts: [...years.facts, fact('later', '52', 'count')] },
			'k'
		);
		const since = (list: typeof before) => list.find((i) => i.id === 'since:mcq');
		expect(since(after)).toEqual(since(before));
	});
});

const valueArb = fc.stringMatching(/^[A-Za-z0-9 ]{1,12}$/).filter((s) => normalizeValue(s) !== '');
const factArb = fc.record({
	value: valueArb,
	type: fc.constantFrom(...VALUE_TYPES.slice(0, 3)),
	subject: fc.constantFrom('s1', 's2', 's3', 's4'),
	relation: fc.constantFrom('r1', 'r2')
});

describe('generateItems on synthetic decks (property)', () => {
	it('every question has exactly one correct option and no duplicates', () => {
		fc.assert(
			fc.property(fc.array(factArb, { minLength: 1, maxLength: 30 }), fc.string(), (raw, seed) => {
				const facts: Fact[] = raw.map((r, i) =>
					fact(`f${i}`, r.value, r.type, r.subject, r.relation)
				);
				const items = generateItems(factFile(facts), seed);
				expect(JSON.stringify(generateItems(factFile(facts), seed))).toBe(JSON.stringify(items));
				for (const m of mcqs(items)) {
					const source = facts.find((f) => m.factIds[0] === f.id) as Fact;
					expect(m.answer).toBe(source.claim.value);
					const normalized = m.options.map(normalizeValue);
					expect(new Set(normalized).size).toBe(m.options.length);
					// Every value any fact holds true for this prompt must not be among the wrong options.
					const trueValues = facts
						.filter(
							(f) =>
								f.claim.subject === source.claim.subject &&
								f.claim.relation === source.claim.relation
						)
						.map((f) => normalizeValue(f.claim.value));
					const correct = normalized.filter((o) => trueValues.includes(o));
					expect(correct).toEqual([normalizeValue(m.answer)]);
					for (const o of m.options) {
						const typed = facts.some(
							(f) => f.claim.value === o && f.claim.type === source.claim.type
						);
						expect(typed).toBe(true);
					}
				}
			}),
			{ numRuns: 300 }
		);
	});
});
