/**
 * Turns untrusted JSON into a deck: schema first, then the rules a schema cannot express
 * (unique ids, references that resolve, quotes that are verbatim in their document, retired ids
 * that stay retired).
 *
 * The input may be hostile (a teacher's file, or anything pasted). So this never throws, and its
 * work grows with the input's size only: lists longer than the format allows are refused before
 * anything else is read, at most MAX_PROBLEMS problems are listed, and every message quotes at
 * most a short piece of the input. Every problem has a path and a reason in plain English.
 */
import * as v from 'valibot';
import { FactFileSchema, type FactFile } from './schema';
import { listLimitProblems, ROOT_PATH, schemaProblems } from './schema-problems';
import { occursIn } from './verbatim';

export interface FactFileProblem {
	/** Dotted path into the JSON, e.g. "facts.3.source.quote"; "(root)" for the file itself. */
	path: string;
	message: string;
}

export type ParseResult = { ok: true; file: FactFile } | { ok: false; problems: FactFileProblem[] };

/** Most problems listed; a file with more gets the first ones and a last one saying so. */
export const MAX_PROBLEMS = 200;

/**
 * @param input parsed JSON of a fact file
 * @param sourceTexts document id → full text; when a document's text is given, every quote citing
 *   it (facts and `untestable` entries) must occur in it verbatim
 */
export function parseFactFile(
	input: unknown,
	sourceTexts: Record<string, string> = {}
): ParseResult {
	try {
		const tooLong = listLimitProblems(input);
		if (tooLong.length) return failure(tooLong);
		// A valid file is parsed once; only a failing one is read again, to say why.
		const parsed = v.safeParse(FactFileSchema, input, { abortEarly: true });
		if (!parsed.success) {
			const problems = schemaProblems(input, MAX_PROBLEMS + 1);
			return failure(
				problems.length
					? problems
					: [{ path: ROOT_PATH, message: 'does not match the fact-file format' }]
			);
		}
		const problems = crossCheck(parsed.output, sourceTexts);
		return problems.length ? failure(problems) : { ok: true, file: parsed.output };
	} catch {
		// Only an input that is not plain JSON data (a getter that throws, a revoked proxy) gets here.
		return failure([{ path: ROOT_PATH, message: 'could not be read: it is not plain JSON data' }]);
	}
}

function failure(problems: FactFileProblem[]): ParseResult {
	if (problems.length <= MAX_PROBLEMS) return { ok: false, problems };
	return {
		ok: false,
		problems: [
			...problems.slice(0, MAX_PROBLEMS - 1),
			{
				path: ROOT_PATH,
				message: `has more problems than these ${MAX_PROBLEMS - 1}: fix these and check again`
			}
		]
	};
}

function crossCheck(file: FactFile, sourceTexts: Record<string, string>): FactFileProblem[] {
	const problems: FactFileProblem[] = [];
	const uniqueIds = (list: { id: string }[], name: string) => {
		const seen = new Map<string, number>();
		list.forEach((entry, i) => {
			const first = seen.get(entry.id);
			if (first !== undefined)
				problems.push({
					path: `${name}.${i}.id`,
					message: `duplicate id "${entry.id}" (also at ${name}.${first})`
				});
			else seen.set(entry.id, i);
		});
		return seen;
	};
	const documents = uniqueIds(file.documents, 'documents');
	// Each document is its own text: two naming one file would be one document shown twice.
	const files = new Map<string, number>();
	file.documents.forEach((doc, i) => {
		const first = files.get(doc.file);
		if (first !== undefined)
			problems.push({
				path: `documents.${i}.file`,
				message: `the file "${doc.file}" is already documents.${first}'s; each document has its own`
			});
		else files.set(doc.file, i);
	});
	const events = uniqueIds(file.events, 'events');
	const topics = uniqueIds(file.topics, 'topics');
	const facts = uniqueIds(file.facts, 'facts');
	const retired = uniqueIds(file.retired, 'retired');

	/** Text of a document, when given; an own, string property only (ids like "constructor"). */
	const textOf = (documentId: string) => {
		const text = Object.hasOwn(sourceTexts, documentId) ? sourceTexts[documentId] : undefined;
		return typeof text === 'string' ? text : undefined;
	};
	// Every quote is looked up in one pass over its document, then reported in file order.
	const cited = [...file.facts.map((fact) => fact.source), ...file.untestable];
	const verbatim = quotesFound(cited, textOf);
	const checkQuote = (at: string, source: { documentId: string; quote: string }, k: number) => {
		if (!documents.has(source.documentId))
			problems.push({
				path: `${at}.documentId`,
				message: `unknown document "${source.documentId}": no entry of "documents" has this id`
			});
		else if (verbatim[k] === false)
			problems.push({
				path: `${at}.quote`,
				message: `quote is not verbatim in document "${source.documentId}"`
			});
	};

	file.events.forEach((event, i) => {
		if (!documents.has(event.documentId))
			problems.push({
				path: `events.${i}.documentId`,
				message: `unknown document "${event.documentId}": no entry of "documents" has this id`
			});
	});
	file.facts.forEach((fact, i) => {
		const at = `facts.${i}`;
		if (!topics.has(fact.topic))
			problems.push({
				path: `${at}.topic`,
				message: `unknown topic "${fact.topic}": no entry of "topics" has this id`
			});
		if (fact.event !== null && !events.has(fact.event))
			problems.push({
				path: `${at}.event`,
				message: `unknown event "${fact.event}": no entry of "events" has this id`
			});
		checkQuote(`${at}.source`, fact.source, i);
	});
	file.untestable.forEach((entry, i) =>
		checkQuote(`untestable.${i}`, entry, file.facts.length + i)
	);
	for (const [id, i] of retired) {
		const live = facts.get(id);
		if (live !== undefined)
			problems.push({
				path: `retired.${i}.id`,
				message: `"${id}" is retired but is also the id of facts.${live}; a retired id is never reused`
			});
	}
	return problems;
}

/** For each quote: whether it is verbatim in its document's text; undefined when no text. */
function quotesFound(
	cited: readonly { documentId: string; quote: string }[],
	textOf: (documentId: string) => string | undefined
): (boolean | undefined)[] {
	const byDocument = new Map<string, number[]>();
	cited.forEach(({ documentId }, k) => {
		const indexes = byDocument.get(documentId);
		if (indexes) indexes.push(k);
		else byDocument.set(documentId, [k]);
	});
	const found: (boolean | undefined)[] = cited.map(() => undefined);
	for (const [documentId, indexes] of byDocument) {
		const text = textOf(documentId);
		if (text === undefined) continue;
		const results = occursIn(
			text,
			indexes.map((k) => cited[k]!.quote)
		);
		indexes.forEach((k, j) => (found[k] = results[j]));
	}
	return found;
}
