/**
 * Wrong options for a fact: values of the same type, from the deck's other facts and its
 * distractor-only pool. A candidate is rejected when any fact states it as true for the same
 * subject and relation — the prompt as worded — so no option is also correct.
 */
import type { Fact, FactFile } from '../facts/schema';
import { normalizeValue } from './normalize';

const promptKey = (fact: Fact) =>
	`${normalizeValue(fact.claim.subject)}|${normalizeValue(fact.claim.relation)}`;

export interface DistractorIndex {
	/** Candidates for a fact, in a stable order, each distinct from the others and from the key. */
	candidates(fact: Fact): string[];
}

export function indexDistractors(file: FactFile): DistractorIndex {
	const byType = new Map<string, Map<string, string>>();
	const add = (type: string, value: string) => {
		const values = byType.get(type) ?? new Map<string, string>();
		const key = normalizeValue(value);
		if (!values.has(key)) values.set(key, value);
		byType.set(type, values);
	};
	const trueFor = new Map<string, Set<string>>();
	for (const fact of file.facts) {
		add(fact.claim.type, fact.claim.value);
		const key = promptKey(fact);
		const values = trueFor.get(key) ?? new Set<string>();
		values.add(normalizeValue(fact.claim.value));
		trueFor.set(key, values);
	}
	for (const d of file.distractors) add(d.type, d.value);

	return {
		candidates(fact) {
			const excluded = trueFor.get(promptKey(fact)) ?? new Set<string>();
			const pool = byType.get(fact.claim.type) ?? new Map<string, string>();
			return [...pool].filter(([key]) => !excluded.has(key)).map(([, value]) => value);
		}
	};
}
