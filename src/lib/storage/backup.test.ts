import 'fake-indexeddb/auto';
import { createStore, del, entries, set } from 'idb-keyval';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILTIN_DECK_ID } from '../deck-seed';
import type { FactFile } from '../facts/schema';
import { factFile, fact } from '../items/fixtures';
import { encodeAssignment } from '../quiz/assignment';
import { testAssignment } from '../quiz/fixtures';
import { encodeResult } from '../quiz/result-code';
import { newCard, Rating, regradeOf, review } from '../srs/scheduler';
import { AssignmentStore } from './assignments';
import {
	backupFileName,
	backupOfDevice,
	makeBackup,
	readBackup,
	restoreToDevice,
	type Backup,
	type BackupCounts
} from './backup';
import { DeckStore, plainRecord } from './decks';
import { pendingKey } from './keys';
import { Progress, type Review } from './progress';
import { SCHEMA_VERSION } from './schema';
import { QuizStore } from './quizzes';

/** A grade written as the app writes it (given again to a card another tab changed). */
const commit = (progress: Progress, review: Review) =>
	progress.commitReview(review, regradeOf(review));

let n = 0;
const freshDb = () => `backup-db-${++n}`;
const day = (d: number) => new Date(Date.UTC(2026, 10, d, 10));

function graded(itemId: string, at: Date, before = newCard(at)): Review {
	return {
		itemId,
		grade: Rating.Good,
		at,
		via: 'study',
		before,
		after: review(before, Rating.Good, at, itemId)
	};
}

/** A device that has studied, imported a deck, shared a quiz and collected a result. */
async function usedDevice(db: string) {
	const progress = await Progress.open(db);
	const first = graded('f1:flashcard', day(1));
	await progress.commitReview(first, regradeOf(first));
	await commit(progress, graded('f1:flashcard', day(3), first.after));
	await commit(progress, graded('f2:flashcard', day(2)));
	const deck = {
		...factFile([fact('f1', '1991', 'year')]),
		deck: { id: 'class-a', title: 'A', version: 1 }
	};
	await (
		await DeckStore.open(db)
	).save({ file: deck, sources: plainRecord([['doc', 'Sentence stating 1991.']]) }, day(1));
	const a = testAssignment('quiz-1', 'Quiz one');
	await (
		await QuizStore.open(db)
	).save({ assignment: a, fragment: await encodeAssignment(a), createdAt: day(2) });
	await (await AssignmentStore.open(db)).saveStudentName('Ann');
	// An answer whose review was not written yet (its tab closed first).
	const owed = { itemId: 'f3:mcq', correct: true, at: day(4).getTime() };
	await set(pendingKey(day(4), 'f3:mcq'), owed, createStore(db, 'kv'));
	return { progress };
}

const dump = async (db: string) =>
	(await entries(createStore(db, 'kv')))
		.map(([k, v]) => [String(k), v] as [string, unknown])
		.sort(([a], [b]) => (a < b ? -1 : 1));

async function backupText(
	db: string,
	at = day(5)
): Promise<{ text: string; counts: BackupCounts }> {
	const made = await backupOfDevice(at, db);
	if (!made.ok) throw new Error(made.message);
	return { text: JSON.stringify(made.backup), counts: made.counts };
}

/** A used device and its backup, read back as a restore reads it. */
async function backedUp() {
	const from = freshDb();
	await usedDevice(from);
	const old = await readBackup((await backupText(from)).text);
	if (!old.ok) throw new Error(old.message);
	return { from, old };
}

/** Version 2 of usedDevice's deck: f1's answer corrected to 1992. */
const corrected = {
	...factFile([fact('f1', '1992', 'year')]),
	deck: { id: 'class-a', title: 'A', version: 2 }
};

describe('backup and restore', () => {
	it('restores everything on a new device: cards, reviews, decks, quizzes and the student’s name', async () => {
		const from = freshDb();
		await usedDevice(from);
		const { text, counts } = await backupText(from);
		// The answer waiting to count is a review too.
		expect(counts).toEqual({ cards: 2, reviews: 4, decks: 1, quizzes: 1, results: 0, attempts: 0 });

		const read = await readBackup(text);
		if (!read.ok) throw new Error(read.message);
		expect(read.exportedAt).toEqual(day(5));
		const to = freshDb();
		const restored = await restoreToDevice(read.backup, to);
		expect(restored).toMatchObject({ ok: true, written: counts });
		// The same records, and the schema version, as on the first device.
		expect(await dump(to)).toEqual(await dump(from));
		const progress = await Progress.open(to);
		expect((await progress.loadCards()).get('f1:flashcard')?.reps).toBe(2);
		expect(await progress.reviewsSince(day(1))).toHaveLength(3);
		expect((await progress.pendingReviews()).map(([, p]) => p.itemId)).toEqual(['f3:mcq']);
		expect((await (await DeckStore.open(to)).list()).map((d) => d.id)).toEqual(['class-a']);
		expect(
			(await (await QuizStore.open(to)).list()).quizzes.map((q) => q.assignment.title)
		).toEqual(['Quiz one']);
		expect(await (await AssignmentStore.open(to)).studentName()).toBe('Ann');
	});

	it('restores a deck as the app stores one, not with what else the file held', async () => {
		const from = freshDb();
		await usedDevice(from);
		const backup = JSON.parse((await backupText(from)).text) as Backup;
		const deck = backup.entries.find(([k]) => k === 'deck:class-a')!;
		deck[1] = { ...(deck[1] as object), padding: 'x'.repeat(1000) };
		const read = await readBackup(JSON.stringify(backup));
		if (!read.ok) throw new Error(read.message);
		const to = freshDb();
		await restoreToDevice(read.backup, to);
		const stored = (await dump(to)).find(([k]) => k === 'deck:class-a')?.[1];
		expect(Object.keys(stored as object).sort()).toEqual(['file', 'importedAt', 'sources', 'v']);
		// One said to be loaded after 2200 ("loaded on Invalid Date") is left out, as unreadable.
		deck[1] = { ...(deck[1] as object), importedAt: 1e300 };
		const later = await readBackup(JSON.stringify(backup));
		expect(later).toMatchObject({ ok: true, skipped: 1, counts: { decks: 0 } });
	});

	it('leaves a deleted deck out, without counting it as unreadable', async () => {
		const from = freshDb();
		await usedDevice(from);
		await (await DeckStore.open(from)).remove('class-a', day(4));
		const made = await backupOfDevice(day(5), from);
		if (!made.ok) throw new Error(made.message);
		expect(made.counts.decks).toBe(0);
		expect(made.left).toBe(0);
		expect(made.backup.entries.some(([key]) => key.startsWith('deck:'))).toBe(false);
	});

	it('brings back a deck deleted here, and never makes a deck that is not back the deck in use', async () => {
		const from = freshDb();
		await usedDevice(from);
		await set('meta:active-deck', 'class-a', createStore(from, 'kv'));
		const read = await readBackup((await backupText(from)).text);
		if (!read.ok) throw new Error(read.message);

		// The same device deleted the deck after the backup was made: restoring brings it back.
		const decks = await DeckStore.open(from);
		await decks.remove('class-a', day(6));
		expect(await decks.list()).toEqual([]);
		expect(await decks.activeId()).toBeNull();
		expect(await restoreToDevice(read.backup, from)).toMatchObject({ ok: true });
		expect((await decks.list()).map((d) => d.id)).toEqual(['class-a']);
		// Deleting the deck in use chose the built-in deck, a setting this device keeps.
		expect(await decks.activeId()).toBeNull();

		// A backup without the deck never makes a deck deleted here the deck in use.
		const other = freshDb();
		await set('meta:active-deck', 'class-a', createStore(other, 'kv'));
		const bare = await readBackup((await backupText(other)).text);
		if (!bare.ok) throw new Error(bare.message);
		await decks.remove('class-a', day(7));
		await del('meta:active-deck', createStore(from, 'kv'));
		await restoreToDevice(bare.backup, from);
		expect(await decks.activeId()).toBeNull();
		expect(await decks.list()).toEqual([]);
	});

	it('does not bring back a deck deleted here in another version than the backup’s', async () => {
		const { from, old } = await backedUp();
		// Version 2 corrected f1; what was learnt of it since is of 1992. Then it was deleted.
		const decks = await DeckStore.open(from);
		await decks.save({ file: corrected, sources: {} }, day(6), { relearn: ['f1:flashcard'] });
		await decks.remove('class-a', day(7));
		expect(await restoreToDevice(old.backup, from)).toMatchObject({ ok: true });
		// Version 1 stays deleted: loading it again would reset f1 as a changed answer.
		expect(await decks.list()).toEqual([]);
		expect(await decks.valuesBefore('class-a')).toEqual([['f1', '1992']]);
		expect(await decks.activeId()).toBeNull();
	});

	it('does not bring back what was known of an answer a corrected deck changed since the backup', async () => {
		const { from, old } = await backedUp();
		// A corrected version changes the answers of f1 and f3: learnt again from day 6.
		const to = freshDb();
		const relearn = ['f1:flashcard', 'f3:mcq'];
		await (await DeckStore.open(to)).save({ file: corrected, sources: {} }, day(6), { relearn });
		expect(await restoreToDevice(old.backup, to)).toMatchObject({ ok: true });
		const progress = await Progress.open(to);
		const cards = await progress.loadCards();
		expect([...cards.keys()]).toEqual(['f2:flashcard']);
		expect(await progress.pendingReviews()).toEqual([]);
		// The history stays: every review of the old answer is still in the log.
		expect(await progress.reviewsSince(day(1))).toHaveLength(3);

		// Reviewed again after the correction: that state is restored.
		const later = await Progress.open(from);
		await commit(
			later,
			graded('f1:flashcard', day(7), (await later.loadCards()).get('f1:flashcard'))
		);
		const recent = await readBackup((await backupText(from, day(8))).text);
		if (!recent.ok) throw new Error(recent.message);
		expect(await restoreToDevice(recent.backup, to)).toMatchObject({ ok: true });
		expect((await progress.loadCards()).get('f1:flashcard')?.reps).toBe(3);
	});

	it('merges and loses nothing: what is only here stays, the more recently reviewed card wins', async () => {
		const from = freshDb();
		await usedDevice(from);
		const { text } = await backupText(from);
		const read = await readBackup(text);
		if (!read.ok) throw new Error(read.message);

		// This device reviewed f1 later than the backup, and f9, which the backup never saw; its
		// f2 is older than the backup's.
		const to = freshDb();
		const here = await Progress.open(to);
		const late = graded('f1:flashcard', day(4));
		await here.commitReview(late, regradeOf(late));
		await commit(here, graded('f9:flashcard', day(4)));
		const restored = await restoreToDevice(read.backup, to);
		expect(restored).toMatchObject({ ok: true, written: { cards: 1, reviews: 4 } });

		const cards = await (await Progress.open(to)).loadCards();
		expect(cards.get('f1:flashcard')).toEqual(late.after); // here, reviewed on day 4
		expect(cards.get('f2:flashcard')?.last_review).toEqual(day(2)); // only in the backup
		expect(cards.has('f9:flashcard')).toBe(true); // only here
		expect(await (await Progress.open(to)).reviewsSince(day(1))).toHaveLength(5);

		// Restoring the same backup again writes nothing.
		expect(await restoreToDevice(read.backup, to)).toMatchObject({ ok: true, total: 0 });
	});

	it('a result submitted later wins, as when codes are pasted; the deck in use must exist', async () => {
		const resultOf = async (submittedAt: number, right: boolean) => {
			const r = {
				assignmentId: 'quiz-1',
				student: 'Ann',
				responses: [{ kind: 'bool' as const, value: right }],
				seconds: 60,
				submittedAt
			};
			return { ...r, code: await encodeResult(r) };
		};
		const [early, retake] = [await resultOf(1000, false), await resultOf(2000, true)];
		const stored = async (db: string) =>
			(await dump(db)).find(([k]) => k.startsWith('result:'))?.[1] as { code: string };

		// The teacher's other device collected the retake; this one still has the first code.
		const from = freshDb();
		await (await AssignmentStore.open(from)).saveResults([retake]);
		await set('meta:active-deck', 'no-such-deck', createStore(from, 'kv'));
		const read = await readBackup((await backupText(from)).text);
		if (!read.ok) throw new Error(read.message);
		const to = freshDb();
		await (await AssignmentStore.open(to)).saveResults([early]);
		expect(await restoreToDevice(read.backup, to)).toMatchObject({
			ok: true,
			written: { results: 1 },
			total: 1
		});
		expect((await stored(to)).code).toBe(retake.code);
		// A deck in use that the backup does not hold is not set: the built-in deck stays.
		expect((await dump(to)).some(([k]) => k === 'meta:active-deck')).toBe(false);

		// The other way round, the later code here stays.
		const older = freshDb();
		await (await AssignmentStore.open(older)).saveResults([early]);
		const back = await readBackup((await backupText(older)).text);
		if (!back.ok) throw new Error(back.message);
		expect(await restoreToDevice(back.backup, to)).toMatchObject({ ok: true, total: 0 });
		expect((await stored(to)).code).toBe(retake.code);

		// A stored code that cannot be read gives way to the backup's.
		const damaged = freshDb();
		await set('result:quiz-1:ann', { v: 1, code: 'R1.broken.x' }, createStore(damaged, 'kv'));
		expect(await restoreToDevice(read.backup, damaged)).toMatchObject({ ok: true, total: 1 });
		expect((await stored(damaged)).code).toBe(retake.code);

		// A quiz with retakes off counts the first attempt, in a restore as in a paste.
		const quiz = testAssignment('quiz-1', 'No retakes');
		const noRetakes = freshDb();
		await (
			await QuizStore.open(noRetakes)
		).save({ assignment: quiz, fragment: await encodeAssignment(quiz), createdAt: day(1) });
		await (await AssignmentStore.open(noRetakes)).saveResults([early]);
		expect(await restoreToDevice(read.backup, noRetakes)).toMatchObject({ ok: true, total: 0 });
		expect((await stored(noRetakes)).code).toBe(early.code);
		// The first attempt, from the other device, replaces a retake kept here.
		await (await AssignmentStore.open(noRetakes)).saveResults([retake]);
		expect(await restoreToDevice(back.backup, noRetakes)).toMatchObject({ ok: true, total: 1 });
		expect((await stored(noRetakes)).code).toBe(early.code);
	});

	it('refuses a backup made by a newer app, and leaves a device with newer data untouched', async () => {
		const from = freshDb();
		await usedDevice(from);
		const backup = JSON.parse((await backupText(from)).text) as Backup;
		const newer = await readBackup(JSON.stringify({ ...backup, schema: SCHEMA_VERSION + 1 }));
		expect(newer).toMatchObject({ ok: false, message: expect.stringMatching(/newer version/) });

		const to = freshDb();
		await set('meta:schema', SCHEMA_VERSION + 1, createStore(to, 'kv'));
		const before = await dump(to);
		const read = await readBackup(JSON.stringify(backup));
		if (!read.ok) throw new Error(read.message);
		expect(await restoreToDevice(read.backup, to)).toMatchObject({
			ok: false,
			message: expect.stringMatching(/newer version/)
		});
		expect(await dump(to)).toEqual(before);
		expect(await backupOfDevice(day(5), to)).toMatchObject({ ok: false });
	});

	it('makes a backup of a store holding a key the app never writes (not a string)', async () => {
		const from = freshDb();
		await usedDevice(from);
		const stored = await dump(from);
		const made = await makeBackup([[42 as unknown as string, 'x'], ...stored], day(5));
		expect(made.backup.entries.map(([k]) => k)).not.toContain(42);
		expect(made.counts.cards).toBe(2);
	});

	it('restores a backup made after the clock was put right: reviews dated days ahead are the learner’s', async () => {
		const from = freshDb();
		await usedDevice(from);
		// The phone's clock was three days ahead for one grade, then put right (day 5).
		const progress = await Progress.open(from);
		await commit(progress, graded('f7:flashcard', day(8)));
		const made = await readBackup((await backupText(from, day(5))).text, day(5));
		expect(made).toMatchObject({ ok: true, counts: { cards: 3 } });
	});

	it('refuses a damaged or foreign file with a message that says why', async () => {
		const from = freshDb();
		await usedDevice(from);
		const backup = JSON.parse((await backupText(from)).text) as Backup;
		const withEntries = (change: (e: [string, unknown][]) => [string, unknown][]) =>
			JSON.stringify({ ...backup, entries: change(structuredClone(backup.entries)) });
		const card = backup.entries.find(([k]) => k.startsWith('card:'))!;
		const log = backup.entries.find(([k]) => k.startsWith('log:'))!;
		const cases: [string, string, RegExp][] = [
			['empty', '', /not JSON/],
			['truncated', JSON.stringify(backup).slice(0, -20), /not JSON/],
			['a fact file', JSON.stringify(factFile([])), /fact file/],
			['another app', JSON.stringify({ app: 'anki', entries: [] }), /not a Belarus Study backup/],
			['null', 'null', /not a Belarus Study backup/],
			['no entries', JSON.stringify({ ...backup, entries: undefined }), /damaged: its header/],
			['bad date', JSON.stringify({ ...backup, exportedAt: 'yesterday' }), /damaged: its header/],
			['unknown key', withEntries((e) => [...e, ['meta:schema', 99]]), /no kind the app keeps/],
			['proto key', withEntries((e) => [...e, ['__proto__', {}]]), /no kind the app keeps/],
			['twice', withEntries((e) => [...e, card]), /appears twice/],
			[
				'bad card',
				withEntries((e) =>
					e.map(([k, v]) => [k, k === card[0] ? { ...(v as object), reps: -1 } : v])
				),
				/not readable/
			],
			[
				'card under another key',
				withEntries((e) => e.map(([k, v]) => [k === card[0] ? 'card:other' : k, v])),
				/not readable/
			],
			[
				'log under another key',
				withEntries((e) =>
					e.map(([k, v]) => [k === log[0] ? 'log:2026-01-01T00:00:00.000Z:x' : k, v])
				),
				/not readable/
			],
			[
				'a card due after 2200',
				withEntries((e) =>
					e.map(([k, v]) => [k, k === card[0] ? { ...(v as object), due: 8e15 } : v])
				),
				/not readable/
			],
			[
				'a card reviewed in 2150 (forged, or a clock years ahead)',
				withEntries((e) =>
					e.map(([k, v]) => [
						k,
						k === card[0] ? { ...(v as object), last_review: Date.UTC(2150, 0, 1) } : v
					])
				),
				/more than 30 days after today: the clock of the device that made it was wrong/
			],
			[
				'a backup made in 2150',
				JSON.stringify({ ...backup, exportedAt: '2150-01-01T00:00:00.000Z' }),
				/more than 30 days after today/
			],
			[
				'log at an impossible time',
				withEntries((e) =>
					e.map(([k, v]) => [k, k === log[0] ? { ...(v as object), at: 9e15 } : v])
				),
				/not readable/
			]
		];
		for (const [name, text, message] of cases) {
			const read = await readBackup(text);
			expect(read.ok, name).toBe(false);
			if (!read.ok) expect(read.message, name).toMatch(message);
		}

		// Not progress: an unreadable deck, quiz, result or setting is left out and counted, and
		// the cards and reviews still restore.
		const others: [string, string][] = [
			[
				'deck with a bad quote',
				withEntries((e) =>
					e.map(([k, v]) => [
						k,
						k.startsWith('deck:') ? { ...(v as object), sources: { doc: 'Other text.' } } : v
					])
				)
			],
			[
				'a deck under the built-in deck’s id',
				withEntries((e) =>
					e.map(([k, v]) => {
						if (!k.startsWith('deck:')) return [k, v];
						const record = v as { file: FactFile };
						const file = { ...record.file, deck: { ...record.file.deck, id: BUILTIN_DECK_ID } };
						return [`deck:${BUILTIN_DECK_ID}`, { ...record, file }];
					})
				)
			],
			[
				'a deck with HTML in it (an import refuses it)',
				withEntries((e) =>
					e.map(([k, v]) => {
						if (!k.startsWith('deck:')) return [k, v];
						const record = v as { file: FactFile };
						const file = {
							...record.file,
							deck: { ...record.file.deck, title: '<img src=x onerror=alert(1)>' }
						};
						return [k, { ...record, file }];
					})
				)
			],
			[
				'script in a name',
				withEntries((e) =>
					e.map(([k, v]) => [k, k === 'meta:student-name' ? { html: '<script>' } : v])
				)
			],
			[
				'a quiz listed under another id',
				withEntries((e) => e.map(([k, v]) => [k.startsWith('quiz:') ? 'quiz:other' : k, v]))
			],
			[
				'a card with junk beside it',
				withEntries((e) =>
					e.map(([k, v]) => [k, k === card[0] ? { ...(v as object), junk: 'x'.repeat(99) } : v])
				)
			]
		];
		for (const [name, text] of others) {
			const read = await readBackup(text);
			if (!read.ok) throw new Error(`${name}: ${read.message}`);
			expect(read.counts.reviews, name).toBe(4);
			expect(read.skipped, name).toBe(name.includes('junk') ? 0 : 1);
			// What is kept is what the readers made of it: no extra fields.
			const kept = read.backup.entries.find(([k]) => k === card[0])?.[1];
			expect(kept, name).not.toHaveProperty('junk');
		}
	});
});

describe('the backup file’s name', () => {
	// Node reads TZ again when it changes; this file runs in its own process.
	const saved = process.env.TZ;
	beforeAll(() => void (process.env.TZ = 'Europe/Minsk'));
	afterAll(() => {
		if (saved === undefined) delete process.env.TZ;
		else process.env.TZ = saved;
	});

	it('carries the learner’s own date, not UTC’s', () => {
		const justAfterMidnight = new Date(2026, 2, 11, 1, 0); // 22:00 UTC on the 10th
		expect(justAfterMidnight.getUTCDate()).toBe(10);
		expect(backupFileName(justAfterMidnight)).toBe('belarus-study-backup-2026-03-11.json');
	});
});
