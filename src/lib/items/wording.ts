/**
 * Where a value appears in a sentence. True/false and cloze items rewrite or blank the value in
 * the source sentence itself, so they exist only where the value is there verbatim (case aside,
 * as whole words) exactly once, and where the sentence stands on its own.
 */
import type { ValueType } from '../facts/schema';

export interface Slot {
	before: string;
	/** The value as the sentence writes it (its case may differ from the fact's). */
	match: string;
	after: string;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
const isWordChar = (ch: string | undefined) => ch !== undefined && WORD_CHAR.test(ch);

/**
 * Where `needle` occurs in `text` as whole words, case aside, given both already lower-cased.
 * (A plain search, not a RegExp per fact: Unicode case-insensitive patterns are slow to compile,
 * and a deck has thousands of sentences.)
 */
function occurrences(hay: string, pin: string): number[] {
	const found: number[] = [];
	if (!pin) return found;
	for (let i = hay.indexOf(pin); i !== -1; i = hay.indexOf(pin, i + 1))
		if (!isWordChar(hay[i - 1]) && !isWordChar(hay[i + pin.length])) found.push(i);
	return found;
}

/** The value's one occurrence in the sentence; undefined if it occurs never or twice. */
export function findSlot(sentence: string, value: string): Slot | undefined {
	const hay = sentence.toLowerCase();
	const pin = value.toLowerCase();
	// Lower-casing must keep every index in place (true of nearly every text) to cut at them.
	if (hay.length !== sentence.length || pin.length !== value.length) return undefined;
	const found = occurrences(hay, pin);
	if (found.length !== 1) return undefined;
	const at = found[0] as number;
	return {
		before: sentence.slice(0, at),
		match: sentence.slice(at, at + value.length),
		after: sentence.slice(at + value.length)
	};
}

/**
 * Does the text mention a value (as whole words, case aside)? For a person, the surname alone
 * counts: "talks with Lukashenko" mentions Alexander Lukashenko. Made once per text.
 */
export function mentionChecker(text: string): (value: string, type?: ValueType) => boolean {
	const hay = text.toLowerCase();
	return (value, type) => {
		const pin = value.trim().toLowerCase();
		if (occurrences(hay, pin).length) return true;
		if (type !== 'person') return false;
		const surname = pin.split(/\s+/).pop() ?? '';
		return surname !== pin && surname.length > 2 && occurrences(hay, surname).length > 0;
	};
}

/** A sentence opening with "This", "They", "His"… leans on the one before it. */
const LEANS_ON_CONTEXT = /^(this|that|these|those|they|them|their|it|its|he|his|him|she|her)\b/i;

/** Can the sentence be shown alone, as a statement to judge or a sentence to complete? */
export const standsAlone = (sentence: string) => !LEANS_ON_CONTEXT.test(sentence.trim());

/** The sentence with the slot's text replaced, keeping a capital at the start of the sentence. */
export function replaceSlot(slot: Slot, value: string): string {
	const capital = slot.before.trim() === '' && /^\p{Lu}/u.test(slot.match);
	const text = capital ? value.charAt(0).toUpperCase() + value.slice(1) : value;
	return `${slot.before}${text}${slot.after}`;
}
