/**
 * What an item gives away: its facts, and the source sentences its feedback shows, which state
 * every other fact of those sentences ("ruled by Alexander Lukashenko since 1994" answers both
 * "since when?" and "who?"); and, in so many words, any answer another item asks for ("How many
 * … including journalists, dissidents and an EU staff member …?" answers "Among the 52 released
 * were ____"). Two items that give each other away never go in one quiz, and study introduces
 * one card of a sentence a day.
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
