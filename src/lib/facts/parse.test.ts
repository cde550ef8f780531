/**
 * parseFactFile on hostile input: it never throws, stays fast, and says where and why a file
 * fails, in plain English.
 */
import { describe, expect, it } from 'vitest';
import { MAX_PROBLEMS, parseFactFile, type FactFileProblem, type ParseResult } from './parse';
import { LIST_LIMITS } from './schema';

const TEXT = 'Belarus released 52 prisoners. The U.S. welcomed it. Nobody knows what comes next.';

/** A small valid file as plain JSON data, for tampering. */
function valid() {
	return {
		format: 1,
		deck: { id: 'test', title: 'Test deck', version: 1 },
		documents: [{ id: 'doc', file: 'doc.txt', title: 'Doc', summary: 'A document.' }],
		events: [{ id: 'release', name: 'the release', documentId: 'doc' }],
		topics: [{ id: 't', label: 'Topic' }],
		facts: [fact('f0')],
		distractors: [{ type: 'count', value: '75' }],
		untestable: [
			{ documentId: 'doc', quote: 'Nobody knows what comes next.', reason: 'speculation' }
		],
		retired: [{ id: 'old', reason: 'merged into f0' }]
	} as Record<string, unknown> & { facts: Record<string, unknown>[] };
}

function fact(id: string, quote = 'Belarus released 52 prisoners.') {
	return {
		id,
		topic: 't',
		event: 'release',
		claim: { subject: 'the release', relation: 'number released', value: '52', type: 'count' },
		question: `How many were released? (${id})`,
		status: { kind: 'reported' },
		source: { documentId: 'doc', quote }
	} as Record<string, unknown>;
}

/** Runs the parser, failing the test if it throws, and checks every problem's shape. */
function parse(input: unknown, texts: Record<string, string> = { doc: TEXT }): ParseResult {
	const result = parseFactFile(input, texts);
	if (!result.ok) for (const problem of result.problems) expectPlain(problem);
	return result;
}

function expectPlain(problem: FactFileProblem) {
	expect(problem.path.length).toBeGreaterThan(0);
	expect(problem.path.length).toBeLessThan(200);
	expect(problem.message.length).toBeGreaterThan(0);
	expect(problem.message.length).toBeLessThan(300);
	// valibot's own wording ("Invalid type: Expected …") is replaced by sentences.
	expect(problem.message).not.toMatch(/^Invalid /);
}

const problemsOf = (result: ParseResult) => (result.ok ? [] : result.problems);
const timed = <T>(run: () => T): [T, number] => {
	const started = performance.now();
	const value = run();
	return [value, performance.now() - started];
};

describe('parseFactFile', () => {
	it('accepts a valid file, with untestable and retired entries', () => {
		const result = parse(valid());
		expect(result.ok, JSON.stringify(problemsOf(result))).toBe(true);
	});

	it('fills in the optional lists', () => {
		const file = valid();
		delete file.untestable;
		delete file.retired;
		const result = parse(file);
		expect(result.ok && [result.file.untestable, result.file.retired]).toEqual([[], []]);
	});

	it.each([
		['null', null],
		['undefined', undefined],
		['a number', 42],
		['text', 'facts'],
		['a list', [valid()]],
		['true', true]
	])('refuses %s as a file, at the root', (_, input) => {
		const result = parse(input);
		expect(problemsOf(result)).toEqual([
			{ path: '(root)', message: expect.stringMatching(/^must be a JSON object \(found /) }
		]);
	});

	it('says which required fields are missing', () => {
		expect(problemsOf(parse({ format: 1 }))).toEqual(
			['deck', 'documents', 'events', 'topics', 'facts', 'distractors'].map((key) => ({
				path: key,
				message: `required field "${key}" is missing`
			}))
		);
	});

	it('reports wrong types with what was expected and what was found', () => {
		const file = valid();
		file.format = '1';
		(file.deck as Record<string, unknown>).version = 1.5;
		const f = file.facts[0] as Record<string, Record<string, unknown>>;
		f.claim!.type = 'nope';
		f.claim!.value = 52;
		f.status = { kind: 'maybe' };
		f.event = 5 as never;
		file.distractors = 'none';
		const problems = problemsOf(parse(file));
		const at = (path: string) => problems.find((p) => p.path === path)?.message;
		expect(at('format')).toBe('must be 1 (the only fact-file format so far) (found text "1")');
		expect(at('deck.version')).toBe('must be a whole number');
		expect(at('facts.0.claim.type')).toMatch(
			/^must be one of count, year, .* \(found text "nope"\)$/
		);
		expect(at('facts.0.claim.value')).toBe('must be text (found the number 52)');
		expect(at('facts.0.status.kind')).toBe(
			'must be "reported" or "assessment" (found text "maybe")'
		);
		expect(at('facts.0.event')).toBe('must be an event id or null (found the number 5)');
		expect(at('distractors')).toBe('must be a list (found text "none")');
	});

	it('reports unknown fields, anywhere the format defines an object', () => {
		const file = valid();
		file.colour = 'red';
		(file.facts[0]!.claim as Record<string, unknown>).subjekt = 'typo';
		(file.documents as Record<string, unknown>[])[0]!.extra = 1;
		expect(problemsOf(parse(file))).toEqual([
			{
				path: 'documents.0.extra',
				message: 'unknown field "extra": not part of the fact-file format'
			},
			{
				path: 'facts.0.claim.subjekt',
				message: 'unknown field "subjekt": not part of the fact-file format'
			},
			{ path: 'colour', message: 'unknown field "colour": not part of the fact-file format' }
		]);
	});

	it('refuses empty and whitespace-only text', () => {
		const file = valid();
		(file.facts[0]!.source as Record<string, unknown>).quote = ' \n\t ';
		expect(problemsOf(parse(file))).toEqual([
			{ path: 'facts.0.source.quote', message: 'must not be empty' }
		]);
	});

	it('refuses text a reader cannot see, or that reorders what is around it', () => {
		const cases: [string, string][] = [
			['\u200b', 'must have visible text, not only spaces or invisible marks'],
			['Class \u202eA', 'must not contain control or text-direction characters'],
			['Bell\u0007', 'must not contain control or text-direction characters'],
			['Bad \ud800 half', 'must be valid Unicode text (it has a broken character)']
		];
		// Tabs and line breaks are text (decks saved before this check have them in notes).
		const wrapped = valid();
		(wrapped.deck as Record<string, unknown>).title = 'Class 7B:\n\tdates\r\n';
		expect(problemsOf(parse(wrapped))).toEqual([]);
		for (const [title, message] of cases) {
			const file = valid();
			(file.deck as Record<string, unknown>).title = title;
			expect(problemsOf(parse(file)), JSON.stringify(title)).toEqual([
				{ path: 'deck.title', message }
			]);
		}
	});
});

describe('parseFactFile on hostile input', () => {
	it('ignores nothing named after Object.prototype: __proto__, constructor, toString', () => {
		const json = JSON.stringify(valid())
			.replace('{', '{"__proto__": {"polluted": true}, "constructor": {"prototype": 1}, ')
			.replace('"claim":{', '"claim":{"__proto__": {"polluted": true}, "toString": "x", ')
			.replace('"deck":{', '"deck":{"hasOwnProperty": 1, ');
		const result = parse(JSON.parse(json));
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
		expect(Object.prototype).not.toHaveProperty('polluted');
		expect(
			problemsOf(result)
				.map((p) => p.path)
				.sort()
		).toEqual(
			[
				'__proto__',
				'constructor',
				'deck.hasOwnProperty',
				'facts.0.claim.__proto__',
				'facts.0.claim.toString'
			].sort()
		);
		for (const problem of problemsOf(result))
			expect(problem.message).toMatch(/^unknown field ".*": not part of the fact-file format$/);
	});

	it('handles ids that name Object.prototype members, with or without source texts', () => {
		const file = valid();
		(file.documents as Record<string, unknown>[])[0]!.id = 'constructor';
		(file.events as Record<string, unknown>[])[0]!.documentId = 'constructor';
		(file.untestable as Record<string, unknown>[])[0]!.documentId = 'constructor';
		(file.facts[0]!.source as Record<string, unknown>).documentId = 'constructor';
		file.facts[0]!.id = 'constructor';
		expect(parse(file, {}).ok).toBe(true);
		expect(parse(file, Object.create(null)).ok).toBe(true);
		expect(parse(file, { constructor: TEXT } as Record<string, string>).ok).toBe(true);
		const tampered = problemsOf(
			parse(file, { constructor: 'Another text.' } as Record<string, string>)
		);
		expect(tampered.map((p) => p.path)).toEqual(['facts.0.source.quote', 'untestable.0.quote']);
	});

	it('keeps messages short when the input holds huge strings, and stays fast', () => {
		const huge = 'x'.repeat(5_000_000);
		const file = valid();
		(file.facts[0]!.source as Record<string, unknown>).quote = huge;
		(file.facts[0]!.claim as Record<string, unknown>).type = huge;
		file[huge] = 1;
		const [result, ms] = timed(() => parse(file));
		expect(problemsOf(result).map((p) => p.path)).toEqual([
			'facts.0.claim.type',
			'facts.0.source.quote',
			`${'x'.repeat(60)}…`
		]);
		expect(problemsOf(result)[1]?.message).toBe('must be at most 1000 characters long');
		expect(ms).toBeLessThan(1_000);
		expect(problemsOf(parse(huge))[0]?.message.length).toBeLessThan(100);
	});

	it('parses 10,000 facts quickly, checking every quote', () => {
		const file = valid();
		const text = Array.from({ length: 10_000 }, (_, i) => `Sentence ${i} is here.`).join(' ');
		file.untestable = [];
		file.facts = Array.from({ length: 10_000 }, (_, i) => fact(`f${i}`, `Sentence ${i} is here.`));
		const [result, ms] = timed(() => parse(file, { doc: text }));
		expect(result.ok, JSON.stringify(problemsOf(result).slice(0, 3))).toBe(true);
		expect(ms).toBeLessThan(2_000);
	});

	it('refuses more entries than a list allows before reading them', () => {
		const file = valid();
		file.facts = new Array(1_000_000).fill({});
		file.distractors = new Array(LIST_LIMITS.distractors + 1).fill(null);
		const [result, ms] = timed(() => parse(file));
		expect(problemsOf(result)).toEqual([
			{ path: 'facts', message: 'must have at most 10000 entries (found 1000000)' },
			{ path: 'distractors', message: 'must have at most 5000 entries (found 5001)' }
		]);
		expect(ms).toBeLessThan(100);
	});

	it('lists at most MAX_PROBLEMS problems, then counts the rest', () => {
		const file = valid();
		file.facts = Array.from({ length: 10_000 }, () => ({ id: 'BAD ID', claim: 5, extra: 1 }));
		const [result, ms] = timed(() => parse(file));
		const problems = problemsOf(result);
		expect(problems).toHaveLength(MAX_PROBLEMS);
		expect(problems.at(-1)).toEqual({
			path: '(root)',
			message: `has more problems than these ${MAX_PROBLEMS - 1}: fix these and check again`
		});
		expect(ms).toBeLessThan(2_000);
	});

	it('does not throw on a getter that throws or on a cyclic object', () => {
		const file = valid();
		Object.defineProperty(file, 'deck', {
			enumerable: true,
			get() {
				throw new Error('boom');
			}
		});
		expect(problemsOf(parse(file))).toEqual([
			{ path: '(root)', message: 'could not be read: it is not plain JSON data' }
		]);
		const cyclic = valid();
		cyclic.facts[0]!.claim = cyclic;
		cyclic.deck = cyclic;
		expect(parse(cyclic).ok).toBe(false);
	});
});

describe('parseFactFile cross-checks', () => {
	it('reports a quote that is not in the supplied source text', () => {
		const file = valid();
		(file.facts[0]!.source as Record<string, unknown>).quote = 'Belarus released 53 prisoners.';
		expect(problemsOf(parse(file))).toEqual([
			{ path: 'facts.0.source.quote', message: 'quote is not verbatim in document "doc"' }
		]);
		expect(parse(file, {}).ok).toBe(true); // no text given: the quote is not checked
	});

	it('reports an untestable quote that is not verbatim in its document', () => {
		const file = valid();
		(file.untestable as Record<string, unknown>[])[0]!.quote = 'Nobody knows what come next.';
		expect(problemsOf(parse(file))).toEqual([
			{ path: 'untestable.0.quote', message: 'quote is not verbatim in document "doc"' }
		]);
	});

	it('reports references to unknown documents, events and topics', () => {
		const file = valid();
		const f = file.facts[0] as Record<string, Record<string, unknown> | string>;
		f.topic = 'nope';
		f.event = 'release-99';
		(f.source as Record<string, unknown>).documentId = 'd999';
		(file.events as Record<string, unknown>[])[0]!.documentId = 'd998';
		(file.untestable as Record<string, unknown>[])[0]!.documentId = 'd997';
		expect(problemsOf(parse(file))).toEqual([
			{ path: 'events.0.documentId', message: expect.stringMatching(/^unknown document "d998"/) },
			{ path: 'facts.0.topic', message: expect.stringMatching(/^unknown topic "nope"/) },
			{ path: 'facts.0.event', message: expect.stringMatching(/^unknown event "release-99"/) },
			{
				path: 'facts.0.source.documentId',
				message: expect.stringMatching(/^unknown document "d999"/)
			},
			{
				path: 'untestable.0.documentId',
				message: expect.stringMatching(/^unknown document "d997"/)
			}
		]);
	});

	it('reports duplicate ids in every list, pointing at the first', () => {
		const file = valid();
		file.facts.push(fact('f0'));
		(file.topics as unknown[]).push({ id: 't', label: 'Again' });
		(file.retired as unknown[]).push({ id: 'old', reason: 'twice' });
		expect(problemsOf(parse(file))).toEqual([
			{ path: 'topics.1.id', message: 'duplicate id "t" (also at topics.0)' },
			{ path: 'facts.1.id', message: 'duplicate id "f0" (also at facts.0)' },
			{ path: 'retired.1.id', message: 'duplicate id "old" (also at retired.0)' }
		]);
	});

	it('reports two documents with one file, which would be one text shown twice', () => {
		const file = valid();
		(file.documents as unknown[]).push({
			id: 'copy',
			file: 'doc.txt',
			title: 'Copy',
			summary: 'The same text.'
		});
		expect(problemsOf(parse(file, { doc: TEXT, copy: TEXT }))).toEqual([
			{
				path: 'documents.1.file',
				message: `the file "doc.txt" is already documents.0's; each document has its own`
			}
		]);
	});

	it('reports a retired id that is also a live fact', () => {
		const file = valid();
		(file.retired as unknown[]).push({ id: 'f0', reason: 'oops' });
		expect(problemsOf(parse(file))).toEqual([
			{
				path: 'retired.1.id',
				message: '"f0" is retired but is also the id of facts.0; a retired id is never reused'
			}
		]);
	});
});
