/**
 * A teacher's fact file (and optional source texts) → a deck ready to store, or every problem
 * with where it is and why. Nothing here throws on bad input and nothing is stored: the caller
 * stores the deck only when the result is ok, so a file that fails changes nothing.
 *
 * Checks, in order: size (2 MB per file, before reading), JSON syntax, the fact-file schema and
 * cross-checks (`parseFactFile`, quotes against the texts given), then rules of this app: the
 * built-in deck's id is taken, and text is plain text (no HTML markup).
 */
import { appRuleProblems } from '$lib/facts/app-rules';
import { parseFactFile, type FactFileProblem } from '$lib/facts/parse';
import type { FactFile } from '$lib/facts/schema';
import { ROOT_PATH } from '$lib/facts/schema-problems';
import { plainRecord } from '$lib/storage/decks';

export const MAX_FILE_BYTES = 2 * 1024 * 1024;
/** Where a problem of the file as a whole is reported (as the parser does). */
export const FILE_PATH = ROOT_PATH;
export const sourcePath = (name: string) => `(source text "${name}")`;

export interface ImportProblem extends FactFileProblem {
	/** What the path points at, for people: e.g. `fact "r52-count"`. */
	context?: string;
}

/** A file as the browser gives it (`File`), or pasted text. */
export interface TextInput {
	name: string;
	size: number;
	text(): Promise<string>;
}

export interface ImportOptions {
	/** The built-in deck's id, which an imported deck may not take. */
	reservedId: string;
	/** Text of a document the app ships, by file name: used when the teacher gives none. */
	knownText?: (file: string) => string | undefined;
	/** The version of a deck already stored on this device, by deck id. */
	storedVersion?: (deckId: string) => number | undefined;
}

export interface DocumentCheck {
	id: string;
	title: string;
	file: string;
	/** Where the text that checked its quotes came from; none: quotes unchecked. */
	checkedWith: 'supplied' | 'built-in' | 'none';
}

export type ImportResult =
	| {
			ok: true;
			file: FactFile;
			/** Document id → the text its quotes were checked against. */
			sources: Record<string, string>;
			documents: DocumentCheck[];
			/** Source texts that match no document's `file` (not used). */
			unusedTexts: string[];
	  }
	| { ok: false; problems: ImportProblem[] };

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const stripBom = (text: string) => text.replace(/^\uFEFF/, '');

/** Pasted text as a file: its size is its UTF-8 length. */
export function pasted(text: string): TextInput {
	return { name: 'pasted text', size: new Blob([text]).size, text: async () => text };
}

/** Reads the files (refusing big ones unread), then checks them. */
export async function readImport(
	factFile: TextInput,
	sourceFiles: readonly TextInput[],
	options: ImportOptions
): Promise<ImportResult> {
	const problems: ImportProblem[] = [];
	const tooBig = (input: TextInput, path: string) => {
		if (input.size <= MAX_FILE_BYTES) return false;
		problems.push({
			path,
			message: `is ${megabytes(input.size)}; files over ${megabytes(MAX_FILE_BYTES)} are refused`
		});
		return true;
	};
	const texts: { name: string; text: string }[] = [];
	for (const input of sourceFiles) {
		const path = sourcePath(input.name);
		if (!/\.txt$/i.test(input.name))
			problems.push({ path, message: 'is not a .txt file; source texts are plain text' });
		else if (!tooBig(input, path)) texts.push({ name: input.name, text: await readText(input) });
	}
	if (tooBig(factFile, FILE_PATH)) return { ok: false, problems };
	const json = await readText(factFile);
	if (problems.length) return { ok: false, problems };
	return checkImport(json, texts, options);
}

async function readText(input: TextInput): Promise<string> {
	return stripBom(await input.text());
}

/** Checks the text of a fact file against the given source texts. Pure. */
export function checkImport(
	json: string,
	texts: readonly { name: string; text: string }[],
	{ reservedId, knownText = () => undefined, storedVersion = () => undefined }: ImportOptions
): ImportResult {
	let input: unknown;
	try {
		input = JSON.parse(stripBom(json));
	} catch (error) {
		const reason = error instanceof Error ? error.message : String(error);
		return { ok: false, problems: [{ path: FILE_PATH, message: `is not valid JSON: ${reason}` }] };
	}

	// Map each document to a text by its file name, before validation (the schema checks the rest).
	const byName = new Map(texts.map((t) => [t.name, t.text]));
	const used = new Set<string>();
	const sources: [string, string][] = [];
	for (const doc of rawList(input, 'documents')) {
		if (typeof doc !== 'object' || doc === null) continue;
		const { id, file } = doc as Record<string, unknown>;
		if (typeof id !== 'string' || typeof file !== 'string') continue;
		const text = byName.get(file) ?? knownText(file);
		if (text === undefined) continue;
		if (byName.has(file)) used.add(file);
		sources.push([id, text]);
	}
	const sourceTexts = plainRecord(sources);

	let parsed;
	try {
		parsed = parseFactFile(input, sourceTexts);
	} catch {
		// parseFactFile promises not to throw; if it ever does, the file still changes nothing.
		return {
			ok: false,
			problems: [{ path: FILE_PATH, message: 'could not be checked: it is not a valid fact file' }]
		};
	}
	if (!parsed.ok)
		return { ok: false, problems: parsed.problems.map((p) => explain(p, input, sourceTexts)) };

	const file = parsed.file;
	const problems = appRuleProblems(file, reservedId);
	// An older version would take the place of a newer one, and reset what was learnt since of
	// the answers it gives otherwise.
	const stored = storedVersion(file.deck.id);
	if (stored !== undefined && stored > file.deck.version)
		problems.push({
			path: 'deck.version',
			message: `is ${file.deck.version}, but version ${stored} of this deck is already on this device; a new version needs a higher number`
		});
	if (problems.length) return { ok: false, problems: problems.map((p) => explain(p, input)) };

	return {
		ok: true,
		file,
		sources: sourceTexts,
		documents: file.documents.map((doc) => ({
			id: doc.id,
			title: doc.title,
			file: doc.file,
			checkedWith: byName.has(doc.file)
				? 'supplied'
				: sourceTexts[doc.id] !== undefined
					? 'built-in'
					: 'none'
		})),
		unusedTexts: texts.map((t) => t.name).filter((name) => !used.has(name))
	};
}

function rawList(input: unknown, key: string): unknown[] {
	if (typeof input !== 'object' || input === null || !Object.hasOwn(input, key)) return [];
	const list = (input as Record<string, unknown>)[key];
	return Array.isArray(list) ? list : [];
}

/** What a path points at, for people, and a hint for a quote that nearly matches. */
function explain(
	problem: FactFileProblem,
	input: unknown,
	sourceTexts?: Record<string, string>
): ImportProblem {
	let message = problem.message;
	const at = /^(facts|documents|events|topics|untestable)\.(\d+)(\.|$)/.exec(problem.path);
	let context: string | undefined;
	if (at) {
		const found = rawList(input, at[1] as string)[Number(at[2])];
		const entry =
			typeof found === 'object' && found !== null ? (found as Record<string, unknown>) : undefined;
		const id = entry && Object.hasOwn(entry, 'id') ? entry.id : undefined;
		if (typeof id === 'string' && id.length <= 64)
			context = `${(at[1] as string).slice(0, -1)} "${id}"`;
		const cited = entry && at[1] === 'facts' ? entry.source : entry;
		if (/\.quote$/.test(problem.path) && sourceTexts && typeof cited === 'object' && cited) {
			const { quote, documentId } = cited as Record<string, unknown>;
			if (typeof quote === 'string' && typeof documentId === 'string')
				message += nearMiss(documentId, quote, sourceTexts);
		}
	}
	return { path: problem.path, message, ...(context ? { context } : {}) };
}

/** A quote that only differs in spacing or quotation marks is a common slip: say so. */
function nearMiss(documentId: string, quote: string, sourceTexts: Record<string, string>): string {
	const text = Object.hasOwn(sourceTexts, documentId) ? sourceTexts[documentId] : undefined;
	if (text === undefined) return '';
	const loose = (s: string) =>
		s
			.replace(/[\u2018\u2019\u201A\u201B]/g, "'")
			.replace(/[\u201C\u201D\u201E\u201F]/g, '"')
			.replace(/[\u2013\u2014]/g, '-')
			.replace(/\s+/g, ' ')
			.trim();
	return loose(text).includes(loose(quote))
		? ' (it matches when spaces, dashes and quotation marks are ignored: copy the sentence exactly)'
		: '';
}
