import { describe, expect, it } from 'vitest';
import { deck } from '../builtin-deck';
import { sentenceKey } from '../items/clues';
import { newCard, Rating, review } from '../srs/scheduler';
import type { Item, MultipleChoice } from '../items/types';
import type { Learner } from './learner.svelte';
import { chooseQuestions, QUIZ_KINDS, QuizSession, sentencesSeenToday } from './quiz.svelte';
import { leftQuiz } from './quiz-resume';

describe('the questions of a quiz', () => {
	const pool = deck.items.filter((i) => QUIZ_KINDS.some((k) => k === i.kind));

	it('never asks two questions on one source sentence: the first’s feedback would answer the second', () => {
		for (let seed = 0; seed < 300; seed++) {
			const questions = chooseQuestions(pool, QUIZ_KINDS, String(seed));
			expect(questions).toHaveLength(10);
			// A matching question may rest on two facts of one sentence; two questions may not share one.
			const sentences = questions.flatMap((q) => [...new Set(q.sources.map(sentenceKey))]);
			expect(new Set(sentences).size, `seed ${seed}`).toBe(sentences.length);
		}
	});

	it('never asks a question whose own words give another’s answer (a student would copy it)', () => {
		const text = (s: string) =>
			` ${s
				.toLowerCase()
				.replace(/[^\p{L}\p{N}]+/gu, ' ')
				.trim()} `;
		const asks = (i: Item) => (i.kind === 'mcq' ? [i.answer] : i.kind === 'cloze' ? i.accept : []);
		const says = (i: Item) =>
			text(
				[
					i.prompt,
					i.kind === 'truefalse' ? i.statement : '',
					i.kind === 'cloze' ? `${i.before} ${i.after}` : '',
					i.kind === 'matching' ? i.pairs.map((p) => p.left).join(' ') : '',
					i.kind === 'timeline' ? i.events.map((e) => e.label).join(' ') : ''
				].join(' ')
			);
		// The example a reviewer found: "How many …, including journalists, …?" and "Among the 52
		// released were ____, dissidents and an EU staff member."
		const count = deck.items.find((i) => i.id === 'r52-count:mcq')!;
		const blank = deck.items.find((i) => i.id === 'r52-journalists:cloze')!;
		expect(says(count)).toContain(text(asks(blank)[0]!));
		let together = 0;
		for (let seed = 0; seed < 300; seed++) {
			const questions = chooseQuestions(pool, QUIZ_KINDS, String(seed));
			expect(questions).toHaveLength(10);
			if (questions.includes(count) && questions.includes(blank)) together++;
			for (const a of questions)
				for (const b of questions)
					if (a !== b)
						for (const answer of asks(b))
							expect(says(a), `seed ${seed}: ${a.id} says ${b.id}`).not.toContain(text(answer));
		}
		expect(together).toBe(0);
	});

	it('fills a quiz of one kind as far as its sentences allow', () => {
		for (const kind of ['mcq', 'truefalse', 'cloze'] as const) {
			const sentences = new Set(
				pool.filter((i) => i.kind === kind).flatMap((i) => i.sources.map(sentenceKey))
			);
			expect(chooseQuestions(pool, [kind], 'seed'), kind).toHaveLength(
				Math.min(10, sentences.size)
			);
		}
		// True or false is asked of fewer sentences than ten (no list member, no person swapped).
		expect(chooseQuestions(pool, ['truefalse'], 'seed').length).toBeLessThan(10);
		expect(chooseQuestions(pool, ['mcq'], 'seed')).toHaveLength(10);
	});

	it('asks last about what was studied today: its answer was just seen', () => {
		const first = chooseQuestions(pool, QUIZ_KINDS, 'seed');
		// This morning the learner studied the flashcards of the first three questions' facts.
		const now = new Date('2026-11-23T12:00:00Z');
		const morning = new Date('2026-11-23T09:00:00Z');
		const studied = first
			.slice(0, 3)
			.flatMap((q) =>
				deck.items.filter((i) => i.kind === 'flashcard' && i.factIds[0] === q.factIds[0])
			);
		expect(studied.length).toBeGreaterThan(0);
		const cards = new Map(
			studied.map((i) => [i.id, review(newCard(morning), Rating.Good, morning, i.id)])
		);
		const seen = sentencesSeenToday(deck.items, cards, now);
		const onSeen = (q: (typeof first)[number]) => q.sources.some((s) => seen.has(sentenceKey(s)));
		// Of kinds with questions enough on other sentences (a matching question spans many).
		const kinds = ['mcq', 'cloze'] as const;
		expect(chooseQuestions(pool, kinds, 'seed').filter((q) => onSeen(q)).length).toBeGreaterThan(0);
		const asked = chooseQuestions(pool, kinds, 'seed', 10, seen);
		expect(asked).toHaveLength(10);
		expect(asked.filter(onSeen)).toEqual([]);
		// Yesterday's study does not count today.
		expect(sentencesSeenToday(deck.items, cards, new Date('2026-11-24T12:00:00Z')).size).toBe(0);
	});
});

describe('a quiz left for a source and come back to', () => {
	const pool = deck.items.filter((i) => QUIZ_KINDS.some((k) => k === i.kind));
	const learner = { deckChangedElsewhere: false, gradeAnswer: async () => {} };

	it('comes back with its questions and answers, scored as they were', async () => {
		const quiz = new QuizSession(pool, QUIZ_KINDS, 'seed', learner as unknown as Learner);
		const right = quiz.current as MultipleChoice;
		expect(right.kind).toBe('mcq');
		await quiz.answer({ kind: 'choice', index: right.answerIndex }, new Date());
		quiz.next();
		await quiz.answer({ kind: 'text', value: 'not the answer' }, new Date());
		const left = {
			items: quiz.questions,
			responses: quiz.answers.map((a) => a.response),
			feedback: true
		};
		// Kept as JSON in the history entry.
		const back = leftQuiz(pool, JSON.parse(JSON.stringify(left)));
		expect(back?.questions).toEqual(quiz.questions);
		expect(back?.answers).toEqual(quiz.answers);
		expect(back?.answers.map((a) => a.score.correct)).toEqual([true, false]);
	});

	it('is not brought back on another deck, or from answers this app did not write', () => {
		const other = { ...(pool[0] as Item), id: 'no-such:mcq' };
		expect(leftQuiz(pool, { items: [other], responses: [], feedback: false })).toBeUndefined();
		const items = [pool[0] as Item];
		const tampered = (responses: unknown[]) =>
			leftQuiz(pool, { items, responses: responses as never, feedback: true });
		expect(tampered([null, null])).toBeUndefined();
		expect(tampered([null])).toBeUndefined();
		expect(tampered([{ kind: 'choice', index: 0 }])).toBeDefined();
	});

	it('is not brought back when a question changed under its id (a new version of the deck)', () => {
		const asked = pool.find((i): i is MultipleChoice => i.kind === 'mcq')!;
		const left = {
			items: [asked],
			responses: [{ kind: 'choice' as const, index: 0 }],
			feedback: true
		};
		expect(leftQuiz(pool, JSON.parse(JSON.stringify(left)))).toBeDefined();
		// The same id, other options: the answer (an option's place) would mean another option.
		const changed = { ...asked, options: [...asked.options].reverse() };
		const newVersion = pool.map((i) => (i.id === asked.id ? changed : i));
		expect(leftQuiz(newVersion, JSON.parse(JSON.stringify(left)))).toBeUndefined();
	});
});
