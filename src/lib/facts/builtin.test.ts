/**
 * The built-in fact file, checked against the two documents it is drawn from: it parses, every
 * quote is verbatim, each release keeps its own facts, and enough same-type values exist for
 * multiple-choice questions.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFactFile } from './parse';
import type { Fact, FactFile } from './schema';

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
		file.facts.filter((f) => prompt(f) === prompt(fact)).map((f) => norm(f.claim.value))
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
		for (const fact of assessments) expect(fact.question, fact.id).toContain('According to');
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
