import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	checkImport,
	FILE_PATH,
	MAX_FILE_BYTES,
	pasted,
	readImport,
	sourcePath
} from './read-import';

const read = (name: string) =>
	readFileSync(new URL(`../../../content/${name}`, import.meta.url), 'utf8');
const builtinJson = read('facts.json');
const DOC0 = '000_ab8cce6dda6e05d1.txt';
const DOC1 = '001_84a00d3299e7105b.txt';
const options = { reservedId: 'belarus-releases' };

/** The built-in file under another deck id, as a teacher's copy would be. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tampering with raw JSON
function teacherCopy(change: (file: any) => void = () => {}) {
	const file = JSON.parse(builtinJson);
	file.deck.id = 'my-class';
	change(file);
	return JSON.stringify(file);
}
const texts = [
	{ name: DOC0, text: read(DOC0) },
	{ name: DOC1, text: read(DOC1) }
];

describe('checkImport', () => {
	it('accepts a valid file and checks its quotes against the texts given', () => {
		const result = checkImport(
			teacherCopy(),
			[...texts, { name: 'notes.txt', text: 'x' }],
			options
		);
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.file.deck.id).toBe('my-class');
		expect(result.documents.map((d) => d.checkedWith)).toEqual(['supplied', 'supplied']);
		expect(Object.keys(result.sources)).toEqual(['d000', 'd001']);
		expect(result.unusedTexts).toEqual(['notes.txt']);
	});

	it('uses the text the app ships for a document with the same file name', () => {
		const result = checkImport(teacherCopy(), [], {
			...options,
			knownText: (file) => texts.find((t) => t.name === file)?.text
		});
		expect(result.ok && result.documents.map((d) => d.checkedWith)).toEqual([
			'built-in',
			'built-in'
		]);
	});

	it('leaves quotes unchecked for documents without text, and says so', () => {
		const result = checkImport(teacherCopy(), [], options);
		expect(result.ok && result.documents.map((d) => d.checkedWith)).toEqual(['none', 'none']);
	});

	it('reports a quote missing from its text, with the fact it belongs to', () => {
		const json = teacherCopy((file) => {
			file.facts[2].source.quote = 'A sentence the document never says.';
		});
		const result = checkImport(json, texts, options);
		expect(result).toEqual({
			ok: false,
			problems: [
				{
					path: 'facts.2.source.quote',
					message: 'quote is not verbatim in document "d000"',
					context: expect.stringMatching(/^fact "/)
				}
			]
		});
	});

	it('hints when a quote differs only in spacing or quotation marks', () => {
		const json = teacherCopy((file) => {
			file.facts[0].source.quote = file.facts[0].source.quote.replace(' ', '  ');
		});
		const result = checkImport(json, texts, options);
		expect(!result.ok && result.problems[0]?.message).toMatch(/matches when spaces/);
	});

	it('reports malformed JSON at the file', () => {
		const result = checkImport('{"format": 1,', [], options);
		expect(result.ok).toBe(false);
		expect(!result.ok && result.problems).toEqual([
			{ path: FILE_PATH, message: expect.stringMatching(/^is not valid JSON: /) }
		]);
	});

	it('refuses a hostile file with a problem for each trap, never throwing', () => {
		const json = teacherCopy((file) => {
			file.documents[0].id = 'constructor'; // a key of Object.prototype
			file.facts[0].claim.value = 52;
			file.facts[1].extra = '<script>alert(1)</script>';
		}).replace('{', '{"__proto__": {"polluted": true}, ');
		const result = checkImport(json, texts, options);
		expect(({} as Record<string, unknown>).polluted).toBe(undefined);
		expect(result.ok).toBe(false);
		const problems = result.ok ? [] : result.problems;
		expect(problems).toContainEqual({
			path: '__proto__',
			message: 'unknown field "__proto__": not part of the fact-file format'
		});
		expect(problems).toContainEqual(
			expect.objectContaining({ path: 'facts.0.claim.value', context: 'fact "r52-count"' })
		);
		expect(problems).toContainEqual(expect.objectContaining({ path: 'facts.1.extra' }));
	});

	it('survives deeply nested JSON', () => {
		const deep = '['.repeat(100_000) + ']'.repeat(100_000);
		const result = checkImport(`{"format": 1, "deck": ${deep}}`, [], options);
		expect(result.ok).toBe(false);
	});

	it('refuses HTML markup in text, even where the schema allows any text', () => {
		const json = teacherCopy((file) => {
			file.facts[3].note = 'See <script>alert(1)</script>';
		});
		const result = checkImport(json, texts, options);
		expect(!result.ok && result.problems).toEqual([
			expect.objectContaining({
				path: 'facts.3.note',
				message: expect.stringMatching(/HTML markup/)
			})
		]);
		// A "<" in plain text is not markup.
		const text = teacherCopy((file) => {
			file.facts[3].note = 'Fewer than <sixty were named; a<b.';
		});
		expect(checkImport(text, texts, options).ok).toBe(true);
	});

	it("refuses the built-in deck's id", () => {
		const result = checkImport(builtinJson, texts, options);
		expect(!result.ok && result.problems.map((p) => p.path)).toEqual(['deck.id']);
	});

	it('refuses an older version of a deck already on this device, not the same or a newer one', () => {
		const copy = teacherCopy((f) => (f.deck.version = 3));
		const stored = (version: number) => ({
			...options,
			storedVersion: (id: string) => (id === 'my-class' ? version : undefined)
		});
		const older = checkImport(copy, texts, stored(4));
		expect(!older.ok && older.problems.map((p) => [p.path, p.message])).toEqual([
			[
				'deck.version',
				'is 3, but version 4 of this deck is already on this device; a new version needs a higher number'
			]
		]);
		expect(checkImport(copy, texts, stored(3)).ok).toBe(true);
		expect(checkImport(copy, texts, stored(2)).ok).toBe(true);
		expect(checkImport(copy, texts, options).ok).toBe(true);
	});
});

describe('readImport', () => {
	const file = (name: string, text: string, size = new Blob([text]).size) => ({
		name,
		size,
		text: async () => text
	});

	it('refuses files over 2 MB without reading them', async () => {
		const huge = { name: 'big.json', size: 10 * 1024 * 1024, text: () => Promise.reject() };
		const result = await readImport(huge, [], options);
		expect(!result.ok && result.problems).toEqual([
			{ path: FILE_PATH, message: 'is 10.0 MB; files over 2.0 MB are refused' }
		]);
		const bigText = { ...huge, name: 'doc.txt', size: MAX_FILE_BYTES + 1 };
		const second = await readImport(file('f.json', teacherCopy()), [bigText], options);
		expect(!second.ok && second.problems.map((p) => p.path)).toEqual([sourcePath('doc.txt')]);
	});

	it('refuses source texts that are not .txt files', async () => {
		const result = await readImport(file('f.json', teacherCopy()), [file('a.pdf', 'x')], options);
		expect(!result.ok && result.problems.map((p) => p.path)).toEqual([sourcePath('a.pdf')]);
	});

	it('reads a file with a byte-order mark, and pasted text', async () => {
		const withBom = await readImport(file('f.json', `\uFEFF${teacherCopy()}`), [], options);
		expect(withBom.ok).toBe(true);
		const huge = pasted('x'.repeat(MAX_FILE_BYTES + 1));
		expect((await readImport(huge, [], options)).ok).toBe(false);
	});
});
