/**
 * Balanced choices across a deck: where the key of a multiple-choice question sits (A–D), whether
 * a true/false statement is true. Independent dice would leave a 40-question deck with, say, 14
 * keys on B and 6 on D — a pattern test-wise students notice. Instead the deck's items, in deck
 * order, are cut into blocks of `size` and each block takes a seeded permutation of 0…size−1: every
 * value occurs equally often, within one, and each block is still unpredictable.
 *
 * Appending a fact changes at most the last block; the rest of an item (its options, its
 * distractors) still comes from the item's own stream.
 */
import { seededRng, shuffled } from './random';

/** `count` values in 0…size−1, each occurring ⌊count/size⌋ or ⌈count/size⌉ times. */
export function balancedSlots(count: number, size: number, seed: string, salt: string): number[] {
	const slots: number[] = [];
	const values = Array.from({ length: size }, (_, i) => i);
	for (let block = 0; slots.length < count; block++)
		slots.push(...shuffled(values, seededRng(seed, `${salt}:${block}`)));
	return slots.slice(0, count);
}
