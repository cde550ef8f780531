import 'fake-indexeddb/auto';
import { createStore, get, keys, set } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import { encodeAssignment } from '../quiz/assignment';
import { testAssignment } from '../quiz/fixtures';
import { memoryKV, openKV } from './kv';
import { QuizStore } from './quizzes';

let n = 0;
const freshDb = () => `quizzes-db-${++n}`;
const assignment = (id: string, title: string) => testAssignment(id, title);
async function saveQuiz(store: QuizStore, id: string, title: string, at: number) {
	const a = assignment(id, title);
	await store.save({ assignment: a, fragment: await encodeAssignment(a), createdAt: new Date(at) });
}

describe('KV.deleteMany', () => {
	it('removes every key in one transaction, in IndexedDB and in memory', async () => {
		for (const kv of [await openKV(freshDb()), memoryKV()]) {
			await kv.setMany([
				['x:1', 1],
				['x:2', 2],
				['x:3', 3]
			]);
			await kv.deleteMany(['x:1', 'x:3', 'x:missing']);
			expect(await kv.valuesWithPrefix('x:')).toEqual([2]);
			await kv.deleteMany([]);
			expect(await kv.valuesWithPrefix('x:')).toEqual([2]);
		}
	});

	it('removes nothing when one key is invalid (the transaction aborts)', async () => {
		const db = freshDb();
		const kv = await openKV(db);
		expect(kv.persistent).toBe(true);
		await kv.setMany([
			['y:1', 1],
			['y:2', 2]
		]);
		// An object is not a valid IndexedDB key: delete() throws after the first was queued.
		await expect(kv.deleteMany(['y:1', {} as unknown as string])).rejects.toThrow();
		expect(await kv.valuesWithPrefix('y:')).toEqual([1, 2]);
	});
});

describe('QuizStore.remove', () => {
	it('forgets a quiz with the results collected for it, and keeps the other quizzes and theirs', async () => {
		const db = freshDb();
		const store = await QuizStore.open(db);
		await saveQuiz(store, 'q1', 'Week 1', 1000);
		await saveQuiz(store, 'q2', 'Week 2', 2000);
		await saveQuiz(store, 'q10', 'Week 10', 3000);
		const raw = createStore(db, 'kv');
		for (const key of ['result:q1:ann', 'result:q1:bob', 'result:q2:ann', 'result:q10:ann'])
			await set(key, { v: 1, code: 'R1.x.y' }, raw);

		await store.remove(['q1']);
		const reopened = await QuizStore.open(db);
		expect((await reopened.list()).quizzes.map((q) => q.assignment.id)).toEqual(['q10', 'q2']);
		expect(await reopened.get('q1')).toBeUndefined();
		// Students' names and answers do not stay behind, out of sight (the teacher is told so).
		expect((await keys(raw)).filter((k) => String(k).startsWith('result:')).sort()).toEqual([
			'result:q10:ann',
			'result:q2:ann'
		]);
	});
});

describe('QuizStore.list', () => {
	it('skips a quiz stored under another quiz’s key: one quiz is listed once', async () => {
		const db = freshDb();
		const store = await QuizStore.open(db);
		await saveQuiz(store, 'q1', 'Week 1', 1000);
		const raw = createStore(db, 'kv');
		await set('quiz:q9', await get('quiz:q1', raw), raw);
		expect(await store.list()).toMatchObject({ skipped: 1 });
		expect((await store.list()).quizzes.map((q) => q.assignment.id)).toEqual(['q1']);
	});
});
