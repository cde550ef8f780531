/** The question types chosen for quizzes, remembered in this browser (a preference, not progress). */
import { markPersonal } from '$lib/state/personal';
import { QUIZ_KINDS, type QuizKind } from '$lib/state/quiz.svelte';

const KEY = 'quiz:kinds';

/** The remembered choice, limited to the kinds available; all of them when nothing is saved. */
export function loadKinds(available: readonly QuizKind[]): QuizKind[] {
	try {
		const saved = JSON.parse(localStorage.getItem(KEY) ?? 'null');
		if (Array.isArray(saved)) {
			const kinds = available.filter((k) => saved.includes(k));
			if (kinds.length) return kinds;
		}
	} catch {
		// No storage (private mode, server render) or a broken value: the default.
	}
	return [...available];
}

export function saveKinds(kinds: readonly QuizKind[]) {
	markPersonal(); // the first quiz then differs from the prerendered one
	try {
		localStorage.setItem(KEY, JSON.stringify(kinds.filter((k) => QUIZ_KINDS.includes(k))));
	} catch {
		// Not remembered; the choice still applies to this quiz.
	}
}
