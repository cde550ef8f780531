import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deck } from '../builtin-deck';
import type { Item, MultipleChoice } from '../items/types';
import { MAX_MINUTES, timeLimitOf, type Assignment } from './assignment';
import {
	clock,
	dayHasPassed,
	isOverdue,
	minutesLeft,
	questionOrder,
	shownItem,
	timeLeft,
	timeSpent
} from './attempt';
import { sentenceKey } from '../items/clues';
import { givesAway } from '../items/give-away';
import { eligible, pickItems, swapItem } from './build';
import { classReport, csvCell, intakeCodes, MAX_CODES_PER_PASTE, reportCsv } from './report';
import { cleanName, encodeResult, studentKey, type StudentResult } from './result-code';

const items = deck.mcqs.slice(0, 4) as MultipleChoice[];
const a: Assignment = {
	id: 'quiz1',
	title: 'Test',
	deck: { id: 'belarus-releases', hash: 'h' },
	itemIds: items.map((i) => i.id),
	seed: 's1',
	settings: {
		timeLimit: 10,
		shuffleQuestions: true,
		shuffleOptions: true,
		showAnswers: false,
		allowRetake: true,
		due: '2026-11-30'
	}
};
const noRetakes: Assignment = { ...a, settings: { ...a.settings, allowRetake: false } };
const right = (i: number) => ({ kind: 'choice' as const, index: items[i]!.answerIndex });
const wrong = (i: number) => ({ kind: 'choice' as const, index: (items[i]!.answerIndex + 1) % 4 });
const result = (
	student: string,
	responses: StudentResult['responses'],
	at = 100
): StudentResult => ({
	assignmentId: a.id,
	student,
	responses,
	seconds: 300,
	submittedAt: at
});

describe('intake and class report', () => {
	it('merges duplicates, keeps the newest code (retakes allowed), explains refusals', async () => {
		const ann = await encodeResult(result('Ann', [right(0), right(1), right(2), right(3)]));
		const annLater = await encodeResult(
			result(' ann ', [right(0), right(1), right(2), wrong(3)], 200)
		);
		const bob = await encodeResult(result('Bob', [wrong(0), right(1), null, wrong(3)]));
		const other = await encodeResult({ ...result('Cy', [right(0)]), assignmentId: 'other' });
		const misfit = await encodeResult(result('Dee', [right(0)]));
		const text = `${ann}\n${ann}\n${bob} ${other} ${misfit} ${bob.slice(0, -2)}xx`;
		const first = await intakeCodes(text, a, items, [], (id) =>
			id === 'other' ? 'Week 2' : undefined
		);
		expect(first.intakes.map((i) => i.status)).toEqual([
			'added',
			'duplicate',
			'added',
			'rejected',
			'rejected',
			'rejected'
		]);
		expect(first.intakes[3]).toMatchObject({ reason: expect.stringContaining('Week 2') });
		expect(first.results.map((r) => r.student)).toEqual(['Ann', 'Bob']);
		const second = await intakeCodes(`${annLater} ${ann}`, a, items, first.results);
		expect(second.intakes.map((i) => i.status)).toEqual(['replaced', 'older']);
		// Written otherwise than the result it merged with: the teacher is told who it counts as.
		expect(second.intakes[0]).toMatchObject({ sameAs: 'Ann' });
		expect(first.intakes[0]).not.toHaveProperty('sameAs');
		expect(second.changed).toHaveLength(1);

		const report = classReport(items, second.results);
		expect(report.students.map((s) => [s.student, s.score])).toEqual([
			['ann', 3],
			['Bob', 1]
		]);
		expect(report.questions.map((q) => q.percent)).toEqual([50, 100, 50, 0]);
		expect(report.mostMissed[0]?.index).toBe(3);
		const q0 = report.questions[0]!.options!;
		expect(q0.filter((o) => o.count > 0)).toHaveLength(2);
		// Two students say nothing about a distractor; twenty that all avoid two of them do.
		expect(q0.filter((o) => o.weak)).toHaveLength(0);
		const twenty = Array.from({ length: 20 }, (_, i) => ({
			...second.results[i % 2]!,
			student: `S${i}`
		}));
		expect(classReport(items, twenty).questions[0]!.options!.filter((o) => o.weak)).toHaveLength(2);
		const csv = reportCsv('Test', report);
		// Each question's text sits under its own column, in a row of its own.
		const lines = csv.trimEnd().split('\r\n');
		expect(lines[1]).toMatch(/^"Student","Score","Out of","Percent","Minutes","Q1",/);
		const blanks = ['Question', '', '', '', ''].map(csvCell).join(',');
		expect(lines.at(-1)).toMatch(
			new RegExp(`^${blanks},${csvCell(items[0]!.prompt).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')},`)
		);
		expect(csv.split('\r\n')[1]).toContain('"Student","Score","Out of"');
		expect(csv).toContain('"Bob","1","4","25"');
	});

	it('with retakes off, counts a student’s first attempt, whichever code comes first', async () => {
		const all = (answer: typeof right) => [answer(0), answer(1), answer(2), answer(3)];
		// Handed over, the same name typed again (otherwise written), the answers now known.
		const first = await encodeResult(result('Ivan Petrov', all(wrong), 100));
		const retake = await encodeResult(result('ivan  petrov', all(right), 200));
		const inOrder = await intakeCodes(`${first}\n${retake}`, noRetakes, items, []);
		expect(inOrder.intakes.map((i) => i.status)).toEqual(['added', 'retake']);
		expect(classReport(items, inOrder.results).students.map((s) => s.score)).toEqual([0]);
		// The retake's code pasted first, the first attempt's later: the first still counts.
		const late = await intakeCodes(retake, noRetakes, items, []);
		const then = await intakeCodes(first, noRetakes, items, late.results);
		expect(then.intakes.map((i) => i.status)).toEqual(['first']);
		expect(then.changed.map((r) => r.code)).toEqual([first]);
		expect(classReport(items, then.results).students.map((s) => s.score)).toEqual([0]);
		// Two codes of the same second: the one kept stays, whichever is pasted first.
		const sameSecond = await encodeResult(result('IVAN PETROV', all(right), 100));
		const tie = await intakeCodes(sameSecond, noRetakes, items, inOrder.results);
		expect(tie.intakes.map((i) => i.status)).toEqual(['retake']);
		expect(tie.changed).toEqual([]);
	});

	it('counts a name with invisible marks (autofill, pasted contacts) as the same student', async () => {
		const all = (answer: typeof right) => [answer(0), answer(1), answer(2), answer(3)];
		const plain = await encodeResult(result('Anna Ivanova', all(right), 100));
		const marked = await encodeResult(result('\u200eAnna\u200b Ivanova\ufeff', all(wrong), 200));
		const first = await intakeCodes(plain, a, items, []);
		const second = await intakeCodes(marked, a, items, first.results);
		expect(second.intakes.map((i) => i.status)).toEqual(['replaced']);
		expect(second.results.map((r) => r.student)).toEqual(['Anna Ivanova']);
		expect(cleanName('\u200f Anna \u2060Ivanova ')).toBe('Anna Ivanova');
		// Joiners that shape letters (Persian names) stay, in the name and in its key.
		expect(cleanName('Mehr\u200cnaz')).toBe('Mehr\u200cnaz');
		expect(studentKey('Mehr\u200cnaz')).toBe('mehr\u200cnaz');
	});

	it('refuses a paste of more codes than a few classes, whole and at once', async () => {
		const flood = 'R1.AAAAAAAA '.repeat(MAX_CODES_PER_PASTE + 1);
		const outcome = await intakeCodes(flood, a, items, []);
		expect(outcome.changed).toEqual([]);
		expect(outcome.intakes).toEqual([
			expect.objectContaining({ status: 'rejected', code: `${MAX_CODES_PER_PASTE + 1} codes` })
		]);
		// As many as allowed are each read (and here each refused as damaged).
		const most = await intakeCodes('R1.AAAAAAAA '.repeat(MAX_CODES_PER_PASTE), a, items, []);
		expect(most.intakes).toHaveLength(MAX_CODES_PER_PASTE);
	});

	it('says of each true-or-false statement whether it is true, in the CSV (a false one never reads bare)', () => {
		const statements = deck.items.filter((i) => i.kind === 'truefalse');
		const lie = statements.find((i) => !i.truth)!;
		const fact = statements.find((i) => i.truth)!;
		const report = classReport([lie, fact], []);
		const question = reportCsv('Test', report).trimEnd().split('\r\n').at(-1)!;
		expect(question).toContain(csvCell(`${lie.prompt} False statement: ${lie.statement}`));
		expect(question).toContain(csvCell(`${fact.prompt} True statement: ${fact.statement}`));
	});

	it('defuses spreadsheet formulas in CSV', () => {
		expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
		expect(csvCell('Ann')).toBe('"Ann"');
	});

	it('never throws on any pasted text, and scores stay in range (property)', async () => {
		await fc.assert(
			fc.asyncProperty(fc.string({ maxLength: 500 }), async (text) => {
				const out = await intakeCodes(`${text} R1.${text}`, a, items, []);
				expect(out.results).toEqual([]);
			}),
			{ numRuns: 200 }
		);
		fc.assert(
			fc.property(
				fc.array(
					fc.array(fc.option(fc.integer({ min: 0, max: 3 }), { nil: null }), {
						minLength: 4,
						maxLength: 4
					}),
					{ maxLength: 30 }
				),
				(rows) => {
					const results = rows.map((r, i) =>
						result(
							`S${i}`,
							r.map((x) => (x === null ? null : { kind: 'choice', index: x }))
						)
					);
					const report = classReport(items, results);
					for (const s of report.students) expect(s.score).toBeLessThanOrEqual(4);
					for (const q of report.questions) {
						expect(q.percent).toBeGreaterThanOrEqual(0);
						expect(q.percent).toBeLessThanOrEqual(100);
						expect(q.options!.reduce((n, o) => n + o.count, 0)).toBe(q.answered);
					}
				}
			)
		);
	});
});

describe('building and taking', () => {
	it('picks distinct facts, swaps one question, same seed same quiz', () => {
		const pool = eligible(deck.items, {
			topics: deck.file.topics.map((t) => t.id),
			kinds: ['mcq', 'flashcard']
		});
		// Self-graded flashcards cannot be scored.
		expect(pool.every((i) => i.kind === 'mcq' || (i.kind === 'flashcard' && i.typed))).toBe(true);
		const chosen = pickItems(pool, 10, 'seed');
		expect(chosen).toHaveLength(10);
		expect(pickItems(pool, 10, 'seed')).toEqual(chosen);
		const swapped = swapItem(pool, chosen, 3, 'seed');
		expect(swapped[3]!.id).not.toBe(chosen[3]!.id);
		expect(swapped.filter((_, i) => i !== 3)).toEqual(chosen.filter((_, i) => i !== 3));
		expect(new Set(swapped.flatMap((i: Item) => i.factIds)).size).toBe(10);
	});

	it('never puts together two questions of which one says the other’s answer', () => {
		const pool = eligible(deck.items, {
			topics: deck.file.topics.map((t) => t.id),
			kinds: ['mcq', 'truefalse', 'cloze', 'matching', 'timeline', 'flashcard']
		});
		for (let seed = 0; seed < 100; seed++) {
			const chosen = pickItems(pool, 10, String(seed));
			expect(chosen).toHaveLength(10);
			for (const a of chosen)
				for (const b of chosen)
					if (a !== b) expect(givesAway(a, b), `${a.id} ~ ${b.id}`).toBe(false);
		}
	});

	it('fits as many questions as the topics allow, even when a matching question is drawn first', () => {
		const pool = eligible(deck.items, {
			topics: ['people'],
			kinds: ['mcq', 'truefalse', 'cloze', 'matching', 'timeline']
		});
		// The most that fit together, by trying every seed's order with single-sentence items first.
		const sizes = Array.from(
			{ length: 100 },
			(_, seed) => pickItems(pool, 50, String(seed)).length
		);
		const most = Math.max(...sizes);
		expect(most).toBeGreaterThan(3);
		expect(sizes.every((n) => n === most)).toBe(true);
	});

	it('never puts two questions on one source sentence in an assignment: one would answer the other', () => {
		const pool = eligible(deck.items, {
			topics: deck.file.topics.map((t) => t.id),
			kinds: ['mcq', 'truefalse', 'cloze', 'matching', 'timeline', 'flashcard', 'reverse']
		});
		for (let seed = 0; seed < 200; seed++) {
			const chosen = pickItems(pool, 25, String(seed));
			const sentences = chosen.flatMap((i) => [...new Set(i.sources.map(sentenceKey))]);
			expect(new Set(sentences).size, `seed ${seed}`).toBe(sentences.length);
			const swapped = swapItem(pool, chosen, seed % chosen.length, String(seed));
			const after = swapped.flatMap((i) => [...new Set(i.sources.map(sentenceKey))]);
			expect(new Set(after).size, `swap, seed ${seed}`).toBe(after.length);
		}
	});

	it('shows each student a stable order and maps answers back', () => {
		const order = questionOrder(a, 'Ann');
		expect([...order].sort()).toEqual([0, 1, 2, 3]);
		expect(questionOrder(a, ' ANN ')).toEqual(order);
		const shown = shownItem(a, 'Ann', items[0]!);
		const s = shown.item as MultipleChoice;
		expect(s.options[s.answerIndex]).toBe(items[0]!.options[items[0]!.answerIndex]);
		expect(shown.fromShown({ kind: 'choice', index: s.answerIndex })).toEqual(right(0));
		expect(shown.toShown(right(0))).toEqual({ kind: 'choice', index: s.answerIndex });
		expect(timeLeft(a, 90_000)).toBe(510_000);
		expect(clock(510_000)).toBe('8:30');
		expect(minutesLeft(510_000)).toBe('9 minutes');
		expect(minutesLeft(59_000)).toBe('1 minute');
		expect([7, 60, 95, 720].map(timeSpent)).toEqual([
			'under a minute',
			'1 minute',
			'2 minutes',
			'12 minutes'
		]);
		expect(isOverdue(a, new Date(2026, 10, 30, 23, 59))).toBe(false);
		expect(isOverdue(a, new Date(2026, 11, 1, 0, 1))).toBe(true);
		// The teacher's form: a day that has ended, and what is not a day.
		expect(dayHasPassed('2026-11-30', new Date(2026, 10, 30, 23, 59))).toBe(false);
		expect(dayHasPassed('2026-11-30', new Date(2026, 11, 1, 0, 1))).toBe(true);
		expect(dayHasPassed('', new Date(2026, 11, 1))).toBe(false);
	});

	it('takes a time limit as whole minutes up to the maximum, never rounded', () => {
		expect([null, 0, 1, 45, MAX_MINUTES].map(timeLimitOf)).toEqual([
			null,
			null,
			1,
			45,
			MAX_MINUTES
		]);
		for (const bad of [2.5, -3, MAX_MINUTES + 1, Number.NaN])
			expect(timeLimitOf(bad), String(bad)).toBeUndefined();
	});
});
