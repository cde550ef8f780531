/**
 * Turns untrusted JSON into a deck: schema first, then the rules a schema cannot express
 * (unique ids, references that resolve, quotes that are verbatim in their document).
 * Never throws on bad input: every problem comes back with a path and a reason.
 */
import * as v from 'valibot';
import { FactFileSchema, type FactFile } from './schema';

export interface FactFileProblem {
	/** Dotted path into the JSON, e.g. "facts.3.source.quote". */
	path: string;
	message: string;
}

export type ParseResult = { ok: true; file: FactFile } | { ok: false; problems: FactFileProblem[] };

/**
 * @param input parsed JSON of a fact file
 * @param sourceTexts document id → full text; when a document's text is given, every quote citing
 *   it must occur in it verbatim
 */
export function parseFactFile(
	input: unknown,
	sourceTexts: Record<string, string> = {}
): ParseResult {
	const parsed = v.safeParse(FactFileSchema, input);
	if (!parsed.success) {
		return {
			ok: false,
			problems: parsed.issues.map((issue) => ({
				path: v.getDotPath(issue) ?? '(root)',
				message: issue.message
			}))
		};
	}
	const file = parsed.output;
	const problems = crossCheck(file, sourceTexts);
	return problems.length ? { ok: false, problems } : { ok: true, file };
}

function crossCheck(file: FactFile, sourceTexts: Record<string, string>): FactFileProblem[] {
	const problems: FactFileProblem[] = [];
	const uniqueIds = (list: { id: string }[], name: string) => {
		const seen = new Set<string>();
		list.forEach((entry, i) => {
			if (seen.has(entry.id))
				problems.push({ path: `${name}.${i}.id`, message: `duplicate id "${entry.id}"` });
			seen.add(entry.id);
		});
		return seen;
	};
	const documents = uniqueIds(file.documents, 'documents');
	const events = uniqueIds(file.events, 'events');
	const topics = uniqueIds(file.topics, 'topics');
	uniqueIds(file.facts, 'facts');

	file.events.forEach((event, i) => {
		if (!documents.has(event.documentId))
			problems.push({
				path: `events.${i}.documentId`,
				message: `unknown document "${event.documentId}"`
			});
	});
	file.facts.forEach((fact, i) => {
		const at = `facts.${i}`;
		if (!topics.has(fact.topic))
			problems.push({ path: `${at}.topic`, message: `unknown topic "${fact.topic}"` });
		if (fact.event !== null && !events.has(fact.event))
			problems.push({ path: `${at}.event`, message: `unknown event "${fact.event}"` });
		if (!documents.has(fact.source.documentId)) {
			problems.push({
				path: `${at}.source.documentId`,
				message: `unknown document "${fact.source.documentId}"`
			});
			return;
		}
		const text = sourceTexts[fact.source.documentId];
		if (text !== undefined && !text.includes(fact.source.quote))
			problems.push({
				path: `${at}.source.quote`,
				message: `quote is not verbatim in document "${fact.source.documentId}"`
			});
	});
	return problems;
}
