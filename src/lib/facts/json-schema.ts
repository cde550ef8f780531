/**
 * The published JSON Schema of the fact file, generated from the valibot schema (the one source
 * of truth) so the two cannot disagree. `scripts/json-schema.ts` writes it to
 * `static/fact-file.schema.json`, where the app ships it; a unit test fails when the committed
 * file differs from a fresh generation.
 *
 * valibot's `trim()` transforms text before its length is checked; JSON Schema cannot transform,
 * so trimmed text that must not be empty becomes `pattern: "\S"` (at least one non-space
 * character: JavaScript's trim and the regex `\s` agree on what a space is). A maximum length
 * still counts the untrimmed text, so the JSON Schema is, if anything, stricter. A `check`
 * (visible text, no control characters) has no JSON Schema form: the comment says the app makes
 * it. Every other action must convert exactly: the converter runs with `errorMode: 'throw'`.
 */
import { toJsonSchema, type JsonSchema } from '@valibot/to-json-schema';
import { FactFileSchema } from './schema';

export const FACT_FILE_SCHEMA_PATH = 'static/fact-file.schema.json';

export function factFileJsonSchema(): JsonSchema {
	const schema = toJsonSchema(FactFileSchema, {
		target: 'draft-07',
		errorMode: 'throw',
		overrideAction: ({ valibotAction, jsonSchema }) => {
			if (valibotAction.type === 'trim') return { ...jsonSchema, pattern: '\\S' };
			// Checks of text a JSON Schema cannot say (visible, no control characters): the app's.
			if (valibotAction.type === 'check') return jsonSchema;
			return undefined;
		}
	});
	return {
		$schema: schema.$schema,
		$comment: `Generated from src/lib/facts/schema.ts by scripts/json-schema.ts; do not edit. Quotes must also be verbatim in their documents, ids unique and resolvable, and text visible, without control or text-direction characters: the app checks those too.`,
		...schema
	};
}

/** The file as committed: tab-indented JSON and a final newline. */
export function factFileJsonSchemaText(): string {
	return `${JSON.stringify(factFileJsonSchema(), null, '\t')}\n`;
}
