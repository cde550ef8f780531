/** Records as the app writes them, for the storage tests. */
import { encodeAssignment } from '../quiz/assignment';
import { testAssignment } from '../quiz/fixtures';
import { newCard, Rating, review, type Grade } from '../srs/scheduler';
import type { Attempt } from './assignments';

/** A new card graded Good at `at` (from studying). */
export function graded(itemId: string, at: Date) {
	const before = newCard(at);
	return {
		itemId,
		grade: Rating.Good as Grade,
		at,
		via: 'study' as const,
		before,
		after: review(before, Rating.Good, at, itemId)
	};
}

/** An attempt at the test assignment (two questions) that has not begun. */
export async function freshAttempt(assignmentId: string): Promise<Attempt> {
	return {
		v: 1,
		assignmentId,
		fragment: await encodeAssignment(testAssignment()),
		student: 'Ann',
		responses: [null, null],
		position: 0,
		elapsedMs: 0,
		startedAt: 1000,
		submitted: null,
		retakes: 0
	};
}
