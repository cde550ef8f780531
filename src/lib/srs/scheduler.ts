/**
 * The memory model: a thin layer over ts-fsrs (FSRS-6). Pure: `now` is always an argument.
 * Fuzz is off so the same history always gives the same schedule (and the tests can pin it).
 * The app loads this module on its own (state/scheduler.svelte.ts): showing a question and
 * counting due cards need only grades.ts.
 */
import { createEmptyCard, fsrs, generatorParameters, type Card, type Grade } from 'ts-fsrs';
import { Rating } from './grades';

export * from './grades';

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
