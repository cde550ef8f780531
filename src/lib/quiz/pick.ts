/** Chooses the questions of a quiz: a seeded sample, so a quiz can be replayed from its seed. */
import { seededRng, shuffled } from '../items/random';

export const QUIZ_LENGTH = 10;

export function pickQuestions<T extends { id: string }>(
	pool: readonly T[],
	seed: string,
	count = QUIZ_LENGTH
): T[] {
	return shuffled(pool, seededRng(seed, 'quiz')).slice(0, count);
}
