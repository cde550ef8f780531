/**
 * The fact-file format (version 1), as a strict valibot schema.
 *
 * A fact file is data a teacher could write by hand: documents, the events they describe, facts
 * drawn from them, and typed distractor-only values. Every fact cites one verbatim sentence of one
 * document. Unknown keys are rejected so a typo never silently drops a field.
 *
 * Compatibility rule: version 1 only grows by optional (or defaulted) fields, so every file that
 * was valid stays valid. The descriptions below are published with the JSON Schema generated
 * from this file (`static/fact-file.schema.json`, written by `scripts/json-schema.ts`); the
 * messages are what a teacher reads when an imported file fails, so they are plain English.
 */
import * as v from 'valibot';
import { hasVisible } from '../quiz/visible';

/** What kind of thing a fact's value is; distractors are always drawn from the same kind. */
export const VALUE_TYPES = [
	'count',
	'year',
	'person',
	'role',
	'country',
	'commodity',
	'organization',
	'group',
	'concept'
] as const;
export type ValueType = (typeof VALUE_TYPES)[number];

/** Most entries a list may have: checked before anything else, so a huge file is refused fast. */
export const LIST_LIMITS = {
	documents: 50,
	events: 200,
	topics: 100,
	facts: 10_000,
	distractors: 5_000,
	untestable: 5_000,
	retired: 10_000
} as const;

const idFormat = v.regex(
	/^[a-z0-9][a-z0-9-]{0,63}$/,
	'must be lowercase letters, digits and dashes (max 64)'
);
const id = v.pipe(v.string(), idFormat);
const text = (max: number) =>
	v.pipe(
		v.string(),
		v.trim(),
		v.minLength(1, 'must not be empty'),
		v.maxLength(max, `must be at most ${max} characters long`),
		// Control and text-direction characters hide or reorder what a reader sees.
		// Tabs and line breaks are fine (a quote copied from a hard-wrapped text has them).
		v.check(
			(value) => !HIDDEN_CONTROL.test(value),
			'must not contain control or text-direction characters'
		),
		v.check(
			(value) => value === '' || hasVisible(value),
			'must have visible text, not only spaces or invisible marks'
		),
		v.check(wellFormed, 'must be valid Unicode text (it has a broken character)')
	);
/** Control characters other than tab and line breaks, and text-direction overrides. */
const HIDDEN_CONTROL =
	// eslint-disable-next-line no-control-regex
	/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/** No lone surrogate (half of a character, as a broken copy leaves). */
function wellFormed(value: string): boolean {
	return !/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(value);
}
const list = <T extends v.GenericSchema>(item: T, max: number) =>
	v.pipe(v.array(item), v.maxLength(max, `must have at most ${max} entries`));
const nonEmptyList = <T extends v.GenericSchema>(item: T, max: number) =>
	v.pipe(
		v.array(item),
		v.minLength(1, 'must have at least one entry'),
		v.maxLength(max, `must have at most ${max} entries`)
	);

export const DocumentSchema = v.strictObject({
	id,
	file: v.pipe(
		v.string(),
		v.regex(/^[\w.-]+\.txt$/, 'must be a .txt file name'),
		v.description('File name of the source text, e.g. "000_ab8cce6dda6e05d1.txt".')
	),
	title: text(200),
	summary: text(400),
	altTitles: v.optional(
		v.pipe(
			list(text(200), 5),
			v.description(
				'Other ways to name the document, tried in order when the title would give away the answer of a fill-in-the-blank or true/false question that names the document (e.g. a title with the number asked for). Each must still tell the document apart from the others.'
			)
		)
	)
});

/** A historical event. The two releases are two events: every fact about one names it. */
export const EventSchema = v.strictObject({
	id,
	name: v.pipe(
		text(200),
		v.description(
			'How a question names the event unambiguously, e.g. "the release of 52 political prisoners".'
		)
	),
	documentId: id
});

export const TopicSchema = v.strictObject({ id, label: text(100) });

export const ClaimSchema = v.strictObject({
	subject: v.pipe(
		text(200),
		v.description(
			'What the claim is about, qualified enough to be unique (e.g. "the release of 52 political prisoners"). For a role fact: the person\'s full name.'
		)
	),
	relation: v.pipe(
		text(200),
		v.description('The relation, e.g. "number of political prisoners released".')
	),
	value: v.pipe(text(200), v.description('The value the document states, in its canonical form.')),
	type: v.pipe(
		v.picklist(VALUE_TYPES, `must be one of ${VALUE_TYPES.join(', ')}`),
		v.description('What kind of thing the value is; wrong options are drawn from the same kind.')
	)
});

export const StatusSchema = v.pipe(
	v.variant(
		'kind',
		[
			v.strictObject({ kind: v.literal('reported') }),
			/** An opinion or forecast in the document; items must attribute it ("according to …"). */
			v.strictObject({
				kind: v.literal('assessment'),
				by: v.pipe(
					text(200),
					v.description('Who makes the assessment, e.g. "human rights groups".')
				)
			})
		],
		'must be "reported" or "assessment"'
	),
	v.description(
		'"reported": the document states it as fact. "assessment": an opinion or forecast, always asked as "According to the document, …".'
	)
);

export const SourceSchema = v.strictObject({
	documentId: id,
	quote: v.pipe(
		text(1000),
		v.description(
			'One sentence (or a contiguous part of one), character for character as in the document.'
		)
	)
});

export const FactSchema = v.strictObject({
	id: v.pipe(
		id,
		v.description("Stable: never renamed or reused, since a learner's progress is keyed by it.")
	),
	topic: id,
	event: v.pipe(
		v.nullable(v.pipe(v.string('must be an event id or null'), idFormat)),
		v.description(
			'The event the fact belongs to, or null for background facts (dates, people, context).'
		)
	),
	claim: ClaimSchema,
	question: v.pipe(
		text(300),
		v.description(
			'The question a flashcard asks; it names the event wherever the answer depends on it.'
		)
	),
	status: StatusSchema,
	source: SourceSchema,
	note: v.optional(
		v.pipe(
			text(600),
			v.description(
				'Where the document is imprecise or doubtful; shown to the learner with the fact.'
			)
		)
	),
	label: v.optional(
		v.pipe(
			text(120),
			v.description(
				'Short phrase for matching and timeline items, readable without the question: for a year, the event it dates ("Belarus becomes independent"); for a role fact, the role in full ("Envoy of the Trump administration"); otherwise what the value is the answer to ("The release of 123 political prisoners").'
			)
		)
	),
	aliases: v.optional(
		v.pipe(
			v.array(text(200)),
			v.maxLength(20, 'must have at most 20 entries'),
			v.description(
				'Other accepted spellings of the value for typed answers (transliterations, short forms).'
			)
		)
	),
	notDistractors: v.optional(
		v.pipe(
			v.array(text(200)),
			v.maxLength(50, 'must have at most 50 entries'),
			v.description(
				'Values never offered as wrong options for this fact, because a student could argue them.'
			)
		)
	)
});

/** A sentence of a document that no item tests, and why (e.g. pure speculation). */
export const UntestableSchema = v.strictObject({
	documentId: id,
	quote: v.pipe(
		text(1000),
		v.description('The sentence, character for character as in the document.')
	),
	reason: v.pipe(
		text(300),
		v.description('Why no item tests it, e.g. "pure speculation about the future".')
	)
});

/** A fact id no longer in use: ids are never reused, so progress keyed by them stays meaningful. */
export const RetiredSchema = v.strictObject({ id, reason: text(300) });

export const DistractorSchema = v.strictObject({
	type: v.picklist(VALUE_TYPES, `must be one of ${VALUE_TYPES.join(', ')}`),
	value: text(200)
});

export const DeckSchema = v.strictObject({
	id,
	title: text(200),
	version: v.pipe(
		v.number('must be a number'),
		v.integer('must be a whole number'),
		v.minValue(1, 'must be 1 or more')
	)
});

/** The file's fields; `FactFileSchema` adds the title and description the JSON Schema shows. */
export const FactFileObjectSchema = v.strictObject({
	format: v.literal(1, 'must be 1 (the only fact-file format so far)'),
	deck: DeckSchema,
	documents: nonEmptyList(DocumentSchema, LIST_LIMITS.documents),
	events: list(EventSchema, LIST_LIMITS.events),
	topics: nonEmptyList(TopicSchema, LIST_LIMITS.topics),
	facts: nonEmptyList(FactSchema, LIST_LIMITS.facts),
	distractors: v.pipe(
		list(DistractorSchema, LIST_LIMITS.distractors),
		v.description('Typed values used only as wrong options; never shown as true.')
	),
	untestable: v.optional(
		v.pipe(
			list(UntestableSchema, LIST_LIMITS.untestable),
			v.description('Sentences of the documents that no item tests, each with the reason.')
		),
		[]
	),
	retired: v.optional(
		v.pipe(
			list(RetiredSchema, LIST_LIMITS.retired),
			v.description('Fact ids no longer in use, with the reason; an id is never reused.')
		),
		[]
	)
});

export const FactFileSchema = v.pipe(
	FactFileObjectSchema,
	v.title('Belarus Study fact file (format 1)'),
	v.description(
		'Documents, the events they describe, facts drawn from them (each citing a verbatim sentence), and distractor-only values.'
	)
);

export type FactFile = v.InferOutput<typeof FactFileSchema>;
export type Fact = v.InferOutput<typeof FactSchema>;
export type Claim = v.InferOutput<typeof ClaimSchema>;
export type SourceDocument = v.InferOutput<typeof DocumentSchema>;
export type DeckEvent = v.InferOutput<typeof EventSchema>;
export type Topic = v.InferOutput<typeof TopicSchema>;
export type Distractor = v.InferOutput<typeof DistractorSchema>;
export type Untestable = v.InferOutput<typeof UntestableSchema>;
export type Retired = v.InferOutput<typeof RetiredSchema>;
