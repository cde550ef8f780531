/**
 * A student's attempt at an assignment, as pure functions: the order questions are shown in,
 * the order of a question's options, the time left. Shuffles are seeded by the assignment's seed
 * and the student's name, so a reload (or another device) shows the same order to the same
 * student, and answers are always recorded in the item's own terms (option index in `options`).
 */
import { count } from '../count';
import type { ItemResponse } from '../items/response';
import type { Item } from '../items/types';
import { seededRng, shuffled } from '../items/random';
import type { Assignment } from './assignment';

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

/**
 * The name as the shuffles are seeded by. Frozen: an attempt left half done keeps its order
 * across app updates, or answers would be recorded against the wrong questions.
 */
const orderKey = (student: string) =>
	student.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();

/** Indexes into `assignment.itemIds`, in the order this student sees them. */
export function questionOrder(a: Assignment, student: string): number[] {
	const order = range(a.itemIds.length);
	if (!a.settings.shuffleQuestions) return order;
	return shuffled(order, seededRng(a.seed, `questions:${orderKey(student)}`));
}

/**
 * The item as this student sees it: for options-based items with shuffling on, the options in
 * a per-student order; `fromShown` maps a response on the shown item back to the real item.
 */
export function shownItem(
	a: Assignment,
	student: string,
	item: Item
): {
	item: Item;
	fromShown(r: ItemResponse): ItemResponse;
	toShown(r: ItemResponse): ItemResponse;
} {
	const same = { item, fromShown: (r: ItemResponse) => r, toShown: (r: ItemResponse) => r };
	if (!a.settings.shuffleOptions) return same;
	const options = item.kind === 'mcq' || item.kind === 'cloze' ? item.options : undefined;
	if (!options || options.length < 2) return same;
	const order = shuffled(
		range(options.length),
		seededRng(a.seed, `options:${orderKey(student)}:${item.id}`)
	);
	const shownOptions = order.map((i) => options[i] as string);
	let shown: Item = item;
	if (item.kind === 'mcq')
		shown = { ...item, options: shownOptions, answerIndex: order.indexOf(item.answerIndex) };
	else if (item.kind === 'cloze') shown = { ...item, options: shownOptions };
	return {
		item: shown,
		fromShown: (r) =>
			r.kind === 'choice' ? { kind: 'choice', index: order[r.index] ?? r.index } : r,
		toShown: (r) => (r.kind === 'choice' ? { kind: 'choice', index: order.indexOf(r.index) } : r)
	};
}

/** Milliseconds left, or null without a time limit. */
export function timeLeft(a: Assignment, elapsedMs: number): number | null {
	if (a.settings.timeLimit === null) return null;
	return Math.max(0, a.settings.timeLimit * 60_000 - elapsedMs);
}

/**
 * The time an attempt took, as its result records it: never more than the time limit (a phone
 * asleep past the limit submits when it wakes, but the student had only the limit).
 */
export function timeTaken(a: Assignment, elapsedMs: number): number {
	const limit = a.settings.timeLimit;
	return limit === null ? elapsedMs : Math.min(elapsedMs, limit * 60_000);
}

/** "12:05" from milliseconds (rounded up, so 0:00 means time is really up). */
export function clock(ms: number): string {
	const total = Math.ceil(ms / 1000);
	const m = Math.floor(total / 60);
	const s = total % 60;
	return `${m}:${String(s).padStart(2, '0')}`;
}

/** "3 minutes", "1 minute": the time left as a screen reader says it (rounded up, as `clock`). */
export function minutesLeft(ms: number): string {
	return count(Math.ceil(ms / 60_000), 'minute');
}

/** How long an attempt took, as its result says it: "under a minute", "1 minute", "12 minutes". */
export function timeSpent(seconds: number): string {
	const minutes = Math.round(seconds / 60);
	return minutes === 0 ? 'under a minute' : count(minutes, 'minute');
}

/** Has this day (YYYY-MM-DD) ended, in local time? False for anything that is not such a day. */
export function dayHasPassed(day: string, now: Date): boolean {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return false;
	const [y, m, d] = day.split('-').map(Number) as [number, number, number];
	return now.getTime() >= new Date(y, m - 1, d + 1).getTime();
}

/** Is the due date (the end of that day in local time) past? */
export function isOverdue(a: Assignment, now: Date): boolean {
	return !!a.settings.due && dayHasPassed(a.settings.due, now);
}
