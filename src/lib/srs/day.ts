/**
 * Day boundaries in the learner's local time zone. As in Anki, the learner's day starts at 04:00,
 * not at midnight: a session that runs past midnight is one day's, and a card learnt at 23:50 and
 * seen again at 00:05 is not a day apart (FSRS would count a day and stretch its interval).
 */
import type { Card } from './grades';

export const DAY_START_HOUR = 4;

/** When the learner's day that holds `now` began. */
export function startOfDay(now: Date): Date {
	const day = new Date(now);
	day.setHours(DAY_START_HOUR, 0, 0, 0);
	if (day > now) day.setDate(day.getDate() - 1);
	return day;
}

/** When the learner's next day begins (tomorrow's 04:00, or today's before 04:00). */
export function startOfNextDay(now: Date): Date {
	const next = startOfDay(now);
	next.setDate(next.getDate() + 1);
	return next;
}

/** The last moment of the learner's day that holds `now`. */
export function endOfDay(now: Date): Date {
	return new Date(startOfNextDay(now).getTime() - 1);
}

/** Was the card reviewed in the day that began at `dayStart` (or since)? */
export const reviewedSince = (card: Card | undefined, dayStart: Date | number): boolean =>
	card?.last_review !== undefined && card.last_review.getTime() >= new Date(dayStart).getTime();
