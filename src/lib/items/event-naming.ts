/**
 * Does a question name its event? The two releases share their relations ("number of political
 * prisoners released" is 52 for one and 123 for the other), so a wrong option that is true of the
 * other release is fair only when the question says which release it asks about.
 *
 * An event is named by what sets its name apart from every other event's name: its number
 * ("123"), or two of its distinctive words ("appeal", "Trump"; "potash", "sanctions"), or its only
 * one. A text that names two events names neither unambiguously.
 */
import type { DeckEvent } from '../facts/schema';
import { normalizeValue } from './normalize';

const STOPWORDS = new Set(
	(
		'a an the of in on for to from after before by with and or at as into about than its their ' +
		'his her this that these those was were is are be been it they he she which who what how'
	).split(' ')
);

/** Plural and singular alike: "sanctions" names what "sanction" names. */
const stem = (word: string) =>
	word.length > 3 && word.endsWith('s') && !/\d/.test(word) ? word.slice(0, -1) : word;

/** The words of a text that can carry meaning, normalized and stemmed. */
export function contentWords(text: string): string[] {
	return normalizeValue(text)
		.split(' ')
		.filter((w) => w && !STOPWORDS.has(w))
		.map(stem);
}

export interface EventNaming {
	/** The ids of the events a text names, in the order of the fact file. */
	named(text: string): string[];
	/** True when `text` names event `eventId` and no other event. */
	names(text: string, eventId: string | null): boolean;
}

export function indexEventNaming(
	events: readonly { id: DeckEvent['id']; name: string }[]
): EventNaming {
	const words = events.map((e) => new Set(contentWords(e.name)));
	const owners = new Map<string, number>();
	for (const set of words) for (const w of set) owners.set(w, (owners.get(w) ?? 0) + 1);
	/** Distinctive word → the one event whose name has it, and whether it is a number. */
	const marks = new Map<string, { event: number; number: boolean }>();
	const needed = words.map((set, i) => {
		let details = 0;
		for (const w of set) {
			if (owners.get(w) !== 1) continue;
			const number = /^\d+$/.test(w);
			marks.set(w, { event: i, number });
			if (!number) details++;
		}
		return Math.min(2, details);
	});

	// One pattern for every mark (a word, or its plural), so a plain-ASCII text is searched in one
	// pass without being split into words; other texts are normalized and split.
	const alternatives = [...marks.keys()]
		.sort((a, b) => b.length - a.length)
		.map((m) => (/^\d+$/.test(m) || m.length < 3 ? m : `${m}s?`));
	const ascii = [...marks.keys()].every((m) => /^[a-z0-9]+$/.test(m));
	const pattern =
		ascii && alternatives.length
			? new RegExp(`(?<![a-z0-9])(?:${alternatives.join('|')})(?![a-z0-9])`, 'g')
			: undefined;
	const marksIn = (text: string): string[] => {
		if (pattern && /^[\x20-\x7e]*$/.test(text)) {
			const found: string[] = [];
			for (const m of text.toLowerCase().matchAll(pattern)) found.push(stem(m[0]));
			return found;
		}
		return normalizeValue(text).split(' ').map(stem);
	};

	const named = (text: string): string[] => {
		let hits: Map<number, { number: boolean; details: number }> | undefined;
		let counted: Set<string> | undefined;
		for (const w of marksIn(text)) {
			const mark = marks.get(w);
			if (!mark || counted?.has(w)) continue;
			(counted ??= new Set()).add(w);
			hits ??= new Map();
			const hit = hits.get(mark.event) ?? { number: false, details: 0 };
			if (mark.number) hit.number = true;
			else hit.details++;
			hits.set(mark.event, hit);
		}
		if (!hits) return [];
		return [...hits]
			.filter(([i, hit]) => hit.number || ((needed[i] ?? 0) > 0 && hit.details >= (needed[i] ?? 0)))
			.sort(([a], [b]) => a - b)
			.map(([i]) => events[i]?.id ?? '');
	};
	const ids = new Set(events.map((e) => e.id));

	return {
		named,
		names(text, eventId) {
			if (eventId === null || !ids.has(eventId)) return false;
			const found = named(text);
			return found.length === 1 && found[0] === eventId;
		}
	};
}
