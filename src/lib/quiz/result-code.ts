/**
 * A result code: what a student sends back to the teacher, by any chat or as a QR code.
 * `R<version>.<base64url(deflate-raw(JSON))>.<check>` where `check` is the first 6 bytes of
 * SHA-256 over everything before it, in base64url. The check catches damage (a character lost
 * or changed in copying); it is NOT a signature: anyone can make a valid code, so results are
 * self-reported and the screens say so.
 *
 * Compatibility rule (as for links): the number after `R` is the format version; an app decodes
 * every version up to its own and refuses newer ones with "update the app"; any change to the
 * JSON shape bumps it; the schema is strict.
 *
 * Answers are compact `ItemResponse`s in the assignment's question order (not the order a
 * student saw): a number is a choice, a boolean true/false, a string typed text, `{o}` an order,
 * `{p}` matching pairs, `{m}` a self-graded flashcard, null unanswered.
 */
import { hasVisible } from './visible';
import * as v from 'valibot';
import { MAX_TYPED, type ItemResponse } from '../items/response';
import { checkOf, deflate, toBase64url, unpackJson, utf8 } from './bytes';
import { MAX_QUESTIONS, type Decoded } from './assignment';

export const RESULT_VERSION = 1;
export const MAX_CODE = 4000;
export const MAX_CODE_JSON = 16 * 1024;
export const MAX_NAME = 60;

export interface StudentResult {
	assignmentId: string;
	student: string;
	/** One per question of the assignment, in its order; null when unanswered. */
	responses: (ItemResponse | null)[];
	/** Seconds spent answering. */
	seconds: number;
	/** When it was submitted, epoch seconds (orders two codes of the same student). */
	submittedAt: number;
}

type Compact =
	number | boolean | string | { o: number[] } | { p: number[] } | { m: boolean } | null;

const index = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(99));
const CompactSchema = v.union([
	v.null(),
	index,
	v.boolean(),
	// A typed answer, shown in the teacher's report and CSV: without characters that would hide
	// or reorder the text around it (the code stays valid: a student may have pasted one).
	v.pipe(
		v.string(),
		v.maxLength(MAX_TYPED),
		v.transform((typed) => typed.replace(NOT_IN_NAMES, ' '))
	),
	v.strictObject({ o: v.pipe(v.array(index), v.maxLength(20)) }),
	v.strictObject({ p: v.pipe(v.array(index), v.maxLength(20)) }),
	v.strictObject({ m: v.boolean() })
]);

/** Control and text-direction characters: a name with one could reorder or hide the text around it. */
// eslint-disable-next-line no-control-regex
const NOT_IN_NAMES = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
const nameText = new RegExp(`^[^${NOT_IN_NAMES.source.slice(1, -1)}]+$`);

/**
 * Invisible marks that autofill and copied contacts add to names (zero-width space, direction
 * marks, byte order mark, word joiner): "\u200eAnna" must be the same student as "Anna".
 */
const INVISIBLE = /[\u200b\u200e\u200f\u061c\ufeff\u2060]/g;

/**
 * A student's name as typed → as a result code carries it: without control, direction and
 * invisible characters (pasted names often bring them), spaces collapsed, at most MAX_NAME
 * characters.
 */
export const cleanName = (typed: string) =>
	typed
		.replace(NOT_IN_NAMES, '')
		.replace(INVISIBLE, '')
		.trim()
		.replace(/\s+/g, ' ')
		.slice(0, MAX_NAME)
		.trim();

const WireV1 = v.strictObject({
	a: v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]+$/), v.maxLength(24)),
	n: v.pipe(v.string(), v.regex(nameText), v.maxLength(MAX_NAME), v.check(hasVisible)),
	r: v.pipe(v.array(CompactSchema), v.minLength(1), v.maxLength(MAX_QUESTIONS)),
	t: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(10_000_000)),
	// Submitted before 2100: a later time would make every real code look older than it.
	w: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(4_102_444_800))
});

export function compactResponse(r: ItemResponse | null): Compact {
	if (!r) return null;
	switch (r.kind) {
		case 'choice':
			return r.index;
		case 'bool':
			return r.value;
		case 'text':
			return r.value;
		case 'order':
			return { o: r.order };
		case 'pairs':
			return { p: r.rights };
		case 'self':
			return { m: r.remembered };
	}
}

export function expandResponse(c: Compact): ItemResponse | null {
	if (c === null) return null;
	if (typeof c === 'number') return { kind: 'choice', index: c };
	if (typeof c === 'boolean') return { kind: 'bool', value: c };
	if (typeof c === 'string') return { kind: 'text', value: c };
	if ('o' in c) return { kind: 'order', order: c.o };
	if ('p' in c) return { kind: 'pairs', rights: c.p };
	return { kind: 'self', remembered: c.m };
}

/**
 * Student names are compared trimmed, NFC, case-insensitively, inner spaces collapsed, and
 * without the invisible marks `cleanName` removes (joiners, which shape letters, stay).
 */
export const studentKey = (name: string) =>
	name.normalize('NFC').replace(INVISIBLE, '').trim().replace(/\s+/g, ' ').toLowerCase();

export async function encodeResult(r: StudentResult): Promise<string> {
	const wire = {
		a: r.assignmentId,
		n: r.student.trim(),
		r: r.responses.map(compactResponse),
		t: Math.max(0, Math.round(r.seconds)),
		w: Math.max(0, Math.round(r.submittedAt))
	};
	const parsed = v.safeParse(WireV1, wire);
	if (!parsed.success) throw new Error(`Invalid result: ${parsed.issues[0]?.message}`);
	const body = `R${RESULT_VERSION}.${toBase64url(await deflate(utf8(JSON.stringify(wire))))}`;
	return `${body}.${await checkOf(body)}`;
}

export type CodeProblem =
	| 'empty'
	| 'too-long'
	| 'not-a-code'
	| 'newer-version'
	| 'checksum'
	| 'damaged'
	| 'too-large'
	| 'invalid';

export const CODE_MESSAGES: Record<CodeProblem, string> = {
	empty: 'Nothing to read: the code is empty.',
	'too-long': 'Far too long to be a result code from this app.',
	'not-a-code': 'Not a Belarus Study result code (they start with “R1.”).',
	'newer-version':
		'Made by a newer version of Belarus Study: reload the app while online to update, then paste it again.',
	checksum:
		'The code was damaged or cut short when it was copied (its check does not match). Ask the student to send it again.',
	damaged: 'The code is damaged and cannot be read. Ask the student to send it again.',
	'too-large': 'The code unpacks to far more data than any result, so it was not read.',
	invalid: 'The code does not hold a valid result; it may have been edited by hand.'
};

const fail = (problem: CodeProblem) =>
	({ ok: false, problem, message: CODE_MESSAGES[problem] }) as const;

/** One result code → result. Never throws. */
export async function decodeResult(code: string): Promise<Decoded<StudentResult, CodeProblem>> {
	if (typeof code !== 'string') return fail('empty');
	const text = code.trim();
	if (text === '') return fail('empty');
	if (text.length > MAX_CODE) return fail('too-long');
	const match = /^R(\d{1,6})\.([A-Za-z0-9_-]*)\.([A-Za-z0-9_-]*)$/.exec(text);
	if (!match) return fail(/^R\d{1,6}\./.test(text) ? 'damaged' : 'not-a-code');
	const version = Number(match[1]);
	if (version > RESULT_VERSION) return fail('newer-version');
	if (version !== 1) return fail('not-a-code');
	const body = `R${match[1]}.${match[2]}`;
	if ((await checkOf(body)) !== match[3]) return fail('checksum');
	const unpacked = await unpackJson(match[2] as string, MAX_CODE_JSON);
	if (!unpacked.ok) return fail(unpacked.reason);
	const parsed = v.safeParse(WireV1, unpacked.data);
	if (!parsed.success) return fail('invalid');
	const w = parsed.output;
	return {
		ok: true,
		value: {
			assignmentId: w.a,
			// A code made before names were cleaned of invisible marks is read as if cleaned.
			student: w.n.replace(INVISIBLE, '').trim() || w.n.trim(),
			responses: w.r.map((c) => expandResponse(c as Compact)),
			seconds: w.t,
			submittedAt: w.w
		}
	};
}

/**
 * Pasted text (a chat export, several codes, a code per line) → the candidate codes in it.
 * Anything that starts like a code is returned, damaged or not, so it can be reported.
 */
export function findCodes(text: string): string[] {
	// "R<version>." not inside a word ("Boris:R1…", "Alice-R1…", "code=R1…"), up to the first
	// character a code cannot have; a trailing full stop is the sentence's (a dash can end a code).
	// Eight characters at least after the dot: a code cut short is still reported, but chat about
	// "R1." or "R2.5" is not a code.
	return [
		...text
			.slice(0, 2_000_000)
			.matchAll(/(?<![A-Za-z0-9])R\d{1,6}\.[A-Za-z0-9_-][A-Za-z0-9_.-]{7,}/g)
	].map(([code]) => code.replace(/\.+$/, ''));
}
