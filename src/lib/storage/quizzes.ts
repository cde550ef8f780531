/**
 * The teacher's own quizzes, in the one idb-keyval store (the same database as progress).
 *
 * Stores: `quiz:<assignmentId>` → `{ v, fragment, createdAt }`: the quiz exactly as shared (the
 * link's fragment), so what is listed is what students received. Every record is decoded again
 * on read with the same strict decoder students use; a corrupt one is skipped and counted.
 * Writes: once, when the teacher presses "Share" (saving the same quiz again overwrites it);
 * `remove` deletes a quiz with the results collected for it (`result:<id>:…`, AssignmentStore),
 * as the teacher is told: students' names and answers do not stay behind, out of sight.
 * Failure: no IndexedDB → memory for the session (`mode: 'memory'`, the page says quizzes will
 * not be kept); data saved by a newer schema → nothing is written (memory); a failed write
 * rejects and the caller says so (the link itself still works: it holds the whole quiz).
 */
import * as v from 'valibot';
import { decodeAssignment, type Assignment } from '../quiz/assignment';
import { resultsPrefix } from './result-keys';
import type { KV } from './kv';
import { openStore } from './open-store';
import type { StoreMode } from './progress';

export const QUIZ_PREFIX = 'quiz:';
export const quizKey = (id: string) => `${QUIZ_PREFIX}${id}`;

const StoredQuizSchema = v.object({
	v: v.literal(1),
	fragment: v.pipe(v.string(), v.maxLength(4000)),
	createdAt: v.pipe(v.number(), v.integer(), v.minValue(0))
});

export const isStoredQuiz = (value: unknown) => v.is(StoredQuizSchema, value);

export interface SavedQuiz {
	assignment: Assignment;
	fragment: string;
	createdAt: Date;
}

export class QuizStore {
	readonly mode: StoreMode;
	#kv: KV;

	private constructor(kv: KV, mode: StoreMode) {
		this.#kv = kv;
		this.mode = mode;
	}

	static async open(dbName?: string): Promise<QuizStore> {
		const { kv, mode } = await openStore(dbName);
		return new QuizStore(kv, mode);
	}

	async save(quiz: SavedQuiz): Promise<void> {
		await this.#kv.setMany([
			[
				quizKey(quiz.assignment.id),
				{ v: 1, fragment: quiz.fragment, createdAt: quiz.createdAt.getTime() }
			]
		]);
	}

	/** Every readable quiz, newest first, and how many records could not be read. */
	async list(): Promise<{ quizzes: SavedQuiz[]; skipped: number }> {
		const quizzes: SavedQuiz[] = [];
		let skipped = 0;
		for (const [key, value] of await this.#kv.entriesWithPrefix(QUIZ_PREFIX)) {
			const quiz = await readQuiz(value);
			// Under its own id only: a copy under another key would list one quiz twice.
			if (quiz && quizKey(quiz.assignment.id) === key) quizzes.push(quiz);
			else skipped++;
		}
		quizzes.sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
		return { quizzes, skipped };
	}

	/**
	 * Forgets these quizzes and the results collected for them, in one transaction: a result
	 * another tab adds meanwhile is not left behind.
	 */
	async remove(ids: string[]): Promise<void> {
		if (!ids.length) return;
		const prefixes = ids.map(resultsPrefix);
		await this.#kv.change(null, (read) => ({
			entries: [],
			deletions: [
				...ids.map(quizKey),
				...read
					.map(([key]) => key)
					.filter((key) => typeof key === 'string' && prefixes.some((p) => key.startsWith(p)))
			]
		}));
	}

	async get(id: string): Promise<SavedQuiz | undefined> {
		return readQuiz(await this.#kv.get(quizKey(id)));
	}
}

async function readQuiz(value: unknown): Promise<SavedQuiz | undefined> {
	const parsed = v.safeParse(StoredQuizSchema, value);
	if (!parsed.success) return undefined;
	const decoded = await decodeAssignment(parsed.output.fragment);
	if (!decoded.ok) return undefined;
	return {
		assignment: decoded.value,
		fragment: parsed.output.fragment,
		createdAt: new Date(parsed.output.createdAt)
	};
}
