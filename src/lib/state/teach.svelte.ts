/**
 * The teacher's side: quizzes made on this device (built, shared, listed). The results collected
 * for one of them are class-results.svelte.ts. Everything stays in this browser; the only things
 * that leave it are the links the teacher shares.
 */
import { count } from '../count';
import type { Item } from '../items/types';
import { encodeAssignment, type Assignment, type QuizSettings } from '../quiz/assignment';
import { QuizStore, type SavedQuiz } from '../storage/quizzes';
import type { StoreMode } from '../storage/progress';
import { deckIdentity } from './deck-identity';

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
	readonly mode: StoreMode;
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

	/**
	 * Keeps a quiz read from its link (made on another device, or forgotten on this one), so its
	 * results can be collected here. False when it could not be kept.
	 */
	async adopt(assignment: Assignment, fragment: string, now: Date): Promise<boolean> {
		if (this.get(assignment.id)) return true;
		try {
			await this.#store.save({ assignment, fragment, createdAt: now });
		} catch {
			return false;
		}
		await this.refresh();
		return this.get(assignment.id) !== undefined;
	}

	/** Forgets a quiz on this device, with the results collected for it. False when it could not be. */
	async remove(id: string): Promise<boolean> {
		try {
			await this.#store.remove([id]);
		} catch {
			return false;
		}
		this.quizzes = this.quizzes.filter((q) => q.assignment.id !== id);
		return true;
	}

	/** Is the quiz still kept on this device (another tab may have deleted it)? */
	async stillKept(id: string): Promise<boolean> {
		try {
			return (await this.#store.get(id)) !== undefined;
		} catch {
			return true; // cannot tell: the results are kept, as before
		}
	}

	get(id: string): SavedQuiz | undefined {
		return this.quizzes.find((q) => q.assignment.id === id);
	}
}
