// The item bank, for teachers and other tools.
//
//   npm run export -- --format json               every item as JSON, on stdout
//   npm run export -- --format tsv [--out FILE]   an Anki / Quizlet import file: front<TAB>back
//
// Options:
//   --format json|tsv   (default json)
//   --out FILE          write to FILE instead of stdout
//   --plain             TSV for Quizlet and other plain-text importers: line breaks inside a card
//                       become " / " (the default is Anki's: <br>, with &, < and > escaped)
//   --facts FILE        another fact file (same format), checked like the app checks an import
//   --seed TEXT         the generation seed (default: the app's, so options match the app)
//
// Each card's back has the answer and the verbatim source sentence it rests on. Node cannot run
// TypeScript by itself: the npm script runs this file with tsx.
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { deck, DECK_SEED } from '../src/lib/builtin-deck';
import { parseFactFile } from '../src/lib/facts/parse';
import type { FactFile } from '../src/lib/facts/schema';
import { generateItems } from '../src/lib/items/generate';
import type { Item } from '../src/lib/items/types';

const LETTERS = 'ABCDEFGH';

/** One item as exported: what is asked, what is right, and where it comes from. */
export function exportItem(item: Item) {
	const { id, kind, topic, prompt, answer, factIds } = item;
	const shown = (() => {
		switch (item.kind) {
			case 'flashcard':
			case 'reverse':
				return item.typed ? { accept: item.typed.accept } : {};
			case 'mcq':
				return { options: item.options, answerIndex: item.answerIndex };
			case 'truefalse':
				return {
					statement: item.statement,
					truth: item.truth,
					...(item.correction ? { correction: item.correction } : {})
				};
			case 'cloze':
				return {
					before: item.before,
					after: item.after,
					accept: item.accept,
					...(item.options ? { options: item.options } : {})
				};
			case 'matching':
				return { pairs: item.pairs, rights: item.rights };
			case 'timeline':
				return { events: item.events, shuffled: item.shuffled };
		}
	})();
	return {
		id,
		kind,
		topic,
		prompt,
		...shown,
		answer,
		factIds,
		quote: item.source.quote,
		documentId: item.source.documentId,
		...(item.sources.length > 1 ? { sources: item.sources } : {}),
		...(item.note ? { note: item.note } : {})
	};
}

export function toJson(file: FactFile, seed: string, items: readonly Item[]): string {
	const { id, title, version } = file.deck;
	return `${JSON.stringify({ deck: { id, title, version }, seed, items: items.map(exportItem) }, null, '\t')}\n`;
}

/** A card's two sides, each a list of lines. */
export function card(item: Item): { front: string[]; back: string[] } {
	const sources = [...new Set(item.sources.map((s) => s.quote))].map((q) => `Source: “${q}”`);
	const back = (...lines: string[]) => [
		...lines,
		...sources,
		...(item.note ? [`Note: ${item.note}`] : [])
	];
	switch (item.kind) {
		case 'flashcard':
		case 'reverse':
			return { front: [item.prompt], back: back(item.answer) };
		case 'mcq':
			return {
				front: [item.prompt, ...item.options.map((o, i) => `${LETTERS[i]}) ${o}`)],
				back: back(`${LETTERS[item.answerIndex]}) ${item.answer}`)
			};
		case 'truefalse':
			return {
				front: [item.prompt, item.statement],
				back: back(item.truth ? 'True' : `False: the source says ${item.correction ?? ''}`.trim())
			};
		case 'cloze': {
			const options = item.options?.map((o, i) => `${LETTERS[i]}) ${o}`) ?? [];
			return {
				front: [item.prompt, `${item.before}_____${item.after}`, ...options],
				back: back(item.answer)
			};
		}
		case 'matching':
			return {
				front: [
					item.prompt,
					...item.pairs.map((p) => `${p.left} → ?`),
					`Choose from: ${item.rights.join('; ')}`
				],
				back: back(...item.pairs.map((p) => `${p.left} → ${p.right}`))
			};
		case 'timeline':
			return {
				front: [item.prompt, ...item.shuffled.map((i) => `• ${item.events[i]?.label ?? ''}`)],
				back: back(...item.events.map((e) => `${e.when}: ${e.label}`))
			};
	}
}

const escapeHtml = (text: string) =>
	text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** One field of a TSV line: no tab, no line break inside, whatever the text holds. */
export function field(lines: readonly string[], plain: boolean): string {
	const clean = lines.map((l) => l.replace(/[\t\r\n]+/g, ' ').trim());
	return plain ? clean.join(' / ') : clean.map(escapeHtml).join('<br>');
}

export function toTsv(items: readonly Item[], plain = false): string {
	return items
		.map((item) => {
			const { front, back } = card(item);
			return `${field(front, plain)}\t${field(back, plain)}\n`;
		})
		.join('');
}

function factFileFrom(path: string): FactFile {
	const parsed = parseFactFile(JSON.parse(readFileSync(path, 'utf8')));
	if (parsed.ok) return parsed.file;
	for (const p of parsed.problems) console.error(`${path}: ${p.path}: ${p.message}`);
	process.exit(1);
}

function main() {
	const { values } = parseArgs({
		options: {
			format: { type: 'string', default: 'json' },
			out: { type: 'string' },
			plain: { type: 'boolean', default: false },
			facts: { type: 'string' },
			seed: { type: 'string', default: DECK_SEED }
		}
	});
	if (values.format !== 'json' && values.format !== 'tsv') {
		console.error(`--format must be json or tsv, not "${values.format}"`);
		process.exit(2);
	}
	const file = values.facts ? factFileFrom(values.facts) : deck.file;
	const items =
		values.facts || values.seed !== DECK_SEED ? generateItems(file, values.seed) : deck.items;
	const text =
		values.format === 'json' ? toJson(file, values.seed, items) : toTsv(items, values.plain);
	if (values.out) {
		writeFileSync(values.out, text);
		console.error(`wrote ${items.length} items to ${values.out}`);
	} else {
		// `npm run export … | head` closes the pipe early: that is not an error.
		process.stdout.on('error', (error: NodeJS.ErrnoException) => {
			if (error.code === 'EPIPE') process.exit(0);
			throw error;
		});
		process.stdout.write(text);
	}
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
