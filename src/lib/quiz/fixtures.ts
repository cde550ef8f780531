/** A small assignment for tests: two multiple-choice items, no time limit, answers shown. */
import type { Assignment } from './assignment';

export const testAssignment = (id = 'q1', title = 'Week 1'): Assignment => ({
	id,
	title,
	deck: { id: 'belarus-releases', hash: 'abcdefabcdef' },
	itemIds: ['a:mcq', 'b:mcq'],
	seed: 's',
	settings: {
		timeLimit: null,
		shuffleQuestions: false,
		shuffleOptions: false,
		showAnswers: true,
		allowRetake: false,
		due: null
	}
});
