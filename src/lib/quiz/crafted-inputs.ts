/**
 * Crafted bad assignment links and result codes, shared by the unit tests and the browser test
 * (tests/bad-links.spec.ts): every one must give a plain-words message, run no script and store
 * nothing. Not imported by the app.
 */
import { deflate, sha256, toBase64url, utf8 } from './bytes';
import { encodeAssignment, type Assignment } from './assignment';
import { encodeResult, type StudentResult } from './result-code';

export interface Crafted {
	name: string;
	input: string;
}

const packJson = async (value: unknown) =>
	toBase64url(await deflate(utf8(typeof value === 'string' ? value : JSON.stringify(value))));
const packBytes = async (bytes: Uint8Array) => toBase64url(await deflate(bytes));

/** A wire object that decodes, to be spoiled one field at a time. */
export function wire(a: Assignment) {
	return {
		i: a.id,
		t: a.title,
		d: a.deck.id,
		h: a.deck.hash,
		q: a.itemIds,
		s: a.seed,
		l: 0,
		f: 0,
		u: ''
	};
}

export async function craftedLinks(valid: Assignment): Promise<Crafted[]> {
	const good = await encodeAssignment(valid);
	const [, data = '', check = ''] = good.split('.');
	const w = wire(valid);
	const link = async (value: unknown, version = 1) => `${version}.${await packJson(value)}`;
	const flipped = data.slice(0, 10) + (data[10] === 'A' ? 'B' : 'A') + data.slice(11);
	return [
		{ name: 'empty', input: '' },
		{ name: 'only a hash sign', input: '#' },
		{ name: 'spaces', input: '   ' },
		{ name: 'version, no data', input: '1.' },
		{ name: 'version only', input: '1' },
		{ name: 'a word', input: 'hello' },
		{ name: 'version 0', input: `0.${data}` },
		{ name: 'newer version', input: `3.${data}` },
		{ name: 'version 2 without its check', input: `2.${data}` },
		{ name: 'version 2 with a wrong check', input: `2.${data}.AAAAAAAA` },
		{ name: 'version 1 with a check', input: `1.${data}.AAAAAAAA` },
		{ name: 'one character changed, check kept', input: `2.${flipped}.${check}` },
		{ name: 'far newer version', input: `999999.${data}` },
		{ name: 'negative version', input: `-1.${data}` },
		{ name: 'truncated to half', input: good.slice(0, Math.floor(good.length / 2)) },
		{ name: 'last character lost', input: good.slice(0, -1) },
		{ name: 'one character changed', input: `1.${flipped}` },
		{ name: 'extra part', input: `${good}.extra` },
		{ name: 'base64 padding', input: `${good}==` },
		{ name: 'not base64', input: '1.abc$%^&*' },
		{ name: 'standard base64 characters', input: `1.${data.slice(0, 8)}+/${data.slice(10)}` },
		{ name: 'impossible base64 length', input: '1.AAAAA' },
		{ name: 'percent-encoded', input: '1.%41%42%43' },
		{ name: 'script tag', input: '<script>window.__pwned=1;alert(1)</script>' },
		{ name: 'script tag after version', input: '1.<script>alert(1)</script>' },
		{ name: 'HTML image with handler', input: '<img src=x onerror="window.__pwned=1">' },
		{ name: 'javascript: URL', input: 'javascript:window.__pwned=1' },
		{ name: 'Arabic-Indic digit version', input: `١.${data}` },
		{ name: 'too long', input: `1.${'A'.repeat(5000)}` },
		{ name: 'huge', input: `1.${'QUJD'.repeat(50_000)}` },
		{
			name: 'random bytes, not deflate',
			input: '1.' + toBase64url(new Uint8Array([255, 1, 2, 3, 250, 77, 13, 0, 9]))
		},
		{ name: 'deflate of plain text', input: `1.${await packJson('not json at all')}` },
		{
			name: 'deflate of invalid UTF-8',
			input: `1.${await packBytes(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]))}`
		},
		{ name: 'JSON null', input: await link(null) },
		{ name: 'JSON array', input: await link([]) },
		{ name: 'JSON string', input: await link('a string') },
		{ name: 'JSON number', input: await link(42) },
		{ name: 'unknown key', input: await link({ ...w, x: 1 }) },
		{
			name: 'prototype pollution',
			input: `1.${await packJson(`{"__proto__":{"polluted":1},${JSON.stringify(w).slice(1)}`)}`
		},
		{ name: 'missing field', input: await link({ ...w, q: undefined }) },
		{ name: 'no questions', input: await link({ ...w, q: [] }) },
		{
			name: '101 questions',
			input: await link({ ...w, q: Array.from({ length: 101 }, (_, i) => `f${i}:mcq`) })
		},
		{ name: 'question id twice', input: await link({ ...w, q: [w.q[0], w.q[0]] }) },
		{ name: 'path in a question id', input: await link({ ...w, q: ['../../etc/passwd'] }) },
		{
			name: 'script in a question id',
			input: await link({ ...w, q: ['<script>alert(1)</script>'] })
		},
		{ name: 'numbers as questions', input: await link({ ...w, q: [1, 2, 3] }) },
		{ name: 'negative time limit', input: await link({ ...w, l: -5 }) },
		{ name: 'fractional time limit', input: await link({ ...w, l: 1.5 }) },
		{ name: 'enormous time limit', input: await link({ ...w, l: 1e12 }) },
		{ name: 'time limit as text', input: await link({ ...w, l: '10' }) },
		{ name: 'unknown flags', input: await link({ ...w, f: 255 }) },
		{ name: 'impossible due date', input: await link({ ...w, u: '2025-13-45' }) },
		{ name: 'due date with script', input: await link({ ...w, u: '<script>' }) },
		{ name: 'empty title', input: await link({ ...w, t: '' }) },
		{ name: 'title of 10,000 characters', input: await link({ ...w, t: 'x'.repeat(10_000) }) },
		{ name: 'title with control characters', input: await link({ ...w, t: 'Quiz\u0000\u0007' }) },
		{ name: 'title with a bidi override', input: await link({ ...w, t: 'Quiz \u202egnp.exe' }) },
		{ name: 'id with spaces', input: await link({ ...w, i: 'an id' }) },
		{ name: 'seed too long', input: await link({ ...w, s: 'x'.repeat(100) }) },
		{ name: 'deeply nested JSON', input: `1.${await packJson('['.repeat(60_000))}` },
		{
			name: 'decompression bomb (zeros)',
			input: `1.${await packBytes(new Uint8Array(3_000_000))}`
		},
		{
			name: 'decompression bomb (JSON padded with spaces)',
			input: `1.${await packJson(JSON.stringify(w) + ' '.repeat(2_000_000))}`
		},
		{ name: 'other deck', input: await link({ ...w, d: 'another-deck' }) },
		{ name: 'other deck version', input: await link({ ...w, h: 'AAAAAAAAAAAA' }) },
		{ name: 'question not in the deck', input: await link({ ...w, q: ['no-such-fact:mcq'] }) }
	];
}

async function seal(body: string): Promise<string> {
	return `${body}.${toBase64url((await sha256(utf8(body))).subarray(0, 6))}`;
}

/** Bad result codes; `sample` is a valid result for the same assignment. */
export async function craftedCodes(sample: StudentResult): Promise<Crafted[]> {
	const good = await encodeResult(sample);
	const [, data = '', check = ''] = good.split('.');
	const w = {
		a: sample.assignmentId,
		n: sample.student,
		r: sample.responses.map((r) => (r?.kind === 'choice' ? r.index : null)),
		t: sample.seconds,
		w: sample.submittedAt
	};
	const sealed = async (value: unknown, version = 1) =>
		seal(`R${version}.${await packJson(value)}`);
	const flipped = data.slice(0, 5) + (data[5] === 'A' ? 'B' : 'A') + data.slice(6);
	return [
		{ name: 'code: empty', input: '' },
		{ name: 'code: prefix only', input: 'R1.' },
		{ name: 'code: two dots', input: 'R1..' },
		{ name: 'code: no check', input: `R1.${data}` },
		{ name: 'code: version 0', input: await seal(`R0.${data}`) },
		{ name: 'code: newer version', input: await seal(`R2.${data}`) },
		{ name: 'code: lower case', input: good.toLowerCase() },
		{ name: 'code: wrong check', input: `R1.${data}.${check.split('').reverse().join('')}` },
		{ name: 'code: truncated', input: good.slice(0, -3) },
		{ name: 'code: cut in half', input: good.slice(0, Math.floor(good.length / 2)) },
		{ name: 'code: one character changed', input: `R1.${flipped}.${check}` },
		{ name: 'code: not base64 (sealed)', input: await seal('R1.abc$def') },
		{
			name: 'code: not deflate (sealed)',
			input: await seal('R1.' + toBase64url(new Uint8Array([255, 0, 1, 2])))
		},
		{ name: 'code: not JSON (sealed)', input: await sealed('hello') },
		{ name: 'code: JSON null (sealed)', input: await sealed(null) },
		{ name: 'code: empty name', input: await sealed({ ...w, n: '   ' }) },
		{ name: 'code: invisible name', input: await sealed({ ...w, n: '\u200b\u00a0' }) },
		{ name: 'code: submitted in the year 5138', input: await sealed({ ...w, w: 1e11 }) },
		{ name: 'code: name with control characters', input: await sealed({ ...w, n: 'Ann\u0000' }) },
		{ name: 'code: name of 1,000 characters', input: await sealed({ ...w, n: 'A'.repeat(1000) }) },
		{ name: 'code: no answers', input: await sealed({ ...w, r: [] }) },
		{ name: 'code: 101 answers', input: await sealed({ ...w, r: Array(101).fill(0) }) },
		{ name: 'code: unknown answer shape', input: await sealed({ ...w, r: [{ x: 1 }] }) },
		{ name: 'code: negative option', input: await sealed({ ...w, r: [-1] }) },
		{ name: 'code: fractional option', input: await sealed({ ...w, r: [1.5] }) },
		{ name: 'code: negative time', input: await sealed({ ...w, t: -10 }) },
		{ name: 'code: extra key', input: await sealed({ ...w, x: '<script>' }) },
		{
			name: 'code: prototype pollution',
			input: await seal(
				`R1.${await packJson(`{"__proto__":{"polluted":1},${JSON.stringify(w).slice(1)}`)}`
			)
		},
		{
			name: 'code: decompression bomb',
			input: await seal(`R1.${await packBytes(new Uint8Array(2_000_000))}`)
		},
		{ name: 'code: script tag', input: '<script>window.__pwned=1</script>' },
		{ name: 'code: too long', input: `R1.${'A'.repeat(5000)}.AAAAAAAA` }
	];
}
