/**
 * Seeded randomness for generation: the same seed and salt always give the same sequence, and
 * each item draws from its own stream (salted with its id) so adding a fact never reshuffles
 * the options of the others.
 */
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { uniformInt } from 'pure-rand/distribution/uniformInt';

export interface Rng {
	/** Integer in [from, to], both included. */
	int(from: number, to: number): number;
}

/** FNV-1a: a stable 32-bit number from a string seed. */
export function hash32(text: string): number {
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		h ^= text.charCodeAt(i);
		h = Math.imul(h, 0x01000193);
	}
	return h | 0;
}

export function seededRng(seed: string, salt = ''): Rng {
	const generator = xoroshiro128plus(hash32(`${seed}\u0000${salt}`));
	return { int: (from, to) => uniformInt(generator, from, to) };
}

/** Fisher–Yates on a copy. */
export function shuffled<T>(list: readonly T[], rng: Rng): T[] {
	const out = [...list];
	for (let i = out.length - 1; i > 0; i--) {
		const j = rng.int(0, i);
		[out[i], out[j]] = [out[j] as T, out[i] as T];
	}
	return out;
}

/** A short stable name for a set of strings (8 hex digits), e.g. for multi-fact item ids. */
export function stableHash(parts: readonly string[]): string {
	return (hash32([...parts].sort().join('\u0000')) >>> 0).toString(16).padStart(8, '0');
}
