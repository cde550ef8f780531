import type { FactFile } from './schema';

/** Each fact's id and value: what a learner recalls of a deck (see items/changed.ts). */
export const factValues = (file: FactFile): [string, string][] =>
	file.facts.map((fact) => [fact.id, fact.claim.value]);
