// The prerendered first question of a new learner's first quiz is worked out here, before the
// page hydrates and in a task of its own, so that hydrating stays short on a slow phone.
import { builtinDeck } from '$lib/state/builtin-deck';
import { nextTaskInBrowser } from '$lib/state/next-task';
import { firstQuizQuestion } from '$lib/state/quiz.svelte';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ parent }) => {
	await parent();
	const firstQuestion = firstQuizQuestion(builtinDeck().items);
	await nextTaskInBrowser();
	return { firstQuestion };
};
