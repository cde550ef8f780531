/**
 * Bytes ↔ text for codes that travel in links and chats: base64url (RFC 4648 §5, no padding),
 * raw DEFLATE through the platform's CompressionStream (browsers and Node 20 alike), inflation
 * that stops reading past a size cap (a few hundred bytes of a "decompression bomb" can expand
 * to gigabytes), and SHA-256 through Web Crypto. Deterministic: no clock, no randomness.
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const LOOKUP = new Map([...ALPHABET].map((c, i) => [c, i]));

export function toBase64url(bytes: Uint8Array): string {
	let out = '';
	for (let i = 0; i < bytes.length; i += 3) {
		const a = bytes[i] as number;
		const b = bytes[i + 1];
		const c = bytes[i + 2];
		out += ALPHABET[a >> 2];
		out += ALPHABET[((a & 3) << 4) | ((b ?? 0) >> 4)];
		if (b !== undefined) out += ALPHABET[((b & 15) << 2) | ((c ?? 0) >> 6)];
		if (c !== undefined) out += ALPHABET[c & 63];
	}
	return out;
}

/** Strict: only the 64 URL-safe characters, no padding, no stray bits. Undefined otherwise. */
export function fromBase64url(text: string): Uint8Array | undefined {
	if (text.length % 4 === 1) return undefined;
	const out = new Uint8Array(Math.floor((text.length * 3) / 4));
	let bits = 0;
	let buffer = 0;
	let at = 0;
	for (const char of text) {
		const value = LOOKUP.get(char);
		if (value === undefined) return undefined;
		buffer = (buffer << 6) | value;
		bits += 6;
		if (bits >= 8) {
			bits -= 8;
			out[at++] = (buffer >> bits) & 0xff;
			buffer &= (1 << bits) - 1;
		}
	}
	// Leftover bits must be zero, so every byte string has exactly one encoding.
	if (buffer & ((1 << bits) - 1)) return undefined;
	return out;
}

async function readAll(stream: ReadableStream<Uint8Array>, cap: number): Promise<Uint8Array> {
	const reader = stream.getReader();
	const chunks: Uint8Array[] = [];
	let total = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		total += value.length;
		if (total > cap) {
			await reader.cancel().catch(() => {});
			throw new TooLarge();
		}
		chunks.push(value);
	}
	const out = new Uint8Array(total);
	let at = 0;
	for (const chunk of chunks) {
		out.set(chunk, at);
		at += chunk.length;
	}
	return out;
}

class TooLarge extends Error {}

function pipe(bytes: Uint8Array, transform: CompressionStream | DecompressionStream) {
	const writer = transform.writable.getWriter();
	// Errors surface on the readable side; swallow them here so none goes unhandled.
	writer.write(bytes as Uint8Array<ArrayBuffer>).catch(() => {});
	writer.close().catch(() => {});
	return transform.readable as ReadableStream<Uint8Array>;
}

export function deflate(bytes: Uint8Array): Promise<Uint8Array> {
	return readAll(pipe(bytes, new CompressionStream('deflate-raw')), Infinity);
}

export type Inflated =
	{ ok: true; bytes: Uint8Array } | { ok: false; reason: 'too-large' | 'corrupt' };

/** Inflates raw DEFLATE, giving up as soon as the output passes `cap` bytes. Never throws. */
export async function inflate(bytes: Uint8Array, cap: number): Promise<Inflated> {
	try {
		return {
			ok: true,
			bytes: await readAll(pipe(bytes, new DecompressionStream('deflate-raw')), cap)
		};
	} catch (error) {
		return { ok: false, reason: error instanceof TooLarge ? 'too-large' : 'corrupt' };
	}
}

export async function sha256(bytes: Uint8Array): Promise<Uint8Array> {
	return new Uint8Array(
		await globalThis.crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>)
	);
}

export const utf8 = (text: string) => new TextEncoder().encode(text);

/** Strict UTF-8: invalid byte sequences are an error, not replacement characters. */
export function fromUtf8(bytes: Uint8Array): string | undefined {
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		return undefined;
	}
}

export type Unpacked = { ok: true; data: unknown } | { ok: false; reason: 'damaged' | 'too-large' };

/**
 * base64url → inflate (capped) → UTF-8 → JSON, the common tail of links and result codes.
 * Never throws; the data is still untrusted and must go through a schema.
 */
export async function unpackJson(base64: string, cap: number): Promise<Unpacked> {
	const packed = fromBase64url(base64);
	if (!packed || packed.length === 0) return { ok: false, reason: 'damaged' };
	const inflated = await inflate(packed, cap);
	if (!inflated.ok)
		return { ok: false, reason: inflated.reason === 'too-large' ? 'too-large' : 'damaged' };
	const json = fromUtf8(inflated.bytes);
	if (json === undefined) return { ok: false, reason: 'damaged' };
	try {
		return { ok: true, data: JSON.parse(json) };
	} catch {
		return { ok: false, reason: 'damaged' };
	}
}

/**
 * A short check of a link's or code's text: the first 6 bytes of its SHA-256, in base64url (8
 * characters). It catches damage (a character lost or changed when copied), not forgery.
 */
export async function checkOf(body: string): Promise<string> {
	return toBase64url((await sha256(utf8(body))).subarray(0, 6));
}
