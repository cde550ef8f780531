/**
 * An assignment: a quiz a teacher shares as a link. The whole quiz lives in the URL fragment,
 * which browsers never send to a server: `/assignment#<version>.<base64url(deflate-raw(JSON))>`.
 * Items are referenced by id only, with the deck id and its content hash, so a link stays short
 * (25 questions ≈ 600 characters) and works for every item kind.
 *
 * Compatibility rule: the number before the dot is the format version. An app decodes every
 * version up to its own, forever (links outlive releases), and refuses a newer one with "update
 * the app". Any change to the JSON shape — a field added, removed or given a new meaning — bumps
 * the version; the schema below is strict, so an older app never half-reads a newer link.
 *
 * Decoding never trusts the input: the fragment length is capped, decompression stops past a
 * size cap, the JSON is checked by a strict schema, and only then are item ids looked up in the
 * deck. Every failure is a value with a plain-words message, never an exception.
 */
import { hasVisible } from './visible';
import * as v from 'valibot';
import { checkOf, deflate, toBase64url, unpackJson, utf8 } from './bytes';

/** 2 adds a check (`checkOf`) after the data; links of version 1, without one, still open. */
export const LINK_VERSION = 2;
/** Longer fragments are refused before any work: far above any real quiz (25 questions ≈ 600). */
export const MAX_FRAGMENT = 4000;
/** Decompressed JSON larger than this is refused while it is being inflated. */
export const MAX_JSON = 64 * 1024;
export const MAX_QUESTIONS = 100;
export const MAX_TITLE = 120;
export const MAX_MINUTES = 600;

/**
 * A time limit as a teacher typed it (minutes; empty or 0 for none) → the setting, or undefined
 * when it is not whole minutes from 0 to MAX_MINUTES (refused with a message, never rounded).
 */
export function timeLimitOf(minutes: number | null): number | null | undefined {
	if (minutes === null || minutes === 0) return null;
	return Number.isInteger(minutes) && minutes > 0 && minutes <= MAX_MINUTES ? minutes : undefined;
}

export interface QuizSettings {
	/** Minutes, or null for no time limit. */
	timeLimit: number | null;
	shuffleQuestions: boolean;
	shuffleOptions: boolean;
	/** Students see each question with the right answer and its source after submitting. */
	showAnswers: boolean;
	/** A student may take it again on the same device after submitting. */
	allowRetake: boolean;
	/** Due date as YYYY-MM-DD, or null. */
	due: string | null;
}

export interface Assignment {
	id: string;
	title: string;
	deck: { id: string; hash: string };
	itemIds: string[];
	seed: string;
	settings: QuizSettings;
}

const token = (max: number) => v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]+$/), v.maxLength(max));
// Item ids are `<factId>:<kind>[:<variant>]`; the deck decides whether one exists.
const itemIdSchema = v.pipe(
	v.string(),
	v.maxLength(120),
	v.regex(/^[a-z0-9][a-z0-9-]*(?::[a-z0-9][a-z0-9-]*){1,3}$/)
);
// Titles are shown as text; control characters and bidi overrides are still refused.
// eslint-disable-next-line no-control-regex
const plainText = /^[^\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]*$/;
/** A day that exists ("2025-02-31" does not; the calendar would roll it over to March). */
const isRealDay = (day: string) => {
	const date = new Date(`${day}T00:00:00Z`);
	return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(day);
};
const dueSchema = v.pipe(
	v.string(),
	v.regex(
		/^(19|20|21)\d{2}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/,
		'Give the due date as a day from 1900 to 2199, or leave it empty.'
	),
	v.check(isRealDay, 'The due date is not a real day.')
);
const titleSchema = v.pipe(
	v.string(),
	v.maxLength(MAX_TITLE),
	v.regex(plainText, 'The title has control or text-direction characters; type it again.'),
	v.check(hasVisible, 'The title has nothing visible in it.')
);

/** What is wrong with a title or a due date as typed (for the form to say under its field). */
export const titleProblem = (title: string) => v.safeParse(titleSchema, title).issues?.[0].message;
export const dueProblem = (due: string) =>
	due === '' ? undefined : v.safeParse(dueSchema, due).issues?.[0].message;

const FLAGS = { shuffleQuestions: 1, shuffleOptions: 2, showAnswers: 4, allowRetake: 8 } as const;

/** Version 1 on the wire: short keys, booleans packed into `f`. */
const WireV1 = v.strictObject({
	i: token(24),
	t: titleSchema,
	d: v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]{0,63}$/)),
	h: token(32),
	q: v.pipe(v.array(itemIdSchema), v.minLength(1), v.maxLength(MAX_QUESTIONS)),
	s: token(32),
	l: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_MINUTES)),
	f: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(15)),
	u: v.union([v.literal(''), dueSchema])
});
type WireV1 = v.InferOutput<typeof WireV1>;

function toWire(a: Assignment): WireV1 {
	const s = a.settings;
	let f = 0;
	for (const [key, bit] of Object.entries(FLAGS)) if (s[key as keyof typeof FLAGS]) f |= bit;
	return {
		i: a.id,
		t: a.title,
		d: a.deck.id,
		h: a.deck.hash,
		q: a.itemIds,
		s: a.seed,
		l: s.timeLimit ?? 0,
		f,
		u: s.due ?? ''
	};
}

function fromWire(w: WireV1): Assignment {
	return {
		id: w.i,
		title: w.t,
		deck: { id: w.d, hash: w.h },
		itemIds: w.q,
		seed: w.s,
		settings: {
			timeLimit: w.l === 0 ? null : w.l,
			shuffleQuestions: (w.f & FLAGS.shuffleQuestions) !== 0,
			shuffleOptions: (w.f & FLAGS.shuffleOptions) !== 0,
			showAnswers: (w.f & FLAGS.showAnswers) !== 0,
			allowRetake: (w.f & FLAGS.allowRetake) !== 0,
			due: w.u === '' ? null : w.u
		}
	};
}

/** Problems with an assignment as built; an empty list means it can be shared. */
export function assignmentProblems(a: Assignment): string[] {
	const parsed = v.safeParse(WireV1, toWire(a));
	const problems = parsed.success ? [] : parsed.issues.map((i) => i.message);
	if (new Set(a.itemIds).size !== a.itemIds.length) problems.push('A question is chosen twice.');
	return problems;
}

/** The fragment (without `#`) for an assignment. */
export async function encodeAssignment(a: Assignment): Promise<string> {
	const problems = assignmentProblems(a);
	if (problems.length) throw new Error(`Invalid assignment: ${problems.join('; ')}`);
	const packed = await deflate(utf8(JSON.stringify(toWire(a))));
	const body = `${LINK_VERSION}.${toBase64url(packed)}`;
	return `${body}.${await checkOf(body)}`;
}

export type LinkProblem =
	| 'empty'
	| 'too-long'
	| 'not-a-link'
	| 'newer-version'
	| 'damaged'
	| 'too-large'
	| 'invalid'
	| 'other-deck'
	| 'other-version';

export const LINK_MESSAGES: Record<LinkProblem, string> = {
	empty:
		'This link has no quiz in it. Ask your teacher to send the whole link again (everything after the # sign matters).',
	'too-long':
		'This link is far too long to be a quiz from this app. It may have been altered; ask your teacher for the link again.',
	'not-a-link':
		'This is not a quiz link from Belarus Study, or its beginning was lost when it was copied. Ask your teacher for the link again.',
	'newer-version':
		'This quiz was made with a newer version of Belarus Study. Open the app while online and reload it to update, then open the link again.',
	damaged:
		'This link is damaged or cut short, perhaps copied only in part. Ask your teacher to send it again.',
	'too-large':
		'This link unpacks to far more data than any quiz, so it was not opened. Ask your teacher for the link again.',
	invalid:
		'This link does not hold a valid quiz; it may have been edited by hand. Ask your teacher for the link again.',
	'other-deck':
		'This quiz is for a different set of questions than this app has, so it cannot be taken here.',
	'other-version':
		'This link was made for another version of the questions than this app has. If the app offers an update, reload it and open the link again; if not, ask your teacher to make the link again in the current version of the app.'
};

export type Decoded<T, P extends string> =
	{ ok: true; value: T } | { ok: false; problem: P; message: string };

const fail = <P extends LinkProblem>(problem: P) =>
	({ ok: false, problem, message: LINK_MESSAGES[problem] }) as const;

/** What chats leave after a link: closing punctuation, quotes, encoded spaces. */
const TRAILING = /(?:[\s.,;:!?)\]}>'"»”’\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]|%20)+$/u;

/**
 * A link's fragment as the app keeps it: without the leading `#`, and without what a chat leaves
 * after a link ("…Ab3x." or "(…Ab3x)"): no link ends in punctuation or a space.
 */
export function cleanFragment(fragment: string): string {
	// The browser keeps `”` or `>` after a link as `%E2%80%9D`, `%3E`: read them as typed. A link
	// itself has nothing to decode, so decoding never changes it.
	let text = fragment;
	try {
		text = decodeURIComponent(fragment);
	} catch {
		// A broken escape: left as it is, for the checks to refuse.
	}
	const trimmed = text.trim().replace(TRAILING, '');
	return trimmed.startsWith('#') ? trimmed.slice(1) : trimmed;
}

/** Fragment (with or without the leading `#`) → assignment. Never throws. */
export async function decodeAssignment(
	fragment: string
): Promise<Decoded<Assignment, LinkProblem>> {
	if (typeof fragment !== 'string') return fail('empty');
	const text = cleanFragment(fragment);
	if (text.trim() === '') return fail('empty');
	if (text.length > MAX_FRAGMENT) return fail('too-long');
	const match = /^(\d{1,6})\.([A-Za-z0-9_-]*)(?:\.([A-Za-z0-9_-]*))?$/.exec(text);
	if (!match) return fail('not-a-link');
	const version = Number(match[1]);
	if (version > LINK_VERSION) return fail('newer-version');
	if (version !== 1 && version !== 2) return fail('not-a-link');
	// Version 2 carries a check of everything before it; version 1 had none (and no third part).
	if (version === 1 && match[3] !== undefined) return fail('damaged');
	if (version === 2 && match[3] !== (await checkOf(`2.${match[2]}`))) return fail('damaged');
	const unpacked = await unpackJson(match[2] as string, MAX_JSON);
	if (!unpacked.ok) return fail(unpacked.reason);
	const parsed = v.safeParse(WireV1, unpacked.data);
	if (!parsed.success) return fail('invalid');
	const assignment = fromWire(parsed.output);
	if (new Set(assignment.itemIds).size !== assignment.itemIds.length) return fail('invalid');
	return { ok: true, value: assignment };
}

export interface DeckIdentity {
	id: string;
	hash: string;
	has(itemId: string): boolean;
}

/** Is the assignment for exactly the questions this app has? */
export function checkDeck(
	a: Assignment,
	deck: DeckIdentity
): { ok: true } | { ok: false; problem: 'other-deck' | 'other-version'; message: string } {
	if (a.deck.id !== deck.id) return fail('other-deck');
	if (a.deck.hash !== deck.hash || !a.itemIds.every((id) => deck.has(id)))
		return fail('other-version');
	return { ok: true };
}

/**
 * Reads the fragment of a whole link (or a bare fragment) pasted by a user, with words around
 * it ("Quiz #3: https://…/assignment#2.… see you"): the last `#<version>.…`, up to a space.
 */
export function fragmentOf(link: string): string {
	const found = [...link.matchAll(/#(\d{1,6}\.\S*)/g)].at(-1);
	return found?.[1] ?? link.trim().split(/\s/)[0] ?? '';
}
