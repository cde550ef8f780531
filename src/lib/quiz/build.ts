/**
 * Choosing an assignment's questions: a seeded sample of the deck's items filtered by topic and
 * kind, no two on one fact or one source sentence, nor one whose question says another's answer
 * (they would give each other away: clues.ts),
 * and swapping a single question for another that fits the same filters.
 */
import { cluesOf } from '../items/clues';
import { Chosen, givesAway } from '../items/give-away';
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

/** The items in this order that fit together, first come first served, up to `count`. */
function fitting(order: readonly Item[], count: number): Item[] {
	const fit = new Chosen();
	const chosen: Item[] = [];
	for (const item of order) {
		if (chosen.length >= count) break;
		if (!fit.fits(item)) continue;
		fit.add(item);
		chosen.push(item);
	}
	return chosen;
}

/** Weighing every pair of a larger pool would keep a phone busy; a pool that large fills a quiz. */
const MOST_TO_WEIGH = 600;

export function pickItems(pool: readonly Item[], count: number, seed: string): Item[] {
	const order = shuffled(pool, seededRng(seed, 'assignment'));
	const first = fitting(order, count);
	if (first.length >= count) return first;
	// Too few fit: a matching question on four sentences, taken early, shuts out four others. Those
	// on fewest sentences first (the seeded order kept among equals) fit the most.
	const narrowest = fitting(
		[...order].sort((a, b) => cluesOf(a).length - cluesOf(b).length),
		count
	);
	const best = narrowest.length > first.length ? narrowest : first;
	if (best.length >= count || order.length > MOST_TO_WEIGH) return best;
	// Still too few: those that give away (or are given away by) fewest others first.
	const clashes = new Map(order.map((a) => [a, order.filter((b) => givesAway(a, b)).length]));
	const calmest = fitting(
		[...order].sort((a, b) => (clashes.get(a) ?? 0) - (clashes.get(b) ?? 0)),
		count
	);
	return calmest.length > best.length ? calmest : best;
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
