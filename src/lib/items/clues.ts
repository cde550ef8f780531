/**
 * What an item gives away once it is answered: its facts, and the source sentences its feedback
 * shows, which state every other fact of those sentences ("ruled by Alexander Lukashenko since
 * 1994" answers both "since when?" and "who?"). Two items that share a clue never go in one
 * quiz, and study introduces one card of a sentence a day.
 */
import type { Item, ItemSource } from './types';

/** One source sentence, whichever fact cites it. */
export const sentenceKey = (source: Pick<ItemSource, 'documentId' | 'quote'>) =>
	`${source.documentId}\u0000${source.quote}`;

export function cluesOf(item: Item): string[] {
	return [
		...item.factIds.map((id) => `fact\u0000${id}`),
		...item.sources.map((source) => `sentence\u0000${sentenceKey(source)}`)
	];
}

/** Would one of the two, answered, give the other away? */
export function givesAway(a: Item, b: Item): boolean {
	const clues = new Set(cluesOf(a));
	return cluesOf(b).some((clue) => clues.has(clue));
}
