/**
 * The results collected for one of the teacher's quizzes: codes pasted, merged, stored and
 * reported. Only /teach/results loads it (with the report and the result codec).
 */
import { count } from '../count';
import type { Item } from '../items/types';
import { classReport, intakeCodes, type CollectedResult, type Intake } from '../quiz/report';
import { AssignmentStore } from '../storage/assignments';
import type { SavedQuiz } from '../storage/quizzes';
import { builtinDeck } from './builtin-deck';
import { deckIdentity } from './deck-identity';
import type { TeacherQuizzes } from './teach.svelte';

export class ClassResults {
	readonly quiz: SavedQuiz;
	readonly items: Item[];
	results = $state.raw<CollectedResult[]>([]);
	lastIntake = $state.raw<Intake[]>([]);
	problems = $state<string[]>([]);
	/** The app's questions differ from the ones the quiz was made with: scores may be off. */
	otherVersion = $state(false);
	#store: AssignmentStore;
	#quizzes: TeacherQuizzes;

	private constructor(
		quiz: SavedQuiz,
		items: Item[],
		store: AssignmentStore,
		quizzes: TeacherQuizzes
	) {
		this.quiz = quiz;
		this.items = items;
		this.#store = store;
		this.#quizzes = quizzes;
	}

	/** Undefined when the quiz's questions are not all in this app any more. */
	static async load(quiz: SavedQuiz, quizzes: TeacherQuizzes): Promise<ClassResults | undefined> {
		const deck = builtinDeck();
		const items = quiz.assignment.itemIds.map((id) => deck.item(id));
		if (items.some((i) => !i)) return undefined;
		const r = new ClassResults(quiz, items as Item[], await AssignmentStore.open(), quizzes);
		r.otherVersion = (await deckIdentity()).hash !== quiz.assignment.deck.hash;
		try {
			const { results, skipped } = await r.#store.results(quiz.assignment.id);
			r.results = results.sort((a, b) => a.student.localeCompare(b.student));
			if (skipped) r.problems.push(`${count(skipped, 'stored result')} could not be read.`);
		} catch {
			r.problems.push('Stored results could not be read.');
		}
		return r;
	}

	get report() {
		return classReport(this.items, this.results);
	}

	/**
	 * Reads pasted text; stores what is new. Returns how many codes were found, or undefined when
	 * the quiz was deleted meanwhile (in another tab): then nothing is added.
	 */
	async add(text: string): Promise<number | undefined> {
		if (!(await this.#quizzes.stillKept(this.quiz.assignment.id))) return undefined;
		const outcome = await intakeCodes(
			text,
			this.quiz.assignment,
			this.items,
			this.results,
			(id) => this.#quizzes.get(id)?.assignment.title
		);
		this.lastIntake = outcome.intakes;
		this.results = outcome.results;
		try {
			await this.#store.saveResults(outcome.changed);
		} catch {
			const problem =
				'These results could not be saved on this device; they are shown until you close the tab.';
			if (!this.problems.includes(problem)) this.problems.push(problem);
		}
		return outcome.intakes.length;
	}
}
