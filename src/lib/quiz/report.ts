/**
 * The teacher's side: taking in pasted result codes (merging duplicates, explaining every code
 * that is refused) and the class report with its CSV export. Pure: codes in, report out.
 */
import type { Item } from '../items/types';
import type { Assignment } from './assignment';
import { decodeResult, findCodes, studentKey, type StudentResult } from './result-code';
import { describeResponse, questionText, statementIs } from '../items/describe';
import { isCorrect, responseFits } from './score';

export interface CollectedResult extends StudentResult {
	code: string;
}

export type Intake =
	| {
			code: string;
			/**
			 * `replaced`/`older`: a newer code than the one kept replaces it, an older one does not
			 * (retakes allowed). `first`/`retake`: with retakes off the first attempt counts, so an
			 * earlier code replaces the one kept and a later one does not.
			 */
			status: 'added' | 'duplicate' | 'replaced' | 'older' | 'first' | 'retake';
			student: string;
			/** The name of the kept result it was merged with, when written otherwise ("alice"). */
			sameAs?: string;
	  }
	| { code: string; status: 'rejected'; reason: string };

export interface IntakeOutcome {
	/** Every result of the assignment after merging, one per student. */
	results: CollectedResult[];
	/** Results new or changed by this paste (to be stored). */
	changed: CollectedResult[];
	intakes: Intake[];
}

/** A code must fit the assignment's questions to be counted. */
export function fitsAssignment(r: StudentResult, items: readonly Item[]): boolean {
	return (
		r.responses.length === items.length &&
		r.responses.every((resp, i) => responseFits(items[i] as Item, resp))
	);
}

/** Most codes read from one paste: a few classes. More is not a class's results (or a mistake). */
export const MAX_CODES_PER_PASTE = 500;

export async function intakeCodes(
	text: string,
	assignment: Assignment,
	items: readonly Item[],
	existing: readonly CollectedResult[],
	titleOf: (assignmentId: string) => string | undefined = () => undefined
): Promise<IntakeOutcome> {
	const byStudent = new Map(existing.map((r) => [studentKey(r.student), r]));
	const changed = new Map<string, CollectedResult>();
	const intakes: Intake[] = [];
	const codes = findCodes(text);
	if (codes.length > MAX_CODES_PER_PASTE)
		return {
			results: [...existing].sort((a, b) => a.student.localeCompare(b.student)),
			changed: [],
			intakes: [
				{
					code: `${codes.length} codes`,
					status: 'rejected',
					reason: `Too many for one paste: at most ${MAX_CODES_PER_PASTE} codes are read at a time, and none of these was. Paste them in parts.`
				}
			]
		};
	for (const code of codes) {
		const decoded = await decodeResult(code);
		if (!decoded.ok) {
			intakes.push({ code, status: 'rejected', reason: decoded.message });
			continue;
		}
		const result = decoded.value;
		if (result.assignmentId !== assignment.id) {
			const title = titleOf(result.assignmentId);
			intakes.push({
				code,
				status: 'rejected',
				reason: title
					? `From ${result.student}, for another assignment: “${title}”.`
					: `From ${result.student}, for another assignment (not one of the quizzes on this device).`
			});
			continue;
		}
		if (!fitsAssignment(result, items)) {
			intakes.push({
				code,
				status: 'rejected',
				reason: `From ${result.student}: its answers do not fit this quiz’s questions (it may have been edited).`
			});
			continue;
		}
		const key = studentKey(result.student);
		const kept = byStudent.get(key);
		const entry: CollectedResult = { ...result, code };
		let status: Exclude<Intake['status'], 'rejected'> = 'added';
		if (kept) {
			// A tie keeps what is there, whichever code is pasted first.
			const later = result.submittedAt > kept.submittedAt;
			const earlier = result.submittedAt < kept.submittedAt;
			if (kept.code === code) status = 'duplicate';
			// No retakes: a second attempt (the device handed over, the same name typed again) does
			// not replace the first.
			else if (!assignment.settings.allowRetake) status = earlier ? 'first' : 'retake';
			else status = later ? 'replaced' : 'older';
		}
		if (status === 'added' || status === 'replaced' || status === 'first') {
			byStudent.set(key, entry);
			changed.set(key, entry);
		}
		const sameAs = kept && kept.student !== result.student ? kept.student : undefined;
		intakes.push({ code, status, student: result.student, ...(sameAs ? { sameAs } : {}) });
	}
	return {
		results: [...byStudent.values()].sort((a, b) => a.student.localeCompare(b.student)),
		changed: [...changed.values()],
		intakes
	};
}

export interface OptionStat {
	index: number;
	text: string;
	isAnswer: boolean;
	count: number;
	/** Share of the students who answered the question. */
	share: number;
	/** A wrong option chosen by under 5% of the class is not doing its job. */
	weak: boolean;
}

export interface QuestionStat {
	index: number;
	item: Item;
	answered: number;
	correct: number;
	/** Percent correct of all students (an unanswered question counts as wrong). */
	percent: number;
	options?: OptionStat[];
}

export interface StudentRow {
	student: string;
	score: number;
	total: number;
	percent: number;
	seconds: number;
	answers: { correct: boolean; text: string }[];
}

export interface ClassReport {
	students: StudentRow[];
	questions: QuestionStat[];
	mostMissed: QuestionStat[];
	averagePercent: number;
}

export const WEAK_DISTRACTOR = 0.05;
/** Below this many answers, a share says nothing about a distractor: none is called weak. */
export const WEAK_MIN_ANSWERS = 20;
const pct = (part: number, whole: number) => (whole ? Math.round((100 * part) / whole) : 0);

export function classReport(
	items: readonly Item[],
	results: readonly StudentResult[]
): ClassReport {
	const students = results.map((r) => {
		const answers = items.map((item, i) => {
			const response = r.responses[i] ?? null;
			return { correct: isCorrect(item, response), text: describeResponse(item, response) };
		});
		const score = answers.filter((a) => a.correct).length;
		return {
			student: r.student,
			score,
			total: items.length,
			percent: pct(score, items.length),
			seconds: r.seconds,
			answers
		};
	});
	const questions = items.map((item, index): QuestionStat => {
		const responses = results.map((r) => r.responses[index] ?? null);
		const answered = responses.filter((r) => r !== null).length;
		const correct = students.filter((s) => s.answers[index]?.correct).length;
		const stat: QuestionStat = {
			index,
			item,
			answered,
			correct,
			percent: pct(correct, results.length)
		};
		if (item.kind === 'mcq') {
			stat.options = item.options.map((text, i) => {
				const count = responses.filter((r) => r?.kind === 'choice' && r.index === i).length;
				const isAnswer = i === item.answerIndex;
				const share = answered ? count / answered : 0;
				return {
					index: i,
					text,
					isAnswer,
					count,
					share,
					weak: !isAnswer && answered >= WEAK_MIN_ANSWERS && share < WEAK_DISTRACTOR
				};
			});
		}
		return stat;
	});
	const mostMissed = questions
		.filter((q) => results.length > 0 && q.correct < results.length)
		.sort((a, b) => a.percent - b.percent || a.index - b.index)
		.slice(0, 5);
	const averagePercent = students.length
		? Math.round(students.reduce((sum, s) => sum + s.percent, 0) / students.length)
		: 0;
	return { students, questions, mostMissed, averagePercent };
}

/** One CSV cell: quoted, and defused when a spreadsheet would read it as a formula. */
export function csvCell(value: string | number): string {
	let text = String(value);
	if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
	return `"${text.replace(/"/g, '""')}"`;
}

/** Students as rows, one column per question (1 right, 0 wrong), then each answer given. */
export function reportCsv(title: string, report: ClassReport): string {
	const n = report.questions.length;
	const qs = Array.from({ length: n }, (_, i) => `Q${i + 1}`);
	const header = [
		'Student',
		'Score',
		'Out of',
		'Percent',
		'Minutes',
		...qs,
		...qs.map((q) => `${q} answer`)
	];
	const rows = report.students.map((s) => [
		s.student,
		s.score,
		s.total,
		s.percent,
		Math.round(s.seconds / 6) / 10,
		...s.answers.map((a) => (a.correct ? 1 : 0)),
		...s.answers.map((a) => a.text)
	]);
	const perQuestion = [
		'Percent correct',
		'',
		'',
		report.averagePercent,
		'',
		...report.questions.map((q) => q.percent)
	];
	const question = [
		'Question',
		'',
		'',
		'',
		'',
		// A false statement (one that merges the two releases, say) said to be false, never bare.
		...report.questions.map((q) =>
			[q.item.prompt, statementIs(q.item), questionText(q.item)].filter(Boolean).join(' ')
		)
	];
	return [[`Assignment: ${title}`], header, ...rows, perQuestion, question]
		.map((row) => row.map(csvCell).join(','))
		.join('\r\n')
		.concat('\r\n');
}
