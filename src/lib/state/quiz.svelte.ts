/**
 * A quiz: ten multiple-choice questions, one at a time, feedback after each. Every answer is
 * also a review for the scheduler (right → Good, wrong → Again).
 */
import type { MultipleChoice } from '../items/types';
import { pickQuestions } from '../quiz/pick';
import { Rating } from '../srs/scheduler';
import type { Learner } from './learner.svelte';

export interface QuizAnswer {
	item: MultipleChoice;
	chosen: number;
	correct: boolean;
}

export class QuizSession {
	readonly questions: MultipleChoice[];
	answers = $state<QuizAnswer[]>([]);
	/** True while the feedback for the last answer is shown. */
	showingFeedback = $state(false);
	#learner: Learner;

	constructor(pool: readonly MultipleChoice[], seed: string, learner: Learner) {
		this.questions = pickQuestions(pool, seed);
		this.#learner = learner;
	}

	get index(): number {
		return this.showingFeedback ? this.answers.length - 1 : this.answers.length;
	}

	get current(): MultipleChoice | undefined {
		return this.questions[this.index];
	}

	get lastAnswer(): QuizAnswer | undefined {
		return this.showingFeedback ? this.answers.at(-1) : undefined;
	}

	get finished(): boolean {
		return !this.showingFeedback && this.answers.length === this.questions.length;
	}

	get score(): number {
		return this.answers.filter((a) => a.correct).length;
	}

	answer(chosen: number, now: Date): Promise<void> {
		const item = this.current;
		if (!item || this.showingFeedback || chosen < 0 || chosen >= item.options.length)
			return Promise.resolve();
		const correct = chosen === item.answerIndex;
		this.answers.push({ item, chosen, correct });
		this.showingFeedback = true;
		return this.#learner.grade(item.id, correct ? Rating.Good : Rating.Again, 'quiz', now);
	}

	next() {
		this.showingFeedback = false;
	}
}
