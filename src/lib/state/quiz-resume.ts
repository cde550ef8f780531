/**
 * A quiz brought back as it was left (Back from a source it links to): loaded only then, so a
 * quiz's first load does not carry it.
 */
import { scoreResponse, type ItemResponse } from '../items/response';
import type { Item } from '../items/types';
import type { QuizAnswer } from './quiz.svelte';

/** What a quiz's history entry keeps of it. */
export interface QuizLeft {
	/** The questions as they were asked (not only their ids: a deck can change under an id). */
	items: readonly Item[];
	responses: readonly ItemResponse[];
	/** The feedback of the last answer was shown. */
	feedback: boolean;
}

/**
 * The same questions and the answers given, scored again (the answers were graded when given:
 * they are not graded again). Undefined when the pool no longer has every question exactly as it
 * was asked (another deck, or a new version of it: an answer is an option's place, and would be
 * scored against other options), or the answers are not ones this app wrote.
 */
export function leftQuiz(
	pool: readonly Item[],
	left: QuizLeft
): { questions: Item[]; answers: QuizAnswer[] } | undefined {
	const byId = new Map(pool.map((item) => [item.id, item]));
	const questions = left.items.map((asked) => {
		const item = byId.get(asked?.id);
		return item && JSON.stringify(item) === JSON.stringify(asked) ? item : undefined;
	});
	if (!questions.every((q) => q !== undefined) || left.responses.length > questions.length)
		return undefined;
	try {
		const answers = left.responses.map((response, i) => {
			const item = questions[i] as Item;
			return { item, response, score: scoreResponse(item, response) };
		});
		return { questions, answers };
	} catch {
		return undefined; // A history entry tampered with.
	}
}
