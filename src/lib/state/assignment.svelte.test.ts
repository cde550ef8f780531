import 'fake-indexeddb/auto';
import { beforeAll, expect, it } from 'vitest';
import { encodeAssignment } from '../quiz/assignment';
import { testAssignment } from '../quiz/fixtures';
import { decodeResult } from '../quiz/result-code';
import { AttemptSession, openLink } from './assignment.svelte';
import { builtinDeck, loadBuiltinDeck } from './builtin-deck';
import { deckIdentity } from './deck-identity';
import { Progress } from '../storage/progress';

beforeAll(() => loadBuiltinDeck());

const T0 = Date.UTC(2026, 11, 3, 9);
const at = (seconds: number) => new Date(T0 + seconds * 1000);

/** A one-minute assignment of three built-in questions, opened as a student would. */
async function opened(id: string, shuffle = false) {
	const identity = await deckIdentity();
	const itemIds = builtinDeck()
		.items.filter((i) => i.kind === 'mcq')
		.slice(0, 3)
		.map((i) => i.id);
	const base = testAssignment(id);
	const fragment = await encodeAssignment({
		...base,
		deck: { id: identity.id, hash: identity.hash },
		itemIds,
		settings: { ...base.settings, timeLimit: 1, shuffleQuestions: shuffle, shuffleOptions: shuffle }
	});
	const link = await openLink(`#${fragment}`);
	if (!link.ok) throw new Error(link.message);
	return link;
}

it('the time limit counts while the assignment is open, hidden or not, and stops while it is closed', async () => {
	const link = await opened('timer-1');
	const session = await AttemptSession.open(link);
	await session.start('Ann', at(0));
	// Another app for 20 s: the clock runs on.
	await session.checkpoint(at(10));
	session.resume(at(30));
	await session.tick(at(30));
	expect(session.elapsedMs(at(30).getTime())).toBe(30_000);

	// The tab is closed at 40 s; ticks of a page going away do not start the clock again.
	await session.pause(at(40));
	await session.tick(at(45));
	await session.tick(at(52));
	expect(session.elapsedMs(at(52).getTime())).toBe(40_000);

	// Opened again an hour later: the timer is where it was, and runs from there.
	const again = await AttemptSession.open(link);
	again.resume(at(3600));
	await again.tick(at(3610));
	expect(again.elapsedMs(at(3610).getTime())).toBe(50_000);
	expect(again.timeLeft).toBe(10_000);
});

it('a phone asleep past the time limit submits on waking, recording the limit, not the nap', async () => {
	const link = await opened('timer-3');
	const session = await AttemptSession.open(link);
	await session.start('Ann', at(0));
	await session.tick(at(30));
	// Asleep for two hours, hidden but open: the next tick finds the time up.
	await session.tick(at(7230));
	expect(session.timedOut).toBe(true);
	expect(session.attempt?.submitted?.seconds).toBe(60);
	const decoded = await decodeResult(session.attempt?.submitted?.code ?? '');
	expect(decoded.ok && decoded.value.seconds).toBe(60);
});

it('the review after submitting follows the order the student took, with the options as shown', async () => {
	const link = await opened('review-order', true);
	const session = await AttemptSession.open(link);
	await session.start('Boris', at(0));
	const taken: { id: string; options: string[] }[] = [];
	for (let q = 0; session.current && q < 10; q++) {
		const { item } = session.current;
		taken.push({ id: item.id, options: item.kind === 'mcq' ? item.options : [] });
		await session.answer({ kind: 'choice', index: 0 }, at(q + 1));
	}
	await session.submit(at(20));
	// Shuffled: Boris's order is not the assignment's, nor his options the deck's.
	expect(taken.map((t) => t.id)).not.toEqual(link.assignment.itemIds);
	expect(
		session.review.map((r) => ({
			id: r.item.id,
			options: 'options' in r.item ? r.item.options : []
		}))
	).toEqual(taken);
	// The first option was chosen each time, as shown.
	expect(session.review.map((r) => r.response)).toEqual(
		taken.map(() => ({ kind: 'choice', index: 0 }))
	);
	expect(session.review.filter((r) => r.correct)).toHaveLength(session.score);
});

it('a reload loses at most a second of the timer', async () => {
	const link = await opened('timer-2');
	const session = await AttemptSession.open(link);
	await session.start('Ann', at(0));
	for (let s = 1; s <= 7; s++) await session.tick(at(s + 0.5));
	// The page is gone without its pagehide save (a crash, a killed tab).
	const reloaded = await AttemptSession.open(link);
	expect(reloaded.attempt?.elapsedMs).toBeGreaterThanOrEqual(6_500);
});

it('a name pasted with direction or control characters still submits, without them', async () => {
	const link = await opened('names');
	const session = await AttemptSession.open(link);
	await session.start('  Lena \u2068Ivanova\u2069\u0085 ', at(0));
	expect(session.attempt?.student).toBe('Lena Ivanova');
	await session.submit(at(30));
	const code = session.attempt?.submitted?.code ?? '';
	const decoded = await decodeResult(code);
	expect(decoded.ok && decoded.value.student).toBe('Lena Ivanova');
	// A name of nothing but such characters is no name.
	const other = await AttemptSession.open(await opened('names-2'));
	await other.start('\u202e\u2066', at(0));
	expect(other.phase).toBe('intro');
});

it('a class set of tablets: after submitting, the device passes to the next student, who starts afresh', async () => {
	const link = await opened('shared-device');
	const first = await AttemptSession.open(link);
	await first.start('Ann', at(0));
	await first.handOver(); // not before submitting
	expect(first.phase).toBe('taking');
	await first.submit(at(20));
	const annCode = first.attempt?.submitted?.code;
	await first.handOver();
	expect(first.phase).toBe('intro');
	expect(await first.studentName()).toBe('');

	// Opened again (or by the next student): nothing of Ann's attempt, and a new one is allowed.
	const next = await AttemptSession.open(link);
	expect(next.phase).toBe('intro');
	await next.start('Boris', at(60));
	await next.submit(at(90));
	const decoded = await decodeResult(next.attempt?.submitted?.code ?? '');
	expect(decoded.ok && decoded.value.student).toBe('Boris');
	expect(next.attempt?.submitted?.code).not.toBe(annCode);
});

it('an answer a second tab refused (the first tab is further along) gives no review; a kept one gives one', async () => {
	const link = await opened('stale-tab');
	const here = await AttemptSession.open(link);
	const t = (s: number) => at(10_000 + s); // apart from the other tests' reviews
	await here.start('Ann', t(0));
	const stale = await AttemptSession.open(link); // opened before the first answer
	stale.resume(t(1));
	const itemId = here.current?.item.id;
	await here.answer({ kind: 'choice', index: 0 }, t(2));
	await stale.answer({ kind: 'choice', index: 1 }, t(3)); // the same question, otherwise
	expect(stale.tookUpOtherTab).toBe(true);
	const progress = await Progress.open();
	const reviewed = async () =>
		(await progress.reviewsSince(t(0))).filter((r) => r.itemId === itemId).map((r) => r.at);
	await expect.poll(reviewed).toEqual([t(2).getTime()]);
	expect(await progress.pendingReviews()).toEqual([]);
	// Given time for a review of the refused answer to be written, there is none.
	await new Promise((resolve) => setTimeout(resolve, 300));
	const learner = await (await import('./learner.svelte')).getLearner();
	expect(learner.unsaved).toBe(0);
	expect(await reviewed()).toEqual([t(2).getTime()]);
});

it('a link with the id of another quiz answered here is not taken: its answers and code stay', async () => {
	const first = await opened('same-id');
	const session = await AttemptSession.open(first);
	await session.start('Ann', at(0));
	await session.submit(at(20));
	const code = session.attempt?.submitted?.code;
	// Another quiz (other questions order) under the same id.
	const other = await opened('same-id', true);
	expect(other.fragment).not.toBe(first.fragment);
	const clash = await AttemptSession.open(other);
	expect(clash.clash).toBe(true);
	expect(clash.attempt).toBeUndefined();
	const again = await AttemptSession.open(first);
	expect(again.attempt?.submitted?.code).toBe(code);
	// Started, not answered yet: nothing to lose, no clash; the other quiz starts afresh.
	const started = await AttemptSession.open(await opened('unstarted-id'));
	await started.start('Ann', at(0));
	expect(started.attempt).toBeDefined();
	const instead = await AttemptSession.open(await opened('unstarted-id', true));
	expect(instead.clash).toBe(false);
	expect(instead.attempt).toBeUndefined();
});
