import 'fake-indexeddb/auto';
import { createStore, entries, set } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import { factFile, fact } from '../items/fixtures';
import { encodeAssignment } from '../quiz/assignment';
import { testAssignment } from '../quiz/fixtures';
import { AssignmentStore } from './assignments';
import { DeckStore } from './decks';
import { memoryKV, openKV } from './kv';
import { Progress } from './progress';
import { QuizStore } from './quizzes';
import { guardSchema, NewerDataError, SCHEMA_VERSION } from './schema';
import { regradeOf } from '../srs/scheduler';
import { freshAttempt, graded } from './fixtures';

let n = 0;
const freshDb = () => `schema-db-${++n}`;
const newer = SCHEMA_VERSION + 1;

describe('guardSchema', () => {
	it('marks data with no version as this version, in the first write’s own transaction', async () => {
		const db = freshDb();
		const kv = guardSchema(await openKV(db));
		await kv.setMany([['x:1', 1]]);
		expect(await entries(createStore(db, 'kv'))).toEqual([
			['meta:schema', SCHEMA_VERSION],
			['x:1', 1]
		]);
	});

	it('writes nothing at all, by any kind of write, once a newer version moved the data on', async () => {
		const db = freshDb();
		const kv = guardSchema(await openKV(db));
		await kv.setMany([['x:1', 1]]);
		await set('meta:schema', newer, createStore(db, 'kv'));
		const before = await entries(createStore(db, 'kv'));
		const writes = [
			() => kv.setMany([['x:2', 2]]),
			() => kv.deleteMany(['x:1']),
			() => kv.write([['x:2', 2]], ['x:1']),
			() => kv.update('x:1', () => 5),
			() => kv.change(['x:1'], () => ({ entries: [['x:1', 6]], deletions: [] })),
			() => kv.change(null, () => ({ entries: [['x:3', 3]], deletions: [] }))
		];
		for (const write of writes) await expect(write()).rejects.toBeInstanceOf(NewerDataError);
		expect(await entries(createStore(db, 'kv'))).toEqual(before);
	});

	it('hands the plan what it asked for, without the version it read for itself', async () => {
		const kv = guardSchema(await openKV(freshDb()));
		await kv.setMany([['x:1', 1]]);
		let seen: [string, unknown][] = [];
		await kv.change(['x:1', 'x:2'], (read) => {
			seen = read;
			return null;
		});
		expect(seen).toEqual([
			['x:1', 1],
			['x:2', undefined]
		]);
	});

	it('leaves memory as it is: there is no other version to meet there', () => {
		const memory = memoryKV();
		expect(guardSchema(memory)).toBe(memory);
	});
});

/**
 * Every store, opened while the data was this version's, then a newer version of the app opens
 * in another tab and moves the data on: the store's next write fails and changes nothing.
 */
describe('a store opened before a newer version of the app', () => {
	async function afterNewerVersion(db: string, write: () => Promise<unknown>) {
		const kv = createStore(db, 'kv');
		await set('meta:schema', newer, kv);
		await set('card:from-the-future', { shape: 'new' }, kv);
		const before = await entries(kv);
		await expect(write()).rejects.toBeInstanceOf(NewerDataError);
		expect(await entries(kv)).toEqual(before);
	}

	it('progress: neither a grade nor an undo is written', async () => {
		const db = freshDb();
		const progress = await Progress.open(db);
		const at = new Date('2026-04-01T10:00:00Z');
		const first = graded('f1:flashcard', at);
		await progress.commitReview(first, regradeOf(first));
		await afterNewerVersion(db, () => progress.undoReview(first));
		const second = graded('f2:flashcard', at);
		await afterNewerVersion(db, () => progress.commitReview(second, regradeOf(second)));
	});

	it('decks: an import is not stored', async () => {
		const db = freshDb();
		const store = await DeckStore.open(db);
		expect(store.mode).toBe('persistent');
		const file = {
			...factFile([fact('f1', '1991', 'year')]),
			deck: { id: 'd', title: 'D', version: 1 }
		};
		await afterNewerVersion(db, () => store.save({ file, sources: {} }, new Date()));
		await afterNewerVersion(db, () => store.activate(null));
	});

	it('quizzes: a shared quiz is not kept', async () => {
		const db = freshDb();
		const store = await QuizStore.open(db);
		const assignment = testAssignment();
		const fragment = await encodeAssignment(assignment);
		await afterNewerVersion(db, () => store.save({ assignment, fragment, createdAt: new Date() }));
	});

	it('assignments: neither an answer nor the review it owes is stored', async () => {
		const db = freshDb();
		const store = await AssignmentStore.open(db);
		const attempt = await freshAttempt(testAssignment().id);
		const pending = { itemId: 'f1:mcq', correct: true, at: Date.parse('2026-04-01T10:00:00Z') };
		await afterNewerVersion(db, () => store.saveAttempt(attempt, pending));
		await afterNewerVersion(db, () => store.saveStudentName('Ann'));
	});
});
