/**
 * Choosing an assignment's questions: a seeded sample of the deck's items filtered by topic and
 * kind, no two on one fact or one source sentence (they would give each other away: clues.ts),
 * and swapping a single question for another that fits the same filters.
 */
import { givesAway } from '../items/clues';
import type { Item, ItemKind } from '../items/types';
import { seededRng, shuffled } from '../items/random';

export interface QuestionFilter {
	topics: string[];
	kinds: ItemKind[];
}

/** Items a quiz with these filters may use. Self-graded flashcards cannot be scored. */
export function eligible(items: readonly Item[], filter: QuestionFilter): Item[] {
	const topics = new Set(filter.topics);
	const kinds = new Set(filter.kinds);
	return items.filter(
		(i) =>
			topics.has(i.topic) &&
			kinds.has(i.kind) &&
			!((i.kind === 'flashcard' || i.kind === 'reverse') && !i.typed)
	);
}

export function pickItems(pool: readonly Item[], count: number, seed: string): Item[] {
	const chosen: Item[] = [];
	for (const item of shuffled(pool, seededRng(seed, 'assignment'))) {
		if (chosen.length >= count) break;
		if (!chosen.some((c) => givesAway(c, item))) chosen.push(item);
	}
	return chosen;
}

/** Replaces question `at` with another eligible item that no other question gives away. */
export function swapItem(
	pool: readonly Item[],
	chosen: readonly Item[],
	at: number,
	seed: string
): Item[] {
	const others = chosen.filter((_, i) => i !== at);
	const current = chosen[at];
	const candidates = pool.filter(
		(p) => p.id !== current?.id && !others.some((c) => givesAway(c, p))
	);
	const [next] = shuffled(candidates, seededRng(seed, `swap:${at}:${current?.id}`));
	if (!next) return [...chosen];
	return chosen.map((c, i) => (i === at ? next : c));
}
