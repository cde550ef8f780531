/**
 * Sentences of a source document, and which of them no fact and no `untestable` entry accounts
 * for. A fact quotes one sentence (or a contiguous part of one); the fact file lists every other
 * sentence as untestable with a reason, so "every sentence is covered" is a checkable promise.
 *
 * The splitter is written for plain English prose such as news summaries. A line break always
 * ends a sentence. Otherwise a sentence ends at ".", "!" or "?" (with any closing quotes or
 * brackets) followed by a space and a capital letter, digit or opening quote, except after:
 * - a title such as "Mr." or "Dr." (never a sentence end);
 * - an initialism such as "U.S." or "U.K." and a middle initial such as "F." — these read as
 *   part of a name when a capitalised word follows ("U.S. Treasury"), which is by far the common
 *   case in news text; at the end of a line they still end the sentence.
 * Apostrophes ("Belarus's"), hyphens ("U.S.-Belarus") and decimals ("2.5") never end one.
 */
import type { FactFile } from './schema';

export interface Sentence {
	/** The sentence, without surrounding whitespace: exactly `source.slice(start, end)`. */
	text: string;
	start: number;
	end: number;
}

/** Abbreviations that never end a sentence (compared without the period, lower case). */
const TITLES = new Set([
	'mr',
	'mrs',
	'ms',
	'dr',
	'prof',
	'st',
	'sr',
	'jr',
	'gen',
	'sen',
	'rep',
	'gov',
	'lt',
	'col',
	'capt',
	'sgt',
	'mt',
	'vs',
	'no',
	'approx'
]);

/** A terminator run: . ! ? (repeated, as in "?!" or "..."), then closing quotes or brackets. */
const TERMINATOR = /[.!?]+["'\u201D\u2019)\]]*/g;
/** What may start the next sentence. */
const STARTER = /\s+["'\u201C\u2018([]?[\p{Lu}\p{N}]/uy;

export function splitSentences(source: string): Sentence[] {
	const sentences: Sentence[] = [];
	const lines = /[^\n\r]+/g;
	for (let line = lines.exec(source); line; line = lines.exec(source)) {
		const offset = line.index;
		let from = 0;
		for (const end of sentenceEnds(line[0])) {
			push(sentences, source, offset + from, offset + end);
			from = end;
		}
		push(sentences, source, offset + from, offset + line[0].length);
	}
	return sentences;
}

/** Offsets just past each sentence end inside one line (the line's own end excluded). */
function* sentenceEnds(line: string): Generator<number> {
	TERMINATOR.lastIndex = 0;
	for (let match = TERMINATOR.exec(line); match; match = TERMINATOR.exec(line)) {
		const end = match.index + match[0].length;
		STARTER.lastIndex = end;
		if (!STARTER.test(line)) continue;
		if (match[0].startsWith('.') && match[0].length === 1 && isAbbreviation(line, match.index))
			continue;
		yield end;
	}
}

/** Whether the word ending at the period at `dot` is a title, an initialism or an initial. */
function isAbbreviation(line: string, dot: number): boolean {
	const word = /[\p{L}.]*$/u.exec(line.slice(Math.max(0, dot - 20), dot))?.[0] ?? '';
	if (TITLES.has(word.toLowerCase())) return true;
	// "U.S", "U.K", "E.U" (the final period is at `dot`), or a single capital: "John F."
	return /^(?:\p{L}\.)+\p{L}$/u.test(word) || /^\p{Lu}$/u.test(word);
}

function push(sentences: Sentence[], source: string, start: number, end: number) {
	const text = source.slice(start, end);
	const lead = text.length - text.trimStart().length;
	const trimmed = text.trim();
	if (trimmed)
		sentences.push({ text: trimmed, start: start + lead, end: start + lead + trimmed.length });
}

export interface UncoveredSentence {
	documentId: string;
	sentence: Sentence;
}

/**
 * Sentences of the given documents that no fact quotes (in whole or in part) and no `untestable`
 * entry lists. Documents without text in `sourceTexts` are skipped.
 */
export function uncoveredSentences(
	file: Pick<FactFile, 'documents' | 'facts' | 'untestable'>,
	sourceTexts: Record<string, string>
): UncoveredSentence[] {
	const quotes = new Map<string, string[]>();
	const add = (documentId: string, quote: string) => {
		const list = quotes.get(documentId);
		if (list) list.push(quote);
		else quotes.set(documentId, [quote]);
	};
	for (const fact of file.facts) add(fact.source.documentId, fact.source.quote);
	for (const entry of file.untestable) add(entry.documentId, entry.quote);

	return file.documents.flatMap(({ id }) => {
		if (!Object.hasOwn(sourceTexts, id)) return [];
		const text = sourceTexts[id];
		if (typeof text !== 'string') return [];
		const cited = quotes.get(id) ?? [];
		return splitSentences(text)
			.filter((sentence) => !cited.some((quote) => sentence.text.includes(quote)))
			.map((sentence) => ({ documentId: id, sentence }));
	});
}
