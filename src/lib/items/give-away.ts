/**
 * Whether two items give each other away (clues.ts: a fact, a source sentence, or an answer said
 * in so many words), and the questions of a quiz chosen so far. Apart from clues.ts, which every
 * page loads: only the pages that choose questions (quiz, teach) need this.
 */
import { cluesOf } from './clues';
import { normalizeValue } from './normalize';
import type { Item } from './types';

/** A text as its words, compared as values are (normalize.ts), each between spaces: found whole. */
const words = (text: string) => ` ${normalizeValue(text)} `;

/** What an item asks for, in every spelling it takes; a statement or an order asks for none. */
function asked(item: Item): string[] {
	switch (item.kind) {
		case 'flashcard':
		case 'reverse':
			return (item.typed?.accept ?? [item.answer]).map(words);
		case 'mcq':
			return [words(item.answer)];
		case 'cloze':
			return item.accept.map(words);
		default:
			return [];
	}
}

/**
 * What an item says as it asks: its question, statement, sentence, rows or events (not its
 * options, which are not said to be true). Its feedback's sentences are the sentence clues.
 */
function says(item: Item): string {
	const parts = [item.prompt];
	if (item.kind === 'truefalse') parts.push(item.statement);
	if (item.kind === 'cloze') parts.push(item.before, item.after);
	if (item.kind === 'matching') parts.push(...item.pairs.map((p) => p.left));
	if (item.kind === 'timeline') parts.push(...item.events.map((e) => e.label));
	return words(parts.join(' '));
}

const memo = <T>(of: (item: Item) => T) => {
	const known = new WeakMap<Item, T>();
	return (item: Item): T => {
		if (!known.has(item)) known.set(item, of(item));
		return known.get(item) as T;
	};
};
const askedBy = memo(asked);
const saidBy = memo(says);

/** Does `a`, as it asks, say what `b` asks for? */
const tells = (a: Item, b: Item) => askedBy(b).some((w) => w !== '  ' && saidBy(a).includes(w));

/** Would one of the two give the other away? */
export function givesAway(a: Item, b: Item): boolean {
	const clues = new Set(cluesOf(a));
	return cluesOf(b).some((clue) => clues.has(clue)) || tells(a, b) || tells(b, a);
}

/** The questions of a quiz chosen so far: does another fit with them (none gives another away)? */
export class Chosen {
	#clues = new Set<string>();
	#items: Item[] = [];

	fits(item: Item): boolean {
		return (
			!cluesOf(item).some((c) => this.#clues.has(c)) &&
			!this.#items.some((c) => tells(c, item) || tells(item, c))
		);
	}

	add(item: Item): void {
		for (const c of cluesOf(item)) this.#clues.add(c);
		this.#items.push(item);
	}
}
