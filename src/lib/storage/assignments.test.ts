import 'fake-indexeddb/auto';
import { createStore, get, set } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import { encodeAssignment } from '../quiz/assignment';
import { testAssignment } from '../quiz/fixtures';
import { encodeResult } from '../quiz/result-code';
import { AssignmentStore, supersedes, type Attempt } from './assignments';
import { QuizStore } from './quizzes';
import { freshAttempt } from './fixtures';
import { pendingKey } from './keys';

let n = 0;
const freshDb = () => `assignments-db-${++n}`;
const assignment = testAssignment();

describe('QuizStore', () => {
	it('keeps the teacher’s quizzes, newest first, and skips corrupt ones', async () => {
		const db = freshDb();
		const store = await QuizStore.open(db);
		expect(store.mode).toBe('persistent');
		const fragment = await encodeAssignment(assignment);
		await store.save({ assignment, fragment, createdAt: new Date(1000) });
		const second = { ...assignment, id: 'q2', title: 'Week 2' };
		await store.save({
			assignment: second,
			fragment: await encodeAssignment(second),
			createdAt: new Date(2000)
		});
		await set('quiz:broken', { v: 1, fragment: '1.garbage', createdAt: 5 }, createStore(db, 'kv'));
		const { quizzes, skipped } = await store.list();
		expect(quizzes.map((q) => q.assignment.title)).toEqual(['Week 2', 'Week 1']);
		expect(skipped).toBe(1);
		expect((await store.get('q1'))?.assignment).toEqual(assignment);
	});

	it('writes nothing into data from a newer schema', async () => {
		const db = freshDb();
		await set('meta:schema', 99, createStore(db, 'kv'));
		const store = await QuizStore.open(db);
		expect(store.mode).toBe('newer-data');
	});
});

describe('AssignmentStore', () => {
	it('never lets a second tab undo the first one: no going back a question, a submission or a retake', async () => {
		const db = freshDb();
		const store = await AssignmentStore.open(db);
		const base = await freshAttempt('q1');
		const ahead = {
			...base,
			responses: [{ kind: 'choice' as const, index: 1 }, null],
			position: 1
		};
		expect(await store.saveAttempt(ahead)).toBe(ahead);
		// The other tab, still on question 1 (or on the intro, pressing Start), saves: refused.
		expect(await store.saveAttempt({ ...base })).toEqual(ahead);
		// It answers question 1 too, otherwise: as far along, but not the answer given. Refused.
		const again = { ...ahead, responses: [{ kind: 'choice' as const, index: 3 }, null] };
		expect(await store.saveAttempt(again)).toEqual(ahead);
		// Its timer save (the same answers) is fine.
		expect(await store.saveAttempt({ ...ahead, elapsedMs: 4000 })).toMatchObject({
			elapsedMs: 4000
		});
		const submitted = { ...ahead, submitted: { at: 9000, code: 'R1.x.y', seconds: 8 } };
		await store.saveAttempt(submitted);
		expect(await store.saveAttempt({ ...ahead, position: 2 })).toEqual(submitted);
		expect(await store.attempt('q1')).toEqual(submitted);
		// A retake (allowed by the assignment) does replace the submission.
		const retake = { ...base, retakes: 1 };
		expect(await store.saveAttempt(retake)).toBe(retake);
		expect(supersedes(retake, submitted)).toBe(false);
		// An attempt made for another link with the same id is not resumed.
		expect(await store.attempt('q1', 'another-fragment')).toBeUndefined();
		expect(await store.attempt('q1', base.fragment)).toEqual(retake);
	});

	it('an answer and the review it owes are stored together, or neither (a stale tab’s answer)', async () => {
		const db = freshDb();
		const store = await AssignmentStore.open(db);
		const base = await freshAttempt('q3');
		const answered = {
			...base,
			responses: [{ kind: 'choice' as const, index: 1 }, null],
			position: 1
		};
		const owed = { itemId: 'x:mcq', correct: true, at: 5000 };
		expect(await store.saveAttempt(answered, owed)).toBe(answered);
		const kv = createStore(db, 'kv');
		const key = pendingKey(new Date(5000), 'x:mcq');
		expect(await get(key, kv)).toEqual(owed);
		// A stale tab answers question 1 otherwise: its attempt is refused, and so is its review.
		const stale = { ...answered, responses: [{ kind: 'choice' as const, index: 2 }, null] };
		const staleOwed = { itemId: 'x:mcq', correct: false, at: 6000 };
		expect(await store.saveAttempt(stale, staleOwed)).toEqual(answered);
		expect(await get(pendingKey(new Date(6000), 'x:mcq'), kv)).toBeUndefined();
	});

	it('two tabs saving at the same moment: the attempt further along is what stays', async () => {
		const db = freshDb();
		const [tabA, tabB] = await Promise.all([AssignmentStore.open(db), AssignmentStore.open(db)]);
		const base = await freshAttempt('q2');
		await tabA.saveAttempt(base);
		const submitted = {
			...base,
			position: 1,
			submitted: { at: 9000, code: 'R1.x.y', seconds: 8 }
		};
		// Tab B's timer saves its stale copy while tab A submits: neither read may pass the other's write.
		const [a, b] = await Promise.all([
			tabA.saveAttempt(submitted),
			tabB.saveAttempt({ ...base, elapsedMs: 5000 })
		]);
		expect(a).toBe(submitted);
		expect(b).toEqual(submitted);
		expect(await (await AssignmentStore.open(db)).attempt('q2')).toEqual(submitted);
	});

	it('saves and resumes an attempt, and collects results', async () => {
		const db = freshDb();
		const store = await AssignmentStore.open(db);
		const attempt: Attempt = {
			v: 1,
			assignmentId: 'q1',
			fragment: await encodeAssignment(assignment),
			student: 'Ann',
			responses: [{ kind: 'choice', index: 2 }, null],
			position: 1,
			elapsedMs: 12_000,
			startedAt: 1000,
			submitted: null,
			retakes: 0
		};
		await store.saveAttempt(attempt);
		expect(await (await AssignmentStore.open(db)).attempt('q1')).toEqual(attempt);
		expect(await store.attempt('other')).toBeUndefined();
		await store.saveStudentName('Ann');
		expect(await store.studentName()).toBe('Ann');

		const code = await encodeResult({
			assignmentId: 'q1',
			student: 'Ann',
			responses: attempt.responses,
			seconds: 12,
			submittedAt: 5
		});
		const decoded = {
			assignmentId: 'q1',
			student: 'Ann',
			responses: attempt.responses,
			seconds: 12,
			submittedAt: 5,
			code
		};
		await store.saveResults([decoded]);
		await set('result:q1:zed', { v: 1, code: 'R1.broken.x' }, createStore(db, 'kv'));
		expect(await store.results('q1')).toEqual({ results: [decoded], skipped: 1 });
		expect(await store.results('q2')).toEqual({ results: [], skipped: 0 });

		// An older version kept a name with an invisible mark under its own key: Ann once, the later.
		const marked = { ...decoded, student: '\u200eAnn', submittedAt: 9 };
		const markedCode = await encodeResult(marked);
		await set('result:q1:\u200eann', { v: 1, code: markedCode }, createStore(db, 'kv'));
		expect(await store.results('q1')).toEqual({
			results: [{ ...marked, student: 'Ann', code: markedCode }],
			skipped: 1
		});
	});
});
