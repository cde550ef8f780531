/**
 * A quiz: ten questions of the kinds the learner chose, one at a time, feedback after each.
 * Every answer is also a review for the scheduler (right → Good, wrong → Again).
 */
import { sentenceKey } from '../items/clues';
import { Chosen } from '../items/give-away';
import { reviewedSince, startOfDay } from '../srs/day';
import type { Card } from '../srs/grades';
import { scoreResponse, type ItemResponse, type Score } from '../items/response';
import type { Item, ItemKind } from '../items/types';
import { pickQuestions, QUIZ_LENGTH } from '../quiz/pick';
import type { Learner } from './learner.svelte';

/** The kinds a quiz can ask, in the order a quiz cycles through them. */
export const QUIZ_KINDS = ['mcq', 'truefalse', 'cloze', 'matching', 'timeline'] as const;
export type QuizKind = (typeof QUIZ_KINDS)[number];

export const isQuizKind = (kind: ItemKind): kind is QuizKind =>
	(QUIZ_KINDS as readonly ItemKind[]).includes(kind);

/** The items of a deck a quiz can ask. */
export const quizItems = (items: readonly Item[]): Item[] =>
	items.filter((i) => isQuizKind(i.kind));

/**
 * A new learner's first quiz is always the one of this seed (all kinds), so its first question
 * can be prerendered; every later quiz has a random seed.
 */
export const FIRST_QUIZ_SEED = 'first-quiz';

/** The first question of a new learner's first quiz on these items. */
export const firstQuizQuestion = (items: readonly Item[]): Item | undefined =>
	chooseQuestions(quizItems(items), QUIZ_KINDS, FIRST_QUIZ_SEED)[0];

export interface QuizAnswer {
	item: Item;
	response: ItemResponse;
	score: Score;
}

/**
 * The questions of a quiz: a seeded pick from the pool, of the chosen kinds, no two on one fact
 * or one source sentence, nor one whose question says another's answer (one would give the
 * other's answer away: clues.ts). Kinds take turns, so the quiz mixes them
 * evenly; items that rest on several facts (matching, timeline) are picked first in each turn,
 * before single-fact questions use up their facts. Shown in the order of QUIZ_KINDS, round by
 * round, so two questions in a row are of different kinds whenever the pool allows.
 *
 * Questions on a sentence in `seenToday` (studied or answered today) are asked only when the
 * others run out: its answer was just seen, so a right answer now would pass for memory.
 */
export function chooseQuestions(
	pool: readonly Item[],
	kinds: readonly ItemKind[],
	seed: string,
	count = QUIZ_LENGTH,
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- an argument to read, not state
	seenToday: ReadonlySet<string> = new Set()
): Item[] {
	// A draw whose questions shut out too many others is drawn again (the same seed, the same
	// draws): the longest of a few.
	let best = drawQuestions(pool, kinds, seed, count, seenToday);
	for (let again = 1; best.length < count && again < REDRAWS; again++) {
		const next = drawQuestions(pool, kinds, `${seed}:${again}`, count, seenToday);
		if (next.length > best.length) best = next;
	}
	return best;
}
const REDRAWS = 8;

function drawQuestions(
	pool: readonly Item[],
	kinds: readonly ItemKind[],
	seed: string,
	count: number,
	seenToday: ReadonlySet<string>
): Item[] {
	const seen = (item: Item) => item.sources.some((s) => seenToday.has(sentenceKey(s)));
	const byKind = QUIZ_KINDS.filter((k) => kinds.includes(k)).map((kind) => {
		const shuffled = pickQuestions(
			pool.filter((i) => i.kind === kind),
			`${seed}:${kind}`,
			Infinity
		);
		return {
			kind,
			queue: [...shuffled.filter((i) => !seen(i)), ...shuffled.filter(seen)],
			picked: [] as Item[]
		};
	});
	const turns = [...byKind].sort((a, b) => facts(b.queue[0]) - facts(a.queue[0]));
	const chosen = new Chosen();
	let total = 0;
	for (let progress = true; progress && total < count;) {
		progress = false;
		for (const turn of turns) {
			if (total >= count) break;
			let item: Item | undefined;
			while ((item = turn.queue.shift()) && !chosen.fits(item));
			if (!item) continue;
			chosen.add(item);
			turn.picked.push(item);
			total++;
			progress = true;
		}
	}
	const rounds = Math.max(0, ...byKind.map((k) => k.picked.length));
	return Array.from({ length: rounds }, (_, r) =>
		byKind.flatMap((k) => k.picked.slice(r, r + 1))
	).flat();
	function facts(item: Item | undefined) {
		return item?.factIds.length ?? 0;
	}
}

/** The source sentences of the items reviewed today (since the learner's day began). */
export function sentencesSeenToday(
	items: readonly Item[],
	cards: ReadonlyMap<string, Card>,
	now: Date
): Set<string> {
	const dayStart = startOfDay(now);
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a snapshot to read, not state
	const seen = new Set<string>();
	for (const item of items)
		if (reviewedSince(cards.get(item.id), dayStart))
			for (const s of item.sources) seen.add(sentenceKey(s));
	return seen;
}

export class QuizSession {
	questions: Item[];
	answers = $state<QuizAnswer[]>([]);
	/** True while the feedback for the last answer is shown. */
	showingFeedback = $state(false);
	#learner: Learner;

	/** `seenToday`: sentences reviewed today, whose questions come last (`chooseQuestions`). */
	constructor(
		pool: readonly Item[],
		kinds: readonly ItemKind[],
		seed: string,
		learner: Learner,
		seenToday?: ReadonlySet<string>
	) {
		this.questions = chooseQuestions(pool, kinds, seed, QUIZ_LENGTH, seenToday);
		this.#learner = learner;
	}

	get index(): number {
		return this.showingFeedback ? this.answers.length - 1 : this.answers.length;
	}

	get current(): Item | undefined {
		return this.questions[this.index];
	}

	get lastAnswer(): QuizAnswer | undefined {
		return this.showingFeedback ? this.answers.at(-1) : undefined;
	}

	get finished(): boolean {
		return !this.showingFeedback && this.answers.length === this.questions.length;
	}

	/** Another tab changed the deck in use: no more questions of this (old) deck are answered. */
	get stale(): boolean {
		return this.#learner.deckChangedElsewhere;
	}

	get score(): number {
		return this.answers.filter((a) => a.score.correct).length;
	}

	answer(response: ItemResponse, now: Date): Promise<void> {
		const item = this.current;
		if (!item || this.showingFeedback || this.stale) return Promise.resolve();
		const score = scoreResponse(item, response);
		this.answers.push({ item, response, score });
		this.showingFeedback = true;
		return this.#learner.gradeAnswer(item.id, score.correct, now);
	}

	next() {
		this.showingFeedback = false;
	}
}
