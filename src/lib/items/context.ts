/**
 * What every item generator needs to know about a deck, indexed once per `generateItems` call:
 * distractors, which events a wording names, attribution, accepted spellings.
 */
import type { DeckEvent, Fact, FactFile, ValueType } from '../facts/schema';
import { foldAnswer, textForms, type TextForms } from './answer';
import { attribution, type Attribution } from './attribution';
import { indexDistractors, type DistractorIndex } from './distractors';
import { indexEventNaming, type EventNaming } from './event-naming';
import type { ItemSource } from './types';

/**
 * Value types whose values are comparable, so a wrong option of the type is a fair alternative.
 * Free-text concepts ("a thaw", "a bargaining chip") are not: one can be arguably true of another
 * fact's prompt, so concepts never get options (flashcards and typed cloze only).
 */
export const CHOICE_TYPES: ReadonlySet<ValueType> = new Set([
	'count',
	'year',
	'person',
	'role',
	'country',
	'commodity',
	'organization',
	'group'
]);

export interface Context {
	file: FactFile;
	seed: string;
	distractors: DistractorIndex;
	naming: EventNaming;
	attribution: Attribution;
	/** Normalized and answer-key forms of strings, remembered for this run. */
	forms: TextForms;
	events: ReadonlyMap<string, DeckEvent>;
	/** Accepted typed spellings of the fact's value: the value, its aliases, a unique surname. */
	accept(fact: Fact): string[];
	/** Does no other fact state the same (normalized) value? */
	uniqueValue(fact: Fact): boolean;
	/** The parts of an item that depend on its fact only (shared by the fact's items). */
	shared(fact: Fact): Shared;
}

interface Shared {
	factIds: string[];
	topic: string;
	answer: string;
	source: ItemSource;
	sources: ItemSource[];
	note?: string;
}

/** Remembers a per-fact result for the run. */
function perFact<T>(make: (fact: Fact) => T): (fact: Fact) => T {
	const cache = new Map<Fact, T>();
	return (fact) => {
		if (cache.has(fact)) return cache.get(fact) as T;
		const value = make(fact);
		cache.set(fact, value);
		return value;
	};
}

export function context(file: FactFile, seed: string): Context {
	const forms = textForms();
	const { norm, key: answerKey } = forms;
	const lastWord = (value: string) => norm(value).split(' ').pop() ?? '';
	const valueCounts = new Map<string, number>();
	/** Surname key → the distinct people (normalized values) who have it. */
	const surnames = new Map<string, Set<string>>();
	for (const fact of file.facts) {
		const key = norm(fact.claim.value);
		valueCounts.set(key, (valueCounts.get(key) ?? 0) + 1);
		if (fact.claim.type !== 'person') continue;
		const people = surnames.get(answerKey(lastWord(fact.claim.value))) ?? new Set<string>();
		people.add(key);
		surnames.set(answerKey(lastWord(fact.claim.value)), people);
	}
	return {
		file,
		seed,
		distractors: indexDistractors(file, forms),
		naming: indexEventNaming(file.events),
		attribution: attribution(file),
		forms,
		events: new Map(file.events.map((e) => [e.id, e])),
		accept: perFact((fact) => {
			const spellings = [fact.claim.value, ...(fact.aliases ?? [])];
			if (fact.claim.type === 'person') {
				// "Coale" for John Coale, as a teacher would accept it — unless the deck has two Coales.
				const own = norm(fact.claim.value);
				for (const name of [...spellings]) {
					const surname = name.trim().split(/\s+/).pop() ?? '';
					const people = surnames.get(answerKey(surname));
					if (name.trim().includes(' ') && (!people || (people.size === 1 && people.has(own))))
						spellings.push(surname);
				}
			}
			const seen = new Set<string>();
			return spellings.filter((s) => {
				const f = foldAnswer(s);
				if (!f || seen.has(f)) return false;
				seen.add(f);
				return true;
			});
		}),
		uniqueValue: (fact) => valueCounts.get(norm(fact.claim.value)) === 1,
		shared: perFact((fact) => {
			const source: ItemSource = { ...fact.source, factId: fact.id };
			const shared: Shared = {
				factIds: [fact.id],
				topic: fact.topic,
				answer: fact.claim.value,
				source,
				sources: [source]
			};
			if (fact.note) shared.note = fact.note;
			return shared;
		})
	};
}

/** The fields every single-fact item shares; `prompt` is attributed for assessments. */
export function factBase(ctx: Context, fact: Fact, prompt: string) {
	const s = ctx.shared(fact);
	return {
		factIds: s.factIds,
		topic: s.topic,
		prompt: ctx.attribution.prompt(fact, prompt),
		answer: s.answer,
		source: s.source,
		sources: s.sources,
		...(s.note ? { note: s.note } : {})
	};
}

/** The fields an item resting on several facts shares; notes are kept, each with its label. */
export function factsBase(
	facts: readonly { fact: Fact; label: string }[],
	prompt: string,
	answer: string
) {
	const sources: ItemSource[] = facts.map(({ fact }) => ({ ...fact.source, factId: fact.id }));
	const notes = facts
		.filter(({ fact }) => fact.note)
		.map(({ fact, label }) => `${label}: ${fact.note}`);
	return {
		factIds: facts.map(({ fact }) => fact.id),
		topic: facts[0]?.fact.topic ?? '',
		prompt,
		answer,
		source: sources[0] as ItemSource,
		sources,
		...(notes.length ? { note: notes.join(' ') } : {})
	};
}
