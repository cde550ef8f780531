// The prerendered first card of a new learner is worked out here, before the page hydrates and
// in a task of its own, so that hydrating stays short on a slow phone.
import { builtinDeck } from '$lib/state/builtin-deck';
import { nextTaskInBrowser } from '$lib/state/next-task';
import { newLearnerStart } from '$lib/state/study.svelte';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ parent }) => {
	await parent();
	const first = newLearnerStart(builtinDeck());
	await nextTaskInBrowser();
	return { first };
};
