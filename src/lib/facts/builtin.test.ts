/**
 * The built-in fact file, checked against the two documents it is drawn from: it parses, every
 * quote is verbatim, each release keeps its own facts, and enough same-type values exist for
 * multiple-choice questions.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFactFile } from './parse';
import type { Fact, FactFile } from './schema';
import { splitSentences, uncoveredSentences } from './sentences';

const read = (name: string) =>
	readFileSync(new URL(`../../content/${name}`, import.meta.url), 'utf8');

const raw: unknown = JSON.parse(read('facts.json'));
const texts = {
	d000: read('000_ab8cce6dda6e05d1.txt'),
	d001: read('001_84a00d3299e7105b.txt')
};

/** The two releases: the number each one names, and the event id its facts must carry. */
const RELEASES = [
	{ event: 'release-52', count: '52', documentId: 'd000' },
	{ event: 'release-123', count: '123', documentId: 'd001' }
] as const;

/** A fresh, mutable copy of the raw JSON, for tampering. */
type RawFact = { id: string; source: { quote: string } };
const copy = () => structuredClone(raw) as { facts: RawFact[] };
const factAt = (file: { facts: RawFact[] }, n: number): RawFact => {
	const fact = file.facts[n];
	if (!fact) throw new Error(`no fact at index ${n}`);
	return fact;
};

/** Same idea as the item generator: case, spacing and punctuation aside. */
const norm = (value: string) =>
	value
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();

/** Wrong options a fact could get: other values of its type, minus those true for its prompt. */
function alternatives(file: FactFile, fact: Fact): Set<string> {
	const prompt = (f: Fact) => `${norm(f.claim.subject)}|${norm(f.claim.relation)}`;
	const excluded = new Set(
		[
			...file.facts.filter((f) => prompt(f) === prompt(fact)).map((f) => f.claim.value),
			...(fact.notDistractors ?? [])
		].map(norm)
	);
	const values = [
		...file.facts.filter((f) => f.claim.type === fact.claim.type).map((f) => f.claim.value),
		...file.distractors.filter((d) => d.type === fact.claim.type).map((d) => d.value)
	].map(norm);
	return new Set(values.filter((v) => !excluded.has(v)));
}

function parsedFile(): FactFile {
	const result = parseFactFile(raw, texts);
	if (!result.ok)
		throw new Error(`fact file is invalid:\n${JSON.stringify(result.problems, null, 2)}`);
	return result.file;
}

describe('built-in fact file', () => {
	it('parses, with every quote verbatim in its document', () => {
		const result = parseFactFile(raw, texts);
		expect(result.ok, result.ok ? '' : JSON.stringify(result.problems, null, 2)).toBe(true);
	});

	it('has enough facts, from both documents', () => {
		const file = parsedFile();
		expect(file.facts.length).toBeGreaterThanOrEqual(30);
		for (const { documentId } of RELEASES) {
			const count = file.facts.filter((f) => f.source.documentId === documentId).length;
			expect(count, `facts from ${documentId}`).toBeGreaterThanOrEqual(15);
		}
	});

	it('ties every quote that names a release to that release', () => {
		const file = parsedFile();
		for (const { event, count } of RELEASES) {
			const naming = file.facts.filter((f) => new RegExp(`\\b${count}\\b`).test(f.source.quote));
			expect(naming.length, `facts quoting "${count}"`).toBeGreaterThan(0);
			for (const fact of naming) expect(fact.event, `${fact.id}.event`).toBe(event);
		}
	});

	it('cites each release from its own document', () => {
		const file = parsedFile();
		for (const { event, documentId } of RELEASES) {
			for (const fact of file.facts.filter((f) => f.event === event))
				expect(fact.source.documentId, `${fact.id}.source.documentId`).toBe(documentId);
		}
	});

	it('gives the number released in each release as a count fact', () => {
		const file = parsedFile();
		for (const { event, count } of RELEASES) {
			const counts = file.facts.filter((f) => f.event === event && f.claim.type === 'count');
			expect(
				counts.map((f) => f.claim.value),
				`count facts of ${event}`
			).toEqual([count]);
		}
	});

	it('attributes every assessment in its question', () => {
		const file = parsedFile();
		const assessments = file.facts.filter((f) => f.status.kind === 'assessment');
		expect(assessments.length).toBeGreaterThan(0);
		for (const fact of assessments)
			expect(fact.question, fact.id).toMatch(/^According to the document\b/);
	});

	it('never asks the same question twice', () => {
		const file = parsedFile();
		const seen = new Map<string, string>();
		for (const fact of file.facts) {
			const key = norm(fact.question);
			expect(seen.get(key), `${fact.id} repeats the question of`).toBeUndefined();
			seen.set(key, fact.id);
		}
	});

	it('never asks for "former President"', () => {
		const file = parsedFile();
		for (const fact of file.facts) {
			expect(fact.claim.value.toLowerCase(), fact.id).not.toContain('former');
			expect(fact.question.toLowerCase(), fact.id).not.toContain('former president');
		}
	});

	it('has at least three wrong options for every fact', () => {
		const file = parsedFile();
		const short = file.facts
			.map((f) => ({ id: f.id, count: alternatives(file, f).size }))
			.filter(({ count }) => count < 3);
		expect(short).toEqual([]);
	});

	it('keeps distractors distinct from every value the deck states', () => {
		const file = parsedFile();
		const stated = new Set(file.facts.map((f) => `${f.claim.type}|${norm(f.claim.value)}`));
		const clashes = file.distractors.filter((d) => stated.has(`${d.type}|${norm(d.value)}`));
		expect(clashes).toEqual([]);
		const keys = file.distractors.map((d) => `${d.type}|${norm(d.value)}`);
		expect(new Set(keys).size).toBe(keys.length);
	});
});

describe('parseFactFile on a tampered copy of the built-in file', () => {
	it('rejects a quote with one character changed, at facts.N.source.quote', () => {
		const tampered = copy();
		const n = 3;
		const source = factAt(tampered, n).source;
		const quote = source.quote;
		const i = quote.indexOf('e');
		expect(i).toBeGreaterThanOrEqual(0);
		source.quote = `${quote.slice(0, i)}E${quote.slice(i + 1)}`;
		const result = parseFactFile(tampered, texts);
		expect(result.ok).toBe(false);
		if (!result.ok)
			expect(result.problems).toEqual([
				{ path: `facts.${n}.source.quote`, message: expect.stringContaining('not verbatim') }
			]);
	});

	it('reports a duplicate fact id', () => {
		const tampered = copy();
		const last = tampered.facts.length - 1;
		factAt(tampered, last).id = factAt(tampered, 0).id;
		const result = parseFactFile(tampered, texts);
		expect(result.ok).toBe(false);
		if (!result.ok)
			expect(result.problems).toEqual([
				{ path: `facts.${last}.id`, message: expect.stringContaining('duplicate id') }
			]);
	});
});

describe('built-in fact file: every sentence accounted for', () => {
	it('quotes or lists as untestable every sentence of both documents', () => {
		const uncovered = uncoveredSentences(parsedFile(), texts).map(
			({ documentId, sentence }) => `${documentId}: ${sentence.text}`
		);
		expect(uncovered).toEqual([]);
	});

	it('quotes each fact from within one sentence', () => {
		const file = parsedFile();
		for (const fact of file.facts) {
			const sentences = splitSentences(texts[fact.source.documentId as keyof typeof texts]);
			expect(
				sentences.some((s) => s.text.includes(fact.source.quote)),
				`${fact.id}: quote spans sentences`
			).toBe(true);
		}
	});

	it('lists whole sentences as untestable, none of them also tested, each once', () => {
		const file = parsedFile();
		expect(file.untestable.length).toBeGreaterThan(0);
		const seen = new Set<string>();
		for (const entry of file.untestable) {
			const sentences = splitSentences(texts[entry.documentId as keyof typeof texts]);
			expect(
				sentences.map((s) => s.text),
				entry.quote
			).toContain(entry.quote);
			const tested = file.facts.filter(
				(f) => f.source.documentId === entry.documentId && entry.quote.includes(f.source.quote)
			);
			expect(
				tested.map((f) => f.id),
				entry.quote
			).toEqual([]);
			expect(seen.has(entry.quote), entry.quote).toBe(false);
			seen.add(entry.quote);
		}
	});
});

describe('built-in fact file: events, people and dates', () => {
	const valuesOf = (file: FactFile, where: (f: Fact) => boolean) =>
		file.facts.filter(where).map((f) => f.claim.value);

	it('gives each release who was among those released and who negotiated it', () => {
		const file = parsedFile();
		const of = (event: string, type: string) =>
			valuesOf(file, (f) => f.event === event && f.claim.type === type);
		expect(of('release-52', 'group')).toEqual(
			expect.arrayContaining(['journalists', 'dissidents', 'an EU staff member'])
		);
		expect(of('release-123', 'person')).toEqual(
			expect.arrayContaining(['Ales Bialiatski', 'Maria Kolesnikova', 'John Coale'])
		);
		expect(of('release-52', 'person')).toContain('Donald Trump');
		expect(of('release-52', 'person')).not.toContain('John Coale');
	});

	it('says what the US gave for the 123 and invents nothing for the 52', () => {
		const file = parsedFile();
		expect(valuesOf(file, (f) => f.claim.type === 'commodity')).toEqual(['potash']);
		const gave = file.facts.find((f) => f.claim.type === 'commodity');
		expect(gave?.event).toBe('release-123');
	});

	it('gives each person a role fact, keyed by their full name', () => {
		const file = parsedFile();
		const roles = (name: string) =>
			valuesOf(file, (f) => f.claim.type === 'role' && f.claim.subject === name);
		expect(roles('Ales Bialiatski').sort()).toEqual([
			'Nobel Peace Prize laureate',
			'human rights activist'
		]);
		expect(roles('Maria Kolesnikova')).toEqual(['opposition leader']);
		expect(roles('John Coale')).toEqual(['envoy']);
		expect(roles('Alexander Lukashenko')).toEqual(['President of Belarus']);
		const people = new Set(valuesOf(file, (f) => f.claim.type === 'person'));
		for (const fact of file.facts.filter((f) => f.claim.type === 'role'))
			expect(people, `${fact.id}: subject is not a person of the deck`).toContain(
				fact.claim.subject
			);
	});

	it("dates independence, the start of Lukashenko's rule and the disputed election, with labels", () => {
		const file = parsedFile();
		const labelled = file.facts
			.filter((f) => f.claim.type === 'year' && f.label)
			.map((f) => [f.claim.value, f.label]);
		expect(labelled).toEqual([
			['1991', 'Belarus becomes independent'],
			['1994', 'Lukashenko begins his rule'],
			['2020', 'Disputed presidential elections']
		]);
	});

	it('never labels a fact of a release with what names the release', () => {
		const file = parsedFile();
		for (const fact of file.facts.filter((f) => f.event !== null && f.label))
			expect(fact.label, fact.id).not.toMatch(/\b(52|123)\b|potash|Trump's appeal/i);
	});
});

describe('built-in fact file: typed answers and wrong options', () => {
	/** Every spelling of a thing, keyed by type and normalized spelling → the value it names. */
	function spellings(file: FactFile) {
		const names = new Map<string, string>();
		for (const fact of file.facts)
			for (const spelling of [fact.claim.value, ...(fact.aliases ?? [])]) {
				const key = `${fact.claim.type}|${norm(spelling)}`;
				const named = names.get(key);
				expect(named ?? fact.claim.value, `${fact.id}: "${spelling}"`).toBe(fact.claim.value);
				names.set(key, fact.claim.value);
			}
		return names;
	}

	it('accepts the usual transliterations and short forms of names', () => {
		const file = parsedFile();
		const aliases = (value: string) =>
			file.facts.find((f) => f.claim.value === value)?.aliases ?? [];
		expect(aliases('Ales Bialiatski')).toEqual(
			expect.arrayContaining(['Bialiatski', 'Bialiacki', 'Białacki', 'Бяляцкі', 'Беляцкий'])
		);
		expect(aliases('Maria Kolesnikova')).toEqual(
			expect.arrayContaining(['Kolesnikova', 'Kalesnikava', 'Калеснікава', 'Колесникова'])
		);
		expect(aliases('Alexander Lukashenko')).toEqual(
			expect.arrayContaining(['Lukashenko', 'Lukašenka', 'Лукашэнка', 'Лукашенко'])
		);
		expect(aliases('Donald Trump')).toContain('Trump');
		expect(aliases('John Coale')).toContain('Coale');
		expect(aliases('United States')).toEqual(
			expect.arrayContaining(['US', 'USA', 'United States of America', 'the U.S.'])
		);
	});

	it('gives the same aliases wherever a value recurs, never one naming another thing', () => {
		const file = parsedFile();
		const byValue = new Map<string, string>();
		for (const fact of file.facts) {
			const key = `${fact.claim.type}|${fact.claim.value}`;
			const aliases = JSON.stringify(fact.aliases ?? []);
			expect(byValue.get(key) ?? aliases, `${fact.id}: aliases differ`).toBe(aliases);
			byValue.set(key, aliases);
			for (const alias of fact.aliases ?? [])
				expect(norm(alias), `${fact.id}: alias repeats the value`).not.toBe(norm(fact.claim.value));
		}
		const names = spellings(file);
		for (const d of file.distractors)
			expect(names.has(`${d.type}|${norm(d.value)}`), `distractor "${d.value}"`).toBe(false);
	});

	it('lists as notDistractors only values the deck could offer, never the answer', () => {
		const file = parsedFile();
		const names = spellings(file);
		for (const d of file.distractors) names.set(`${d.type}|${norm(d.value)}`, d.value);
		for (const fact of file.facts)
			for (const value of fact.notDistractors ?? []) {
				const named = names.get(`${fact.claim.type}|${norm(value)}`);
				expect(named, `${fact.id}: "${value}" is no ${fact.claim.type} of the deck`).toBeDefined();
				expect(named, `${fact.id}: "${value}" is its own answer`).not.toBe(fact.claim.value);
			}
	});

	it('never offers John Coale for the appeal the release of 52 followed', () => {
		const file = parsedFile();
		const appeal = file.facts.find((f) => f.id === 'r52-appeal');
		expect(appeal && [...alternatives(file, appeal)]).not.toContain(norm('John Coale'));
		expect(appeal && [...alternatives(file, appeal)].length).toBeGreaterThanOrEqual(3);
	});
});
