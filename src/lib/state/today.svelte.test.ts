import { expect, it } from 'vitest';
import { deck } from '../builtin-deck';
import { newCard, Rating, review, type Card } from '../srs/scheduler';
import { NEW_PER_DAY, newCardsNow, StudySession } from './study.svelte';
import type { Learner } from './learner.svelte';

const now = new Date('2026-11-23T12:00:00Z');
const dueNow = (): Card => ({ ...review(newCard(now), Rating.Good, now), due: now });

/** The new cards a study session started now would show (the session only reads these). */
function sessionNew(cards: Map<string, Card>, newSeenToday: number): number {
	const learner = { cards, newSeenToday } as unknown as Learner;
	const session = new StudySession(deck, learner, now);
	return session.queue.filter((id) => !cards.has(id)).length;
}

it('a new learner is promised the day’s limit of new cards', () => {
	expect(newCardsNow(deck, new Map(), 0, now)).toBe(NEW_PER_DAY);
	expect(newCardsNow(deck, new Map(), NEW_PER_DAY - 3, now)).toBe(3);
	expect(newCardsNow(deck, new Map(), NEW_PER_DAY + 5, now)).toBe(0);
});

it('counts what the session will show when a quiz question of a new card’s fact is due', () => {
	// Near the end of the deck: every flashcard but the last three is learnt (due next week)...
	const study = deck.items.filter((i) => deck.studyIds.has(i.id));
	const later = { ...dueNow(), due: new Date('2026-11-30T12:00:00Z') };
	const cards = new Map<string, Card>(study.slice(0, -3).map((i) => [i.id, later]));
	expect(newCardsNow(deck, cards, 0, now)).toBe(3);
	// ...and a quiz answer made one of the three facts a quiz card, due now: the session shows
	// that card and keeps the fact's flashcard for another day.
	const sibling = deck.items.find(
		(i) => !deck.studyIds.has(i.id) && study.slice(-3).some((s) => s.factIds[0] === i.factIds[0])
	);
	if (!sibling) throw new Error('one of the last three new cards’ facts has a quiz question');
	cards.set(sibling.id, dueNow());
	expect(newCardsNow(deck, cards, 0, now)).toBe(2);
	expect(sessionNew(cards, 0)).toBe(2);
});
