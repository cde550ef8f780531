/**
 * ItemQuestion rendered on the server (Svelte's `render`), with hand-written items: each kind
 * shows what a learner needs before answering, and after answering the feedback (right or wrong,
 * the right answer, what was chosen) with nothing left to answer. Interaction is tested end to
 * end (tests/item-kinds.spec.ts, tests/typed.spec.ts).
 */
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import type { ItemResponse, Score } from '$lib/items/response';
import type { Item, ItemSource } from '$lib/items/types';
import ItemQuestion from './ItemQuestion.svelte';

const source: ItemSource = { documentId: 'd001', quote: 'A sentence.', factId: 'f1' };
const base = { factIds: ['f1'], topic: 't', source, sources: [source] };

const mcq: Item = {
	...base,
	id: 'f1:mcq',
	kind: 'mcq',
	prompt: 'How many?',
	answer: '123',
	options: ['52', '123', '14', '300'],
	answerIndex: 1
};
const truefalse: Item = {
	...base,
	id: 'f1:truefalse',
	kind: 'truefalse',
	prompt: 'True or false?',
	answer: 'False',
	statement: '52 prisoners were released in exchange for potash sanctions relief.',
	truth: false,
	correction: '123'
};
const cloze: Item = {
	...base,
	id: 'f1:cloze',
	kind: 'cloze',
	prompt: 'Fill in the blank.',
	answer: 'potash',
	before: 'The US lifted sanctions on ',
	after: '.',
	accept: ['potash']
};
const matching: Item = {
	...base,
	id: 'f1:matching',
	kind: 'matching',
	prompt: 'Match each person with their role.',
	answer: 'Ales Bialiatski: human rights activist; Maria Kolesnikova: opposition leader',
	pairs: [
		{ left: 'Ales Bialiatski', right: 'human rights activist', factId: 'f1' },
		{ left: 'Maria Kolesnikova', right: 'opposition leader', factId: 'f2' }
	],
	rights: ['opposition leader', 'human rights activist']
};
const timeline: Item = {
	...base,
	id: 'f1:timeline',
	kind: 'timeline',
	prompt: 'Put these in order.',
	answer: 'Independence → Lukashenko → Election',
	events: [
		{ label: 'Independence', when: '1991', factId: 'f1' },
		{ label: 'Lukashenko comes to power', when: '1994', factId: 'f2' },
		{ label: 'Disputed election', when: '2020', factId: 'f3' }
	],
	shuffled: [2, 0, 1]
};
const typed: Item = {
	...base,
	id: 'f1:flashcard',
	kind: 'flashcard',
	prompt: 'Which laureate was released?',
	answer: 'Ales Bialiatski',
	typed: { accept: ['Ales Bialiatski', 'Бяляцкі'] }
};

const show = (item: Item, result?: { response: ItemResponse; score: Score }) =>
	// Without Svelte's hydration markers (comments), the markup as a browser shows it.
	render(ItemQuestion, { props: { item, onanswer: () => {}, result } }).body.replace(
		/<!--[^]*?-->/g,
		''
	);
const wrong: Score = { correct: false };
const right: Score = { correct: true };
const count = (html: string, text: string) => html.split(text).length - 1;

describe('ItemQuestion, before an answer', () => {
	it('multiple choice: one button per option, named with its letter', () => {
		const html = show(mcq);
		expect(count(html, '<button')).toBe(4);
		expect(html).toContain('aria-label="B: 123"');
		expect(html).not.toContain('disabled');
		expect(html).not.toContain('verdict');
	});

	it('true or false: the statement and two buttons with their keys', () => {
		const html = show(truefalse);
		expect(html).toContain(truefalse.statement);
		expect(html).toMatch(/aria-label="True"[^>]*aria-keyshortcuts="T"/);
		expect(html).toMatch(/aria-label="False"[^>]*aria-keyshortcuts="F"/);
		expect(html).not.toContain('The source says');
	});

	it('cloze: the sentence with a blank, and a labelled text field with Check', () => {
		const html = show(cloze);
		expect(html).toContain('The US lifted sanctions on');
		expect(html).toContain('(blank)');
		expect(html).not.toContain('potash');
		const id = html.match(/<label for="([^"]+)"[^>]*>Missing word\(s\)<\/label>/)?.[1];
		expect(id).toBeTruthy();
		expect(html).toMatch(new RegExp(`<input id="${id}"`));
		expect(html).toContain('>Check</button>');
	});

	it('cloze with options: chosen like multiple choice', () => {
		const html = show({ ...cloze, options: ['oil', 'potash', 'gas', 'grain'] });
		expect(count(html, '<button')).toBe(4);
		expect(html).toContain('aria-label="B: potash"');
		expect(html).not.toContain('<input');
	});

	it('matching: one labelled select per left-hand entry, every right-hand entry in each', () => {
		const html = show(matching);
		expect(count(html, '<select')).toBe(2);
		for (const pair of matching.kind === 'matching' ? matching.pairs : []) {
			const id = html.match(new RegExp(`<label for="([^"]+)"[^>]*>${pair.left}</label>`))?.[1];
			expect(id).toBeTruthy();
			expect(html).toContain(`<select id="${id}"`);
		}
		expect(count(html, '>opposition leader</option>')).toBe(2);
		expect(html).not.toContain('Right match');
	});

	it('timeline: the events in the shuffled order, each with move buttons naming it', () => {
		const html = show(timeline);
		const order = [...html.matchAll(/Move “([^”]+)” up/g)].map((m) => m[1]);
		expect(order).toEqual(['Disputed election', 'Independence', 'Lukashenko comes to power']);
		expect(html).toContain('aria-label="Move “Independence” down"');
		expect(html).not.toContain('1991');
	});

	it('a typed flashcard: a labelled text field, not the answer', () => {
		const html = show(typed);
		expect(html).toContain('Your answer</label>');
		expect(html).not.toContain('Bialiatski');
	});

	it('renders text from data as text', () => {
		const html = show({ ...mcq, options: ['<img src=x onerror=alert(1)>', 'b', 'c', 'd'] });
		expect(html).not.toContain('<img');
		expect(html).toContain('&lt;img src=x onerror=alert(1)>');
	});
});

describe('ItemQuestion, with a result', () => {
	it('multiple choice: the choice and the right option marked, nothing to press', () => {
		const html = show(mcq, { response: { kind: 'choice', index: 0 }, score: wrong });
		expect(html).toContain('aria-label="A: 52 (your answer, wrong)"');
		expect(html).toContain('aria-label="B: 123 (right answer)"');
		expect(count(html, 'disabled')).toBe(4);
		expect(html).toMatch(/Not quite\. The answer is <strong>123<\/strong>/);
	});

	it('true or false: says which was right and what the source says', () => {
		const html = show(truefalse, { response: { kind: 'bool', value: true }, score: wrong });
		expect(html).toContain('aria-label="True (your answer, wrong)"');
		expect(html).toContain('aria-label="False (right answer)"');
		expect(html).toContain('The source says: <strong>123</strong>');
	});

	it('cloze: the blank filled with the answer, the typed answer read-only', () => {
		const html = show(cloze, { response: { kind: 'text', value: 'potash' }, score: right });
		expect(html).toMatch(/<mark[^>]*>potash<\/mark>/);
		expect(html).toMatch(/<input[^>]*value="potash"[^>]*readonly/);
		expect(html).not.toContain('>Check</button>');
		expect(html).toMatch(/class="verdict[^"]*ok[^"]*">\s*Right\./);
	});

	it('an almost-right answer the learner counted says so, with the spelling', () => {
		const html = show(typed, {
			response: { kind: 'text', value: 'Ales Bialatski' },
			score: { correct: true, almost: true }
		});
		expect(html).toContain('Counted as right. The spelling is <strong>Ales Bialiatski</strong>');
	});

	it('matching: each row marked, with the right match where it was wrong', () => {
		const html = show(matching, { response: { kind: 'pairs', rights: [1, 1] }, score: wrong });
		expect(count(html, '✓ Right')).toBe(1);
		expect(html).toContain('Right match: <strong>opposition leader</strong>');
		expect(count(html, 'disabled')).toBeGreaterThanOrEqual(2);
		expect(html).not.toContain('>Check</button>');
	});

	it('timeline: the dates, each place marked, and the right order when wrong', () => {
		const html = show(timeline, { response: { kind: 'order', order: [1, 0, 2] }, score: wrong });
		expect(html).toContain('(1991)');
		expect(count(html, 'in the wrong place')).toBe(2);
		expect(count(html, 'in the right place')).toBe(1);
		expect(html).toContain('Right order:');
		expect(html).not.toContain('Move “');
	});
});
