import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { deck, DECK_SEED } from '../src/lib/builtin-deck';
import { fact, factFile } from '../src/lib/items/fixtures';
import { generateItems } from '../src/lib/items/generate';
import { card, exportItem, field, toJson, toTsv } from './export';

describe('export as JSON', () => {
	it('has every item with what it asks, its answer, its facts and its source sentence', () => {
		const bank = JSON.parse(toJson(deck.file, DECK_SEED, deck.items));
		expect(bank.seed).toBe(DECK_SEED);
		expect(bank.items).toHaveLength(deck.items.length);
		for (const [i, item] of deck.items.entries()) {
			const out = bank.items[i];
			expect(out).toMatchObject({
				id: item.id,
				kind: item.kind,
				prompt: item.prompt,
				answer: item.answer,
				factIds: item.factIds,
				quote: item.source.quote
			});
			if (item.kind === 'mcq') expect(out.options).toEqual(item.options);
			if (item.kind === 'truefalse') expect(out.statement).toBe(item.statement);
			if (item.kind === 'matching') expect(out.pairs).toEqual(item.pairs);
			if (item.kind === 'timeline') expect(out.events).toEqual(item.events);
		}
	});

	it('keeps an item’s fields in a fixed order', () => {
		const [first] = deck.items;
		expect(Object.keys(exportItem(first as (typeof deck.items)[number])).slice(0, 4)).toEqual([
			'id',
			'kind',
			'topic',
			'prompt'
		]);
	});
});

describe('export as TSV', () => {
	it('writes one front<TAB>back line per item, the back with answer and source', () => {
		for (const plain of [false, true]) {
			const lines = toTsv(deck.items, plain).split('\n');
			expect(lines.pop()).toBe('');
			expect(lines).toHaveLength(deck.items.length);
			for (const [i, line] of lines.entries()) {
				const item = deck.items[i];
				const [front, back, ...rest] = line.split('\t');
				expect(rest).toEqual([]);
				expect(front).toBeTruthy();
				expect(back).toContain(
					plain ? item?.source.quote : item?.source.quote.replace(/&/g, '&amp;')
				);
			}
		}
	});

	it('keeps tabs and line breaks in the facts out of the file structure', () => {
		expect(field(['a\tb', 'c\nd', 'x < y & z'], false)).toBe('a b<br>c d<br>x &lt; y &amp; z');
		expect(field(['a\tb', 'c\r\nd'], true)).toBe('a b / c d');
		const tricky = factFile([fact('t', 'tab\there', 'concept')]);
		for (const line of toTsv(generateItems(tricky, 's')).trimEnd().split('\n'))
			expect(line.split('\t')).toHaveLength(2);
	});

	it('shows a question’s options on the front and the right one on the back', () => {
		const mcq = deck.mcqs[0];
		if (!mcq) throw new Error('no mcq');
		const { front, back } = card(mcq);
		expect(front).toHaveLength(5);
		expect(back[0]).toBe(`${'ABCD'[mcq.answerIndex]}) ${mcq.answer}`);
	});
});

describe('npm run export', () => {
	it('prints the item bank as JSON', () => {
		const run = spawnSync(
			process.execPath,
			['--import', 'tsx', 'scripts/export.ts', '--format', 'json'],
			{
				encoding: 'utf8'
			}
		);
		expect(run.status, run.stderr).toBe(0);
		expect(JSON.parse(run.stdout).items).toHaveLength(deck.items.length);
	}, 60_000);

	it('refuses an unknown format', () => {
		const run = spawnSync(
			process.execPath,
			['--import', 'tsx', 'scripts/export.ts', '--format', 'csv'],
			{
				encoding: 'utf8'
			}
		);
		expect(run.status).toBe(2);
		expect(run.stderr).toContain('--format must be json or tsv');
	}, 60_000);
});
