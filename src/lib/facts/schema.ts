/**
 * The fact-file format (version 1), as a strict valibot schema.
 *
 * A fact file is data a teacher could write by hand: documents, the events they describe, facts
 * drawn from them, and typed distractor-only values. Every fact cites one verbatim sentence of one
 * document. Unknown keys are rejected so a typo never silently drops a field.
 */
import * as v from 'valibot';

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

const id = v.pipe(
	v.string(),
	v.regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'must be lowercase letters, digits and dashes (max 64)')
);
const text = (max: number) =>
	v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'), v.maxLength(max));

export const DocumentSchema = v.strictObject({
	id,
	/** File name of the source text, shipped with the app. */
	file: v.pipe(v.string(), v.regex(/^[\w.-]+\.txt$/, 'must be a .txt file name')),
	title: text(200),
	summary: text(400)
});

/** A historical event. The two releases are two events: every fact about one names it. */
export const EventSchema = v.strictObject({
	id,
	/** How a question names the event unambiguously, e.g. "the release of 52 prisoners". */
	name: text(200),
	documentId: id
});

export const TopicSchema = v.strictObject({ id, label: text(100) });

export const ClaimSchema = v.strictObject({
	/** What the claim is about, qualified enough to be unique (e.g. "release of 52"). */
	subject: text(200),
	/** The relation, e.g. "number of political prisoners released". */
	relation: text(200),
	/** The value the document states, in its canonical form. */
	value: text(200),
	type: v.picklist(VALUE_TYPES)
});

export const StatusSchema = v.variant('kind', [
	v.strictObject({ kind: v.literal('reported') }),
	/** An opinion or forecast in the document; items must attribute it ("according to …"). */
	v.strictObject({ kind: v.literal('assessment'), by: text(200) })
]);

export const SourceSchema = v.strictObject({
	documentId: id,
	/** One sentence (or a contiguous part of one), byte for byte as in the document. */
	quote: text(1000)
});

export const FactSchema = v.strictObject({
	id,
	topic: id,
	/** The event the fact belongs to, or null for background facts (dates, people, context). */
	event: v.nullable(id),
	claim: ClaimSchema,
	/** The question a flashcard asks; it names the event wherever the answer depends on it. */
	question: text(300),
	status: StatusSchema,
	source: SourceSchema,
	/** Where the document is imprecise or doubtful; shown to the learner with the fact. */
	note: v.optional(text(600)),
	/**
	 * Short noun phrase naming what the fact records, for matching and timeline items
	 * ("Belarus becomes independent", "Lukashenko comes to power").
	 */
	label: v.optional(text(120)),
	/** Other accepted spellings of the value for typed answers (transliterations, short forms). */
	aliases: v.optional(v.pipe(v.array(text(200)), v.maxLength(20))),
	/** Values never offered as wrong options for this fact, because a student could argue them. */
	notDistractors: v.optional(v.pipe(v.array(text(200)), v.maxLength(50)))
});

/** A sentence of a document that no item tests, and why (e.g. pure speculation). */
export const UntestableSchema = v.strictObject({
	documentId: id,
	quote: text(1000),
	reason: text(300)
});

/** A fact id no longer in use: ids are never reused, so progress keyed by them stays meaningful. */
export const RetiredSchema = v.strictObject({ id, reason: text(300) });

export const DistractorSchema = v.strictObject({
	type: v.picklist(VALUE_TYPES),
	value: text(200)
});

export const FactFileSchema = v.strictObject({
	format: v.literal(1),
	deck: v.strictObject({
		id,
		title: text(200),
		version: v.pipe(v.number(), v.integer(), v.minValue(1))
	}),
	documents: v.pipe(v.array(DocumentSchema), v.minLength(1), v.maxLength(50)),
	events: v.pipe(v.array(EventSchema), v.maxLength(200)),
	topics: v.pipe(v.array(TopicSchema), v.minLength(1), v.maxLength(100)),
	facts: v.pipe(v.array(FactSchema), v.minLength(1), v.maxLength(10000)),
	/** Typed values used only as wrong options; never shown as true. */
	distractors: v.pipe(v.array(DistractorSchema), v.maxLength(5000)),
	untestable: v.optional(v.pipe(v.array(UntestableSchema), v.maxLength(5000)), []),
	retired: v.optional(v.pipe(v.array(RetiredSchema), v.maxLength(10000)), [])
});

export type FactFile = v.InferOutput<typeof FactFileSchema>;
export type Fact = v.InferOutput<typeof FactSchema>;
export type Claim = v.InferOutput<typeof ClaimSchema>;
export type SourceDocument = v.InferOutput<typeof DocumentSchema>;
export type DeckEvent = v.InferOutput<typeof EventSchema>;
export type Topic = v.InferOutput<typeof TopicSchema>;
export type Distractor = v.InferOutput<typeof DistractorSchema>;
export type Untestable = v.InferOutput<typeof UntestableSchema>;
