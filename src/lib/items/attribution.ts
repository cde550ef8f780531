/**
 * Assessments — what someone thinks, forecasts or claims — are taught only as what the document
 * says: every prompt built from one starts "According to …", and a statement quoting one says
 * whose view it is. Reported facts are left as they are.
 */
import type { Fact, FactFile } from '../facts/schema';
import { normalizeValue } from './normalize';

const ACCORDING = /^according to\b/i;

/** Words that open a sentence without being names, whether or not the deck has them in lower case. */
const SENTENCE_WORDS = new Set(
	(
		'a an the this that these those their its his her they it he she we our there here in on at ' +
		'as by for from with without after before while although though since because despite among ' +
		'however historically notably moreover meanwhile still yet also many some most several ' +
		'both each every all such what which who how why when where whether if'
	).split(' ')
);
export interface Attribution {
	/** The prompt, prefixed "According to …, " for an assessment that does not already say so. */
	prompt(fact: Fact, text: string): string;
	/** A sentence from the fact's document (its quote, or a variant), with whose view it is. */
	statement(fact: Fact, sentence: string): string;
	/**
	 * "the document on the release of 52 …" for the fact's document, named by the first of its
	 * title and other titles that says none of `avoid` (the answers a question asks for: a title
	 * with the number asked for would give it away); undefined when each of them says one.
	 */
	documentPhrase(fact: Fact, avoid?: readonly string[]): string | undefined;
	/** The text with its first letter in lower case, unless its first word is a name ("Belarus"). */
	lowerFirst(text: string): string;
}

export function attribution(file: FactFile): Attribution {
	/**
	 * Does the deck write this (lower-case) word in lower case somewhere? Then a capital on it is
	 * only sentence case. Looked up word by word, on demand: few distinct words open a sentence.
	 */
	let texts: string[] | undefined;
	const seenLower = new Map<string, boolean>();
	const writtenLower = (word: string) => {
		if (SENTENCE_WORDS.has(word)) return true;
		let known = seenLower.get(word);
		if (known !== undefined) return known;
		texts ??= [
			...file.facts.flatMap((f) => [f.source.quote, f.question]),
			...file.documents.map((d) => d.title),
			...file.events.map((e) => e.name)
		];
		known = texts.some((text) => {
			for (let i = text.indexOf(word); i !== -1; i = text.indexOf(word, i + 1))
				if (!/\p{L}/u.test(text[i - 1] ?? '') && !/\p{L}/u.test(text[i + word.length] ?? ''))
					return true;
			return false;
		});
		seenLower.set(word, known);
		return known;
	};

	const lowerFirst = (text: string) => {
		const word = /^\p{L}[\p{L}’'-]*/u.exec(text)?.[0];
		if (!word || word.length < 1) return text;
		const lower = word.toLowerCase();
		// "US", "EU", "U.S.": acronyms keep their capitals.
		if (word.length > 1 && word === word.toUpperCase()) return text;
		return writtenLower(lower) ? lower + text.slice(word.length) : text;
	};

	const documents = new Map(file.documents.map((d) => [d.id, d]));
	const says = (text: string, value: string) => {
		const words = normalizeValue(value);
		return words !== '' && ` ${normalizeValue(text)} `.includes(` ${words} `);
	};
	const documentPhrase = (fact: Fact, avoid: readonly string[] = []) => {
		const document = documents.get(fact.source.documentId);
		if (!document) return 'the document';
		const title = [document.title, ...(document.altTitles ?? [])].find(
			(t) => !avoid.some((value) => says(t, value))
		);
		if (title === undefined) return undefined;
		return /^the\b/i.test(title)
			? `the document on ${lowerFirst(title)}`
			: `the document “${title}”`;
	};

	/**
	 * "According to …, " for an assessment whose sentence does not say whose view it is
	 * ("According to international leaders, many …"). The document itself is named by the
	 * question's prompt, for every statement and every sentence with a blank.
	 */
	const statementPrefix = (fact: Fact, sentence: string) => {
		if (fact.status.kind !== 'assessment') return '';
		const by = normalizeValue(fact.status.by);
		const saysWho =
			by === '' ||
			by.startsWith('the document') ||
			` ${normalizeValue(sentence)} `.includes(` ${by} `);
		return saysWho ? '' : `According to ${fact.status.by}, `;
	};

	return {
		prompt(fact, text) {
			if (fact.status.kind !== 'assessment' || ACCORDING.test(text.trim())) return text;
			// A question asks what the document says: the document is the authority to name,
			// by a title that does not give the answer away (or plainly, if each one would).
			const phrase = documentPhrase(fact, [fact.claim.value]) ?? 'the document';
			return `According to ${phrase}, ${lowerFirst(text)}`;
		},
		statement(fact, sentence) {
			if (fact.status.kind !== 'assessment' || ACCORDING.test(sentence.trim())) return sentence;
			const prefix = statementPrefix(fact, sentence);
			return prefix ? prefix + lowerFirst(sentence) : sentence;
		},
		documentPhrase,
		lowerFirst
	};
}
