import { expect, it } from 'vitest';
import { count } from './count';

it('says a number with its noun in the singular or the plural', () => {
	expect([count(1, 'fact'), count(3, 'fact'), count(0, 'question')]).toEqual([
		'1 fact',
		'3 facts',
		'0 questions'
	]);
	expect([count(1, 'quiz', 'quizzes'), count(2, 'quiz', 'quizzes')]).toEqual([
		'1 quiz',
		'2 quizzes'
	]);
});
