/**
 * The teacher's side: quizzes made on this device (built, shared, listed) and the results
 * collected for one of them (codes pasted, merged, stored, reported). Everything stays in this
 * browser; the only things that leave it are the links the teacher shares.
 */
import { count } from '../count';
import type { Item } from '../items/types';
import { encodeAssignment, type Assignment, type QuizSettings } from '../quiz/assignment';
import { classReport, intakeCodes, type CollectedResult, type Intake } from '../quiz/report';
import { AssignmentStore } from '../storage/assignments';
import { QuizStore, type SavedQuiz } from '../storage/quizzes';
import type { StorageMode } from '../storage/progress';
import { deckIdentity } from './deck-identity';
import { builtinDeck } from './builtin-deck';

/** A random token for ids and seeds: 60 bits in base64url-safe characters. */
export function randomToken(length = 10): string {
	const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
	return Array.from(crypto.getRandomValues(new Uint8Array(length)), (b) => chars[b & 63]).join('');
}

/** The link students open, for this site. */
export const assignmentLink = (fragment: string) => `${location.origin}/assignment#${fragment}`;

export class TeacherQuizzes {
	quizzes = $state.raw<SavedQuiz[]>([]);
	problems = $state<string[]>([]);
	readonly mode: StorageMode;
	#store: QuizStore;

	private constructor(store: QuizStore) {
		this.#store = store;
		this.mode = store.mode;
	}

	static async load(): Promise<TeacherQuizzes> {
		const t = new TeacherQuizzes(await QuizStore.open());
		await t.refresh();
		return t;
	}

	async refresh() {
		try {
			const { quizzes, skipped } = await this.#store.list();
			this.quizzes = quizzes;
			if (skipped)
				this.problems = [
					`${count(skipped, 'saved quiz', 'saved quizzes')} could not be read and ${skipped === 1 ? 'was' : 'were'} skipped.`
				];
		} catch {
			this.problems = ['Your saved quizzes could not be read.'];
		}
	}

	/** Makes the shareable quiz and keeps it; the link works even if keeping it fails. */
	async share(
		draft: { title: string; items: Item[]; settings: QuizSettings },
		now: Date
	): Promise<{ quiz: SavedQuiz; saved: boolean }> {
		const identity = await deckIdentity();
		const assignment: Assignment = {
			id: randomToken(),
			title: draft.title.trim().replace(/\s+/g, ' '),
			deck: { id: identity.id, hash: identity.hash },
			itemIds: draft.items.map((i) => i.id),
			seed: randomToken(8),
			settings: draft.settings
		};
		const quiz = { assignment, fragment: await encodeAssignment(assignment), createdAt: now };
		let saved = true;
		try {
			await this.#store.save(quiz);
		} catch {
			saved = false;
		}
		await this.refresh();
		return { quiz, saved };
	}

	/** Forgets a quiz on this device; its collected results stay. False when it could not be. */
	async remove(id: string): Promise<boolean> {
		try {
			await this.#store.remove([id]);
		} catch {
			return false;
		}
		this.quizzes = this.quizzes.filter((q) => q.assignment.id !== id);
		return true;
	}

	get(id: string): SavedQuiz | undefined {
		return this.quizzes.find((q) => q.assignment.id === id);
	}
}

export class ClassResults {
	readonly quiz: SavedQuiz;
	readonly items: Item[];
	results = $state.raw<CollectedResult[]>([]);
	lastIntake = $state.raw<Intake[]>([]);
	problems = $state<string[]>([]);
	/** The app's questions differ from the ones the quiz was made with: scores may be off. */
	otherVersion = $state(false);
	#store: AssignmentStore;
	#titleOf: (id: string) => string | undefined;

	private constructor(
		quiz: SavedQuiz,
		items: Item[],
		store: AssignmentStore,
		titleOf: (id: string) => string | undefined
	) {
		this.quiz = quiz;
		this.items = items;
		this.#store = store;
		this.#titleOf = titleOf;
	}

	/** Undefined when the quiz's questions are not all in this app any more. */
	static async load(quiz: SavedQuiz, quizzes: TeacherQuizzes): Promise<ClassResults | undefined> {
		const deck = builtinDeck();
		const items = quiz.assignment.itemIds.map((id) => deck.item(id));
		if (items.some((i) => !i)) return undefined;
		const r = new ClassResults(
			quiz,
			items as Item[],
			await AssignmentStore.open(),
			(id) => quizzes.get(id)?.assignment.title
		);
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

	/** Reads pasted text; stores what is new. Returns how many codes were found. */
	async add(text: string): Promise<number> {
		const outcome = await intakeCodes(
			text,
			this.quiz.assignment,
			this.items,
			this.results,
			this.#titleOf
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
