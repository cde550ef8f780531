/* eslint-disable no-control-regex -- property tests exclude the control characters codes refuse */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deck } from '../builtin-deck';
import { fromBase64url, inflate, toBase64url } from './bytes';
import {
	assignmentProblems,
	checkDeck,
	decodeAssignment,
	encodeAssignment,
	fragmentOf,
	LINK_MESSAGES,
	type Assignment
} from './assignment';
import { craftedCodes, craftedLinks } from './crafted-inputs';
import { canonicalJson, deckHash } from './deck-hash';
import {
	CODE_MESSAGES,
	decodeResult,
	encodeResult,
	findCodes,
	type StudentResult
} from './result-code';
import type { ItemResponse } from '../items/response';

const hash = await deckHash({ file: deck.file, items: deck.items });
const identity = { id: deck.file.deck.id, hash, has: (id: string) => !!deck.item(id) };

function assignment(itemIds: string[], overrides: Partial<Assignment> = {}): Assignment {
	return {
		id: 'a1B2c3D4e5',
		title: 'Week 3: the two releases',
		deck: { id: deck.file.deck.id, hash },
		itemIds,
		seed: 'Zx9_k2',
		settings: {
			timeLimit: 20,
			shuffleQuestions: true,
			shuffleOptions: true,
			showAnswers: true,
			allowRetake: false,
			due: '2026-12-01'
		},
		...overrides
	};
}

const mcqIds = deck.mcqs.map((m) => m.id);
const valid = assignment(mcqIds.slice(0, 10));

describe('base64url', () => {
	it('round-trips any bytes, strictly', () => {
		fc.assert(
			fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
				const text = toBase64url(bytes);
				expect(text).toMatch(/^[A-Za-z0-9_-]*$/);
				expect(fromBase64url(text)).toEqual(bytes);
			})
		);
	});
	it('refuses other alphabets, padding and stray bits', () => {
		expect(fromBase64url('ab+/')).toBeUndefined();
		expect(fromBase64url('QQ==')).toBeUndefined();
		expect(fromBase64url('QR')).toBeUndefined(); // 'R' leaves non-zero bits
		expect(fromBase64url('A')).toBeUndefined();
	});
	it('stops inflating past the cap', async () => {
		const { deflate } = await import('./bytes');
		const bomb = await deflate(new Uint8Array(5_000_000));
		expect(bomb.length).toBeLessThan(6000);
		expect(await inflate(bomb, 64 * 1024)).toEqual({ ok: false, reason: 'too-large' });
	});
});

describe('deck hash', () => {
	it('ignores key order and changes with content', async () => {
		expect(canonicalJson({ b: 1, a: [{ d: 2, c: undefined }] })).toBe('{"a":[{"d":2}],"b":1}');
		expect(hash).toHaveLength(12);
		expect(await deckHash({ file: deck.file, items: deck.items })).toBe(hash);
		const changed = structuredClone(deck.items);
		const mcq = changed.find((i) => i.kind === 'mcq');
		if (mcq?.kind === 'mcq') mcq.options.reverse();
		expect(await deckHash({ file: deck.file, items: changed })).not.toBe(hash);
	});
});

describe('assignment links', () => {
	it('round-trips and is for this deck', async () => {
		const fragment = await encodeAssignment(valid);
		expect(fragment).toMatch(/^2\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{8}$/);
		const decoded = await decodeAssignment(`#${fragment}`);
		expect(decoded).toEqual({ ok: true, value: valid });
		expect(checkDeck(valid, identity)).toEqual({ ok: true });
		expect(fragmentOf(`https://example.org/assignment#${fragment}`)).toBe(fragment);
		// As a chat gives it: words around it, a "#" before it, marks after it.
		const link = `https://example.org/assignment#${fragment}`;
		for (const pasted of [
			`Quiz #3 for Friday: ${link}`,
			`${link} see you on Friday`,
			`«${link}».`,
			fragment
		])
			expect(fragmentOf(pasted), pasted).toBe(pasted === `«${link}».` ? `${fragment}».` : fragment);
		for (const mark of ['\u200b', '\u202c', '\ufeff', '.'])
			expect(await decodeAssignment(fragmentOf(`${link}${mark}`)), mark).toEqual({
				ok: true,
				value: valid
			});
		expect((await decodeAssignment(fragmentOf(`«${link}».`))).ok).toBe(true);
	});

	it('refuses a title with nothing visible, control characters, or a day that does not exist', () => {
		for (const title of ['', ' ', '\u200b', '\u00a0\u200b', 'Week\u202e3'])
			expect(assignmentProblems({ ...valid, title }), JSON.stringify(title)).not.toEqual([]);
		const due = (day: string) =>
			assignmentProblems({ ...valid, settings: { ...valid.settings, due: day } });
		for (const day of ['2025-02-31', '2026-04-31', '0000-01-01', '2025-13-01'])
			expect(due(day), day).not.toEqual([]);
		for (const day of ['2024-02-29', '2026-12-31']) expect(due(day), day).toEqual([]);
		expect(assignmentProblems({ ...valid, title: 'Тыдзень 3: два вызваленні' })).toEqual([]);
	});

	it('keeps a 25-question link under 2,000 characters', async () => {
		// The 25 longest ids the deck has, of any kind, and the longest title.
		const longest = [...deck.items]
			.map((i) => i.id)
			.sort((a, b) => b.length - a.length)
			.slice(0, 25);
		const a = assignment(longest, { title: 'T'.repeat(120) });
		const link = `https://belarus-study.example.org/assignment#${await encodeAssignment(a)}`;
		expect(link.length).toBeLessThanOrEqual(2000);
		// Ids made up to be longer than any real one still fit.
		const made = Array.from(
			{ length: 25 },
			(_, i) => `some-rather-long-fact-name-${i * 7919}:truefalse:v${i}`
		);
		const b = assignment(made, { title: 'Ж'.repeat(120) });
		expect((await encodeAssignment(b)).length + 60).toBeLessThanOrEqual(2000);
	});

	it('round-trips any valid assignment (property)', async () => {
		const tokenArb = fc.stringMatching(/^[A-Za-z0-9_-]{1,24}$/);
		const idArb = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,20}:[a-z0-9][a-z0-9-]{0,10}$/);
		await fc.assert(
			fc.asyncProperty(
				tokenArb,
				fc
					.string({ minLength: 1, maxLength: 120 })
					.filter((t) => !/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/.test(t))
					.filter((t) => /[\p{L}\p{N}\p{P}\p{S}]/u.test(t)),
				fc.uniqueArray(idArb, { minLength: 1, maxLength: 40 }),
				fc.record({
					timeLimit: fc.option(fc.integer({ min: 1, max: 600 }), { nil: null }),
					shuffleQuestions: fc.boolean(),
					shuffleOptions: fc.boolean(),
					showAnswers: fc.boolean(),
					allowRetake: fc.boolean(),
					due: fc.option(fc.constantFrom('2026-01-31', '2027-12-09', '2030-06-15'), { nil: null })
				}),
				async (id, title, itemIds, settings) => {
					const a: Assignment = {
						id,
						title,
						deck: { id: 'deck-1', hash: 'abcDEF123_-x' },
						itemIds,
						seed: id,
						settings
					};
					expect(await decodeAssignment(await encodeAssignment(a))).toEqual({ ok: true, value: a });
				}
			),
			{ numRuns: 150 }
		);
	});

	it('refuses every crafted link with a plain message and never throws', async () => {
		const crafted = await craftedLinks(valid);
		expect(crafted.length).toBeGreaterThanOrEqual(50);
		const messages = new Set(Object.values(LINK_MESSAGES));
		for (const { name, input } of crafted) {
			const decoded = await decodeAssignment(input);
			const result = decoded.ok ? checkDeck(decoded.value, identity) : decoded;
			expect(result.ok, name).toBe(false);
			if (!result.ok) expect(messages.has(result.message), name).toBe(true);
		}
	});

	it('never throws on fuzzed input, and mutated links fail cleanly (property)', async () => {
		const good = await encodeAssignment(valid);
		await fc.assert(
			fc.asyncProperty(fc.string({ maxLength: 600 }), async (s) => {
				const decoded = await decodeAssignment(s);
				if (!decoded.ok) expect(LINK_MESSAGES[decoded.problem]).toBe(decoded.message);
			}),
			{ numRuns: 300 }
		);
		await fc.assert(
			fc.asyncProperty(
				fc.integer({ min: 0, max: good.length - 1 }),
				fc.constantFrom(...'ABCabc019-_'),
				fc.boolean(),
				async (at, char, drop) => {
					const mutated = drop
						? good.slice(0, at) + good.slice(at + 1)
						: good.slice(0, at) + char + good.slice(at + 1);
					const decoded = await decodeAssignment(mutated);
					if (decoded.ok) expect(decoded.value.itemIds.length).toBeGreaterThan(0);
				}
			),
			{ numRuns: 300 }
		);
	});

	it('catches a changed character by the check, and still opens a link of version 1', async () => {
		const good = await encodeAssignment(valid);
		const [, data = '', check = ''] = good.split('.');
		// Every one-character change to the data or the check is caught.
		const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
		for (let i = 0; i < data.length; i += 7) {
			const other = alphabet[(alphabet.indexOf(data[i]!) + 1) % 64];
			const changed = `2.${data.slice(0, i)}${other}${data.slice(i + 1)}.${check}`;
			expect(await decodeAssignment(changed), `at ${i}`).toMatchObject({ problem: 'damaged' });
		}
		expect(await decodeAssignment(`2.${data}.${check.slice(0, -1)}A`)).toMatchObject({
			problem: 'damaged'
		});
		// A link shared before the check existed keeps working.
		expect(await decodeAssignment(`1.${data}`)).toEqual({ ok: true, value: valid });
	});

	it('opens a link pasted with the end of a sentence: a full stop, a bracket, quotes, a space', async () => {
		const good = await encodeAssignment(valid);
		// As typed, and as a browser keeps them in an address (`”` → `%E2%80%9D`).
		for (const tail of [
			'.',
			')',
			'),',
			'”.',
			'!',
			' ',
			'%20',
			'.%20',
			'>',
			'%E2%80%9D',
			'%C2%BB',
			'%22',
			'%3E',
			'%E2%80%99.'
		])
			expect(await decodeAssignment(`#${good}${tail}`), tail).toEqual({ ok: true, value: valid });
		// Only the end is forgiven: a character lost inside still fails the check.
		expect(await decodeAssignment(`#${good.slice(0, -1)}.`)).toMatchObject({ problem: 'damaged' });
	});

	it('tells a newer link from a damaged one', async () => {
		const good = await encodeAssignment(valid);
		expect(await decodeAssignment(`3${good.slice(1)}`)).toMatchObject({
			ok: false,
			problem: 'newer-version'
		});
		expect(await decodeAssignment(good.slice(0, 20))).toMatchObject({
			ok: false,
			problem: 'damaged'
		});
		expect(await decodeAssignment('x'.repeat(4001))).toMatchObject({
			ok: false,
			problem: 'too-long'
		});
	});
});

const responseArb: fc.Arbitrary<ItemResponse | null> = fc.oneof(
	fc.constant(null),
	fc.integer({ min: 0, max: 99 }).map((index) => ({ kind: 'choice' as const, index })),
	fc.boolean().map((value) => ({ kind: 'bool' as const, value })),
	fc.string({ maxLength: 200 }).map((value) => ({ kind: 'text' as const, value })),
	fc
		.array(fc.integer({ min: 0, max: 99 }), { maxLength: 20 })
		.map((order) => ({ kind: 'order' as const, order })),
	fc
		.array(fc.integer({ min: 0, max: 99 }), { maxLength: 20 })
		.map((rights) => ({ kind: 'pairs' as const, rights })),
	fc.boolean().map((remembered) => ({ kind: 'self' as const, remembered }))
);

const sample: StudentResult = {
	assignmentId: valid.id,
	student: 'Hanna Kavaliova',
	responses: valid.itemIds.map((_, i) => (i % 3 ? { kind: 'choice', index: i % 4 } : null)),
	seconds: 612,
	submittedAt: 1_780_000_000
};

describe('result codes', () => {
	it('round-trips and is short', async () => {
		const code = await encodeResult(sample);
		expect(code).toMatch(/^R1\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{8}$/);
		expect(code.length).toBeLessThan(200);
		expect(await decodeResult(` ${code}\n`)).toEqual({ ok: true, value: sample });
	});

	it('gives the teacher a typed answer without characters that hide or reorder text', async () => {
		const typed = { kind: 'text' as const, value: 'Lukashenko\u202e\u0007 1994' };
		const code = await encodeResult({ ...sample, responses: [typed] });
		const decoded = await decodeResult(code);
		expect(decoded.ok && decoded.value.responses).toEqual([
			{ kind: 'text', value: 'Lukashenko   1994' }
		]);
	});

	it('round-trips any result (property)', async () => {
		await fc.assert(
			fc.asyncProperty(
				fc.stringMatching(/^[A-Za-z0-9_-]{1,24}$/),
				fc.string({ minLength: 1, maxLength: 60 }).filter(
					(n) =>
						n.trim() === n &&
						n !== '' &&
						// What names never carry: control, direction and invisible characters.
						!/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u200b\u200e\u200f\u061c\ufeff\u2060]/.test(
							n
						)
				),
				fc.array(responseArb, { minLength: 1, maxLength: 100 }),
				fc.nat({ max: 10_000_000 }),
				fc.nat({ max: 2_000_000_000 }),
				async (assignmentId, student, responses, seconds, submittedAt) => {
					const r: StudentResult = { assignmentId, student, responses, seconds, submittedAt };
					expect(await decodeResult(await encodeResult(r))).toEqual({ ok: true, value: r });
				}
			),
			{ numRuns: 150 }
		);
	});

	it('refuses every crafted code with a plain message', async () => {
		const crafted = await craftedCodes(sample);
		const messages = new Set(Object.values(CODE_MESSAGES));
		for (const { name, input } of crafted) {
			const decoded = await decodeResult(input);
			expect(decoded.ok, name).toBe(false);
			if (!decoded.ok) expect(messages.has(decoded.message), name).toBe(true);
		}
		const links = await craftedLinks(valid);
		expect(crafted.length + links.length).toBeGreaterThanOrEqual(80);
	});

	it('detects any single changed or lost character (property)', async () => {
		const good = await encodeResult(sample);
		await fc.assert(
			fc.asyncProperty(
				fc.integer({ min: 0, max: good.length - 1 }),
				fc.constantFrom(...'AZaz09-_.'),
				fc.boolean(),
				async (at, char, drop) => {
					const mutated = drop
						? good.slice(0, at) + good.slice(at + 1)
						: good.slice(0, at) + char + good.slice(at + 1);
					fc.pre(mutated !== good);
					expect((await decodeResult(mutated)).ok).toBe(false);
				}
			),
			{ numRuns: 300 }
		);
	});

	it('never throws on fuzzed input (property)', async () => {
		await fc.assert(
			fc.asyncProperty(
				fc.oneof(
					fc.string({ maxLength: 300 }),
					fc.string({ maxLength: 300 }).map((s) => `R1.${s}`)
				),
				async (s) => {
					const decoded = await decodeResult(s);
					expect(decoded.ok).toBe(false);
				}
			),
			{ numRuns: 300 }
		);
	});

	it('finds the codes in pasted chat text', async () => {
		const a = await encodeResult(sample);
		const b = await encodeResult({ ...sample, student: 'Ales' });
		const cut = a.slice(0, 30);
		expect(findCodes(`Hanna: ${a}\n[10:02] Ales - "${b}", thanks!\n${cut}`)).toEqual([a, b, cut]);
		// Talk about codes is not a code: "R1." or "R2.5" alone.
		expect(findCodes('we discussed R1. and R2.5, then R3.x-y')).toEqual([]);
		// Stuck to a name, a label, a dash or a link, as chats and forms paste them.
		const glued = `Boris:${a} code=${b} Alice—${a}. https://chat.example/?text=${b}&x=1 Alice-${a} Boris.${b}`;
		expect(findCodes(glued)).toEqual([a, b, a, b, a, b]);
	});
});
