/**
 * The deck's content hash, carried by every assignment link: a link is only taken when the app's
 * questions are byte for byte the ones the teacher chose. It covers the fact file and the items
 * generated from it (their wording, options and option order), because a result code records
 * an option by its index: if the generator reordered options, the same index would mean another
 * answer. Canonical JSON (keys sorted, no whitespace) makes the hash independent of key order.
 */
import { sha256, toBase64url, utf8 } from './bytes';

/** JSON with object keys sorted at every level; `undefined` members are dropped, as JSON does. */
export function canonicalJson(value: unknown): string {
	if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
	if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v)).join(',')}]`;
	const entries = Object.entries(value as Record<string, unknown>)
		.filter(([, v]) => v !== undefined)
		.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
	return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/** 12 base64url characters (72 bits): plenty to tell deck versions apart, short in a link. */
export const DECK_HASH_LENGTH = 12;

export async function deckHash(content: { file: unknown; items: unknown }): Promise<string> {
	const digest = await sha256(utf8(canonicalJson({ file: content.file, items: content.items })));
	return toBase64url(digest.subarray(0, 9));
}
