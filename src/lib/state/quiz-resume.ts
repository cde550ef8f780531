/**
 * A quiz brought back as it was left (Back from a source it links to): loaded only then, so a
 * quiz's first load does not carry it.
 */
import { scoreResponse, type ItemResponse } from '../items/response';
import type { Item } from '../items/types';
import type { QuizAnswer } from './quiz.svelte';

/** What a quiz's history entry keeps of it. */
export interface QuizLeft {
	ids: readonly string[];
	responses: readonly ItemResponse[];
	/** The feedback of the last answer was shown. */
	feedback: boolean;
}

/**
 * The same questions and the answers given, scored again (the answers were graded when given:
 * they are not graded again). Undefined when the pool no longer has every question (another
 * deck) or the answers are not ones this app wrote.
 */
export function leftQuiz(
	pool: readonly Item[],
	left: QuizLeft
): { questions: Item[]; answers: QuizAnswer[] } | undefined {
	const byId = new Map(pool.map((item) => [item.id, item]));
	const questions = left.ids.map((id) => byId.get(id));
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
