/**
 * Why a fact file fails the schema, as problems a teacher can act on: a path and a sentence.
 *
 * A hostile file can hold thousands of broken entries. Wording every valibot issue of every
 * entry takes seconds (valibot builds each message eagerly), so the entries are checked one at
 * a time and the pass stops as soon as more problems are found than will be listed. Unknown
 * fields are all reported (valibot reports only the first of each object).
 */
import * as v from 'valibot';
import {
	ClaimSchema,
	DistractorSchema,
	DocumentSchema,
	EventSchema,
	FactFileObjectSchema,
	FactSchema,
	LIST_LIMITS,
	RetiredSchema,
	SourceSchema,
	TopicSchema,
	UntestableSchema
} from './schema';

export interface SchemaProblem {
	/** Dotted path into the JSON, e.g. "facts.3.source.quote"; "(root)" for the file itself. */
	path: string;
	message: string;
}

export const ROOT_PATH = '(root)';

/** The lists of the format and the schema of one entry of each. */
const LISTS: Record<string, v.GenericSchema> = {
	documents: DocumentSchema,
	events: EventSchema,
	topics: TopicSchema,
	facts: FactSchema,
	distractors: DistractorSchema,
	untestable: UntestableSchema,
	retired: RetiredSchema
};

export const isRecord = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

/** A property of the object itself, never one found on its prototype. */
export const own = (record: Record<string, unknown>, key: string) =>
	Object.hasOwn(record, key) ? record[key] : undefined;

/** Lists longer than the format allows: checked first, so no entry of a huge list is read. */
export function listLimitProblems(input: unknown): SchemaProblem[] {
	if (!isRecord(input)) return [];
	return Object.entries(LIST_LIMITS).flatMap(([key, limit]) => {
		const list = own(input, key);
		return Array.isArray(list) && list.length > limit
			? [{ path: key, message: `must have at most ${limit} entries (found ${list.length})` }]
			: [];
	});
}

/**
 * The schema problems of a file that failed to parse, in file order, stopping after `limit`
 * problems (so a result of `limit` problems may mean "and more").
 */
export function schemaProblems(input: unknown, limit: number): SchemaProblem[] {
	if (!isRecord(input))
		return [{ path: ROOT_PATH, message: `must be a JSON object (found ${found(input)})` }];
	const problems: SchemaProblem[] = [];
	const full = () => problems.length >= limit;
	const add = (list: SchemaProblem[]) => problems.push(...list.slice(0, limit - problems.length));

	for (const [key, schema] of Object.entries(FactFileObjectSchema.entries)) {
		if (full()) break;
		const value = own(input, key);
		const item = LISTS[key];
		if (value === undefined && schema.type !== 'optional')
			add([{ path: key, message: `required field "${key}" is missing` }]);
		else if (item && Array.isArray(value) && value.length > 0)
			for (let i = 0; i < value.length && !full(); i++)
				add(entryProblems(item, value[i], `${key}.${i}`));
		else add(entryProblems(schema, value, key));
	}
	if (!full()) add(unknownFields(input, '', FactFileObjectSchema.entries));
	return problems;
}

/** The problems of one entry of a list (or of any one value), with paths under `at`. */
function entryProblems(schema: v.GenericSchema, value: unknown, at: string): SchemaProblem[] {
	const problems = issuesAt(schema, value, at);
	const entries = (schema as { entries?: object }).entries;
	if (!isRecord(value) || !entries) return problems;
	problems.push(...unknownFields(value, at, entries));
	if (schema === FactSchema) {
		problems.push(...unknownFields(own(value, 'claim'), `${at}.claim`, ClaimSchema.entries));
		problems.push(...unknownFields(own(value, 'source'), `${at}.source`, SourceSchema.entries));
		const status = own(value, 'status');
		const kind = isRecord(status) ? own(status, 'kind') : undefined;
		if (kind === 'reported') problems.push(...unknownFields(status, `${at}.status`, { kind }));
		if (kind === 'assessment')
			problems.push(...unknownFields(status, `${at}.status`, { kind, by: true }));
	}
	return problems;
}

/** valibot's issues for a value, minus unknown keys (reported by unknownFields, all of them). */
function issuesAt(schema: v.GenericSchema, value: unknown, at: string): SchemaProblem[] {
	const result = v.safeParse(schema, value);
	if (result.success) return [];
	return result.issues
		.filter((issue) => !isUnknownKey(issue))
		.map((issue) => {
			const path = v.getDotPath(issue);
			return { path: path ? `${at}.${path}` : at, message: describeIssue(issue) };
		});
}

/** Every key of `value` that the format does not define at this place. */
function unknownFields(value: unknown, at: string, known: object): SchemaProblem[] {
	if (!isRecord(value)) return [];
	return Object.keys(value)
		.filter((key) => !Object.hasOwn(known, key))
		.map((key) => ({
			path: at ? `${at}.${clip(key)}` : clip(key),
			message: `unknown field "${clip(key)}": not part of the fact-file format`
		}));
}

const isUnknownKey = (issue: v.BaseIssue<unknown>) =>
	issue.kind === 'schema' && issue.type === 'strict_object' && issue.expected === 'never';

/** At most `max` characters of untrusted text, for a message. */
export function clip(value: string, max = 60): string {
	return value.length <= max ? value : `${value.slice(0, max)}…`;
}

/** What a value is, for "found …", quoting at most a short piece of it. */
export function found(value: unknown): string {
	if (value === undefined) return 'nothing';
	if (value === null) return 'null';
	if (typeof value === 'string') return `text "${clip(value)}"`;
	if (typeof value === 'number') return `the number ${value}`;
	if (typeof value === 'boolean') return String(value);
	if (Array.isArray(value)) return 'a list';
	if (typeof value === 'object') return 'an object';
	return typeof value;
}

const TYPE_NAMES: Record<string, string> = {
	Object: 'an object',
	Array: 'a list',
	string: 'text',
	number: 'a number',
	boolean: 'true or false',
	null: 'null'
};

/** valibot's issue as a sentence a teacher can act on. */
function describeIssue(issue: v.BaseIssue<unknown>): string {
	const { kind, expected, received } = issue;
	if (kind === 'schema' && received === 'undefined' && expected?.startsWith('"'))
		return `required field ${clip(expected)} is missing`;
	// Messages the schema writes itself are already plain; valibot's own start with "Invalid".
	const custom = !issue.message.startsWith('Invalid ');
	if (kind !== 'schema') return custom ? issue.message : clip(issue.message, 200);
	const wanted = custom
		? issue.message
		: `must be ${(expected ?? 'something else')
				.replace(/^\(|\)$/g, '')
				.split(' | ')
				.map((name) => TYPE_NAMES[name] ?? clip(name))
				.join(' or ')}`;
	return `${wanted} (found ${found(issue.input)})`;
}
