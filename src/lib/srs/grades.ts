/**
 * The vocabulary of the memory model (grades, card states, interval labels) without the model
 * itself: pages show questions and count due cards with this alone, and load ts-fsrs
 * (scheduler.ts) only to schedule. The values are ts-fsrs's own; grades.test.ts checks them.
 */
import type { Grade } from 'ts-fsrs';

export type { Card, Grade } from 'ts-fsrs';

/** ts-fsrs's `Rating`, as plain numbers. */
export const Rating = { Manual: 0, Again: 1, Hard: 2, Good: 3, Easy: 4 } as const;
/** ts-fsrs's `State`, as plain numbers. */
export const State = { New: 0, Learning: 1, Review: 2, Relearning: 3 } as const;

export const GRADES: readonly Grade[] = [Rating.Again, Rating.Hard, Rating.Good, Rating.Easy];
export const GRADE_LABELS: Record<Grade, string> = {
	[Rating.Again]: 'Again',
	[Rating.Hard]: 'Hard',
	[Rating.Good]: 'Good',
	[Rating.Easy]: 'Easy'
};

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const UNITS = { m: 'minute', h: 'hour', d: 'day', mo: 'month', y: 'year' } as const;

/** An interval, rounded as Anki shows it: 1 to 59 minutes, hours, days, months, then years. */
function interval(from: Date, to: Date): [number, keyof typeof UNITS] {
	const ms = Math.max(0, to.getTime() - from.getTime());
	if (ms < HOUR) return [Math.max(1, Math.round(ms / MINUTE)), 'm'];
	if (ms < DAY) return [Math.round(ms / HOUR), 'h'];
	const days = ms / DAY;
	if (days < 30) return [Math.round(days), 'd'];
	if (days < 365) return [Math.round(days / 30), 'mo'];
	const years = days / 365;
	return [years < 10 ? Math.round(years * 10) / 10 : Math.round(years), 'y'];
}

/** A short interval label as Anki shows it: "1m", "10m", "3h", "1d", "4d", "2mo", "1.5y". */
export function formatInterval(from: Date, to: Date): string {
	return interval(from, to).join('');
}

/** The same interval in words, for a screen reader: "1 minute", "4 days", "1.5 years". */
export function spokenInterval(from: Date, to: Date): string {
	const [n, unit] = interval(from, to);
	return `${n} ${UNITS[unit]}${n === 1 ? '' : 's'}`;
}
