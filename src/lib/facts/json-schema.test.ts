/**
 * The published JSON Schema: committed as generated (it cannot drift from the valibot schema),
 * strict like it, and in agreement with it on the built-in file and on broken ones. The
 * agreement checks need a JSON Schema validator; the app has none of its own, so they run with
 * one that is already installed (ajv, which ESLint brings) and are skipped where there is none.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FACT_FILE_SCHEMA_PATH, factFileJsonSchema, factFileJsonSchemaText } from './json-schema';
import { parseFactFile } from './parse';
import { VALUE_TYPES } from './schema';

const committed = readFileSync(
	new URL(`../../../${FACT_FILE_SCHEMA_PATH}`, import.meta.url),
	'utf8'
);
const builtin = JSON.parse(
	readFileSync(new URL('../../content/facts.json', import.meta.url), 'utf8')
) as Record<string, unknown>;

type Obj = Record<string, unknown>;
interface RawFact extends Obj {
	claim: Obj;
	source: Obj;
	status: Obj;
}
interface RawFile extends Obj {
	deck: Obj;
	facts: RawFact[];
	untestable?: Obj[];
}

type Validate = ((data: unknown) => boolean) & { errors?: unknown };
/** A validator from whatever JSON Schema library is installed, or undefined. */
async function installedValidator(): Promise<((schema: object) => Validate) | undefined> {
	try {
		const name = 'ajv'; // not a dependency of the app: resolved at run time only
		const module = (await import(/* @vite-ignore */ name)) as {
			default: new (options: object) => { compile(schema: object): Validate };
		};
		const ajv = new module.default({ allErrors: true });
		return (schema) => ajv.compile(schema);
	} catch {
		return undefined;
	}
}
const compile = await installedValidator();

/** Every object schema inside a JSON Schema, with its path. */
function objectSchemas(node: unknown, path = '#'): [string, Record<string, unknown>][] {
	if (typeof node !== 'object' || node === null) return [];
	const here: [string, Record<string, unknown>][] =
		(node as Record<string, unknown>).type === 'object'
			? [[path, node as Record<string, unknown>]]
			: [];
	return [
		...here,
		...Object.entries(node).flatMap(([key, child]) => objectSchemas(child, `${path}/${key}`))
	];
}

describe('published JSON Schema', () => {
	it('is committed exactly as generated (run npx tsx scripts/json-schema.ts)', () => {
		expect(committed).toBe(factFileJsonSchemaText());
	});

	it('is draft-07, titled, and rejects unknown fields in every object', () => {
		const schema = factFileJsonSchema();
		expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
		expect(schema.title).toMatch(/fact file/);
		const objects = objectSchemas(schema);
		expect(objects.length).toBeGreaterThanOrEqual(12);
		for (const [path, object] of objects) expect(object.additionalProperties, path).toBe(false);
	});

	it('states the value types, required fields and defaults of the valibot schema', () => {
		const schema = JSON.parse(committed);
		const fact = schema.properties.facts.items;
		expect(fact.properties.claim.properties.type.enum).toEqual([...VALUE_TYPES]);
		expect(fact.required).toEqual([
			'id',
			'topic',
			'event',
			'claim',
			'question',
			'status',
			'source'
		]);
		expect(Object.keys(fact.properties)).toEqual(
			expect.arrayContaining(['note', 'label', 'aliases', 'notDistractors'])
		);
		expect(schema.required).not.toContain('untestable');
		expect(schema.properties.untestable.default).toEqual([]);
		expect(schema.properties.retired.default).toEqual([]);
		// Trimmed, non-empty text: at least one character that is not a space.
		expect(fact.properties.question).toMatchObject({
			type: 'string',
			pattern: '\\S',
			maxLength: 300
		});
	});
});

describe.skipIf(!compile)('published JSON Schema, checked with an installed validator', () => {
	const validate = compile?.(JSON.parse(committed)) as Validate;

	it('accepts the built-in fact file', () => {
		expect(validate(builtin), JSON.stringify(validate.errors)).toBe(true);
	});

	/** A copy of the built-in file with one change. */
	const broken = (change: (file: RawFile, fact: RawFact) => void) => {
		const file = structuredClone(builtin) as RawFile;
		change(file, file.facts[0] as RawFact);
		return file;
	};

	it.each([
		['an unknown field at the root', (f: RawFile) => (f.colour = 'red')],
		['an unknown field in a claim', (_: RawFile, fact: RawFact) => (fact.claim.extra = 1)],
		[
			'"constructor" as a field',
			(f: RawFile) => Object.defineProperty(f.deck, 'constructor', { value: 1, enumerable: true })
		],
		['a missing question', (_: RawFile, fact: RawFact) => delete fact.question],
		['a whitespace-only quote', (_: RawFile, fact: RawFact) => (fact.source.quote = ' \t ')],
		['a number as a value', (_: RawFile, fact: RawFact) => (fact.claim.value = 52)],
		['an unknown value type', (_: RawFile, fact: RawFact) => (fact.claim.type = 'date')],
		[
			'an assessment without "by"',
			(_: RawFile, fact: RawFact) => (fact.status = { kind: 'assessment' })
		],
		['"by" on a reported fact', (_: RawFile, fact: RawFact) => (fact.status.by = 'x')],
		['an upper-case id', (_: RawFile, fact: RawFact) => (fact.id = 'R52')],
		['a fractional deck version', (f: RawFile) => (f.deck.version = 1.5)],
		['format 2', (f: RawFile) => (f.format = 2)],
		['no facts', (f: RawFile) => (f.facts = [])],
		['21 aliases', (_: RawFile, fact: RawFact) => (fact.aliases = Array(21).fill('x'))],
		['an untestable entry without reason', (f: RawFile) => delete f.untestable?.[0]?.reason]
	])('rejects %s, as the parser does', (_, change) => {
		const file = broken(change);
		expect(parseFactFile(file).ok).toBe(false);
		expect(validate(file)).toBe(false);
	});

	it('accepts what the parser accepts: no untestable or retired list, null events', () => {
		const file = broken((f, fact) => {
			delete f.untestable;
			delete f.retired;
			fact.event = null;
		});
		expect(parseFactFile(file).ok).toBe(true);
		expect(validate(file), JSON.stringify(validate.errors)).toBe(true);
	});
});
