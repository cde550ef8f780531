import { describe, expect, it } from 'vitest';
import { scoreResponse, type ItemResponse } from './response';
import type {
	Cloze,
	Flashcard,
	Item,
	Matching,
	MultipleChoice,
	Timeline,
	TrueFalse
} from './types';

const base = {
	factIds: ['f'],
	topic: 't',
	prompt: 'Q?',
	source: { documentId: 'doc', quote: 'Q.', factId: 'f' },
	sources: []
};
const mcq: MultipleChoice = {
	...base,
	id: 'f:mcq',
	kind: 'mcq',
	answer: '52',
	options: ['75', '52', '123', '150'],
	answerIndex: 1
};
const tf: TrueFalse = {
	...base,
	id: 'f:truefalse',
	kind: 'truefalse',
	answer: 'False',
	statement: 'S.',
	truth: false,
	correction: '52'
};
const cloze: Cloze = {
	...base,
	id: 'f:cloze',
	kind: 'cloze',
	answer: 'Maria Kolesnikova',
	before: 'B ',
	after: ' A',
	accept: ['Maria Kolesnikova', 'Kalesnikava'],
	options: ['John Coale', 'Maria Kolesnikova', 'Ihar Losik', 'Ales Bialiatski']
};
const card: Flashcard = {
	...base,
	id: 'f:flashcard',
	kind: 'flashcard',
	answer: 'Lukashenko',
	typed: { accept: ['Lukashenko', 'Lukašenka'] }
};
const selfCard: Flashcard = { ...base, id: 'g:flashcard', kind: 'flashcard', answer: 'a thaw' };
const timeline: Timeline = {
	...base,
	id: 'dated-facts:timeline:x',
	kind: 'timeline',
	answer: '…',
	events: [
		{ label: 'a', when: '1991', factId: 'a' },
		{ label: 'b', when: '1994', factId: 'b' },
		{ label: 'c', when: '2020', factId: 'c' }
	],
	shuffled: [2, 0, 1]
};
const matching: Matching = {
	...base,
	id: 'event-details:matching:x',
	kind: 'matching',
	answer: '…',
	pairs: [
		{ left: 'journalists', right: 'R52', factId: 'a' },
		{ left: 'Coale', right: 'R123', factId: 'b' },
		{ left: 'dissidents', right: 'R52', factId: 'c' }
	],
	rights: ['R123', 'R52']
};

const score = (item: Item, r: ItemResponse) => scoreResponse(item, r);

describe('scoreResponse', () => {
	it('scores multiple choice by the index of the key', () => {
		expect(score(mcq, { kind: 'choice', index: 1 })).toEqual({ correct: true });
		expect(score(mcq, { kind: 'choice', index: 2 })).toEqual({ correct: false });
		expect(score(mcq, { kind: 'choice', index: 9 })).toEqual({ correct: false });
	});

	it('scores true/false by the truth', () => {
		expect(score(tf, { kind: 'bool', value: false })).toEqual({ correct: true });
		expect(score(tf, { kind: 'bool', value: true })).toEqual({ correct: false });
	});

	it('scores a cloze chosen or typed, flagging a near miss', () => {
		expect(score(cloze, { kind: 'choice', index: 1 })).toEqual({ correct: true });
		expect(score(cloze, { kind: 'choice', index: 0 })).toEqual({ correct: false });
		expect(score(cloze, { kind: 'text', value: 'Калеснікава' })).toEqual({ correct: true });
		expect(score(cloze, { kind: 'text', value: 'Maria Kolesnikowa' })).toEqual({ correct: true });
		expect(score(cloze, { kind: 'text', value: 'Maria Kolesnokova' })).toEqual({
			correct: false,
			almost: true,
			meant: 'Maria Kolesnikova'
		});
		expect(score(cloze, { kind: 'text', value: 'Maria Kolesnokova', countAlmost: true })).toEqual({
			correct: true,
			almost: true,
			meant: 'Maria Kolesnikova'
		});
		expect(score(cloze, { kind: 'text', value: 'John Coale' })).toEqual({ correct: false });
	});

	it('scores flashcards typed against their accepted spellings, or self-graded', () => {
		expect(score(card, { kind: 'text', value: 'Лукашэнка' })).toEqual({ correct: true });
		expect(score(card, { kind: 'text', value: 'Lukashenki' })).toEqual({
			correct: false,
			almost: true,
			meant: 'Lukashenko'
		});
		expect(score(selfCard, { kind: 'self', remembered: true })).toEqual({ correct: true });
		expect(score(selfCard, { kind: 'self', remembered: false })).toEqual({ correct: false });
		expect(score(selfCard, { kind: 'text', value: 'A thaw.' })).toEqual({ correct: true });
	});

	it('scores a timeline only in the right order', () => {
		expect(score(timeline, { kind: 'order', order: [0, 1, 2] })).toEqual({ correct: true });
		expect(score(timeline, { kind: 'order', order: [1, 0, 2] })).toEqual({ correct: false });
		expect(score(timeline, { kind: 'order', order: [0, 1] })).toEqual({ correct: false });
	});

	it('scores matching by the right chosen for every left', () => {
		expect(score(matching, { kind: 'pairs', rights: [1, 0, 1] })).toEqual({ correct: true });
		expect(score(matching, { kind: 'pairs', rights: [1, 0, 0] })).toEqual({ correct: false });
		expect(score(matching, { kind: 'pairs', rights: [1, 0] })).toEqual({ correct: false });
		expect(score(matching, { kind: 'pairs', rights: [1, 0, 7] })).toEqual({ correct: false });
	});

	it('scores a response of the wrong kind as wrong, never throwing', () => {
		const wrongKind: [Item, ItemResponse][] = [
			[mcq, { kind: 'bool', value: true }],
			[tf, { kind: 'choice', index: 0 }],
			[cloze, { kind: 'order', order: [] }],
			[card, { kind: 'pairs', rights: [] }],
			[timeline, { kind: 'self', remembered: true }],
			[matching, { kind: 'text', value: 'x' }]
		];
		for (const [item, r] of wrongKind) expect(score(item, r)).toEqual({ correct: false });
	});
});
