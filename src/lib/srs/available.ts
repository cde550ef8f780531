/**
 * When a scheduled card may be studied. FSRS counts a review card's interval in days (ts-fsrs
 * measures the time since the last review in calendar days), and so does the learner: "Good:
 * 1d" means tomorrow, not tomorrow at the minute of this review. So a card in review comes up on
 * the day it falls due, from the start of that day (04:00, day.ts), as in Anki — but never sooner
 * than half its interval after its last review, so a one-day card graded late at night does not
 * come back first thing (one graded at 23:50 comes at 11:50). A learning card (steps of
 * minutes) comes up at its exact time. The model counts the same local days (scheduler.ts).
 */
import { startOfDay } from './day';
import { State, type Card } from './grades';

export function availableAt(card: Card): Date {
	if (card.state !== State.Review) return card.due;
	const dayStart = startOfDay(card.due).getTime();
	if (!card.last_review) return new Date(dayStart);
	const due = card.due.getTime();
	const last = card.last_review.getTime();
	const halfway = Math.min(due, last + Math.max(0, due - last) / 2);
	return new Date(Math.max(dayStart, halfway));
}

/** Does the card come up on a day rather than at a time (so "tomorrow", not "tomorrow at 00:00")? */
export function comesUpForTheDay(card: Card): boolean {
	return availableAt(card).getTime() === startOfDay(card.due).getTime();
}
