/**
 * The memory model: a thin layer over ts-fsrs (FSRS-6). Pure: `now` is always an argument.
 * Fuzz is off so the same history always gives the same schedule (and the tests can pin it).
 */
import { createEmptyCard, fsrs, generatorParameters, Rating, type Card, type Grade } from 'ts-fsrs';

export { Rating, State, type Card, type Grade } from 'ts-fsrs';

export const GRADES: readonly Grade[] = [Rating.Again, Rating.Hard, Rating.Good, Rating.Easy];
export const GRADE_LABELS: Record<Grade, string> = {
	[Rating.Again]: 'Again',
	[Rating.Hard]: 'Hard',
	[Rating.Good]: 'Good',
	[Rating.Easy]: 'Easy'
};

const scheduler = fsrs(generatorParameters({ enable_fuzz: false, request_retention: 0.9 }));

export function newCard(now: Date): Card {
	return createEmptyCard(now);
}

/** The card after a grade. The caller keeps the card before it for the review log (undo). */
export function review(card: Card, grade: Grade, now: Date): Card {
	return scheduler.next(card, now, grade).card;
}

/** When the card would next be due for each grade, for the labels on the grade buttons. */
export function previewDue(card: Card, now: Date): Record<Grade, Date> {
	const preview = scheduler.repeat(card, now);
	return {
		[Rating.Again]: preview[Rating.Again].card.due,
		[Rating.Hard]: preview[Rating.Hard].card.due,
		[Rating.Good]: preview[Rating.Good].card.due,
		[Rating.Easy]: preview[Rating.Easy].card.due
	};
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** A short interval label as Anki shows it: "1m", "10m", "3h", "1d", "4d", "2mo", "1.5y". */
export function formatInterval(from: Date, to: Date): string {
	const ms = Math.max(0, to.getTime() - from.getTime());
	if (ms < HOUR) return `${Math.max(1, Math.round(ms / MINUTE))}m`;
	if (ms < DAY) return `${Math.round(ms / HOUR)}h`;
	const days = ms / DAY;
	if (days < 30) return `${Math.round(days)}d`;
	if (days < 365) return `${Math.round(days / 30)}mo`;
	const years = days / 365;
	return `${years < 10 ? Math.round(years * 10) / 10 : Math.round(years)}y`;
}
