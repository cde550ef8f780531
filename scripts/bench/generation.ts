/**
 * Times item generation (facts → flashcards and multiple-choice questions) in Node, for the
 * built-in deck and for a synthetic 5,000-fact deck. Prints one JSON object on stdout; bench.js
 * reads it and compares the medians with the budgets.
 * Run with a TypeScript loader: node --import tsx scripts/bench/generation.ts
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { DECK_SEED } from '../../src/lib/deck';
import { parseFactFile } from '../../src/lib/facts/parse';
import type { FactFile } from '../../src/lib/facts/schema';
import { generateItems } from '../../src/lib/items/generate';
import { oneRelationFactFile, syntheticFactFile } from './synthetic-deck';

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2
		? (sorted[mid] as number)
		: ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Parsed like the app does: the timed input is a well-formed fact file, defaults filled in. */
function validated(input: unknown, name: string): FactFile {
	const parsed = parseFactFile(input);
	if (!parsed.ok)
		throw new Error(`${name} fact file is invalid: ${JSON.stringify(parsed.problems.slice(0, 5))}`);
	return parsed.file;
}

function time(file: FactFile, warmups: number, runs: number) {
	let items = generateItems(file, DECK_SEED);
	for (let i = 0; i < warmups; i++) items = generateItems(file, DECK_SEED);
	const ms: number[] = [];
	for (let i = 0; i < runs; i++) {
		const start = performance.now();
		items = generateItems(file, DECK_SEED);
		ms.push(performance.now() - start);
	}
	return {
		facts: file.facts.length,
		distractors: file.distractors.length,
		items: items.length,
		mcqs: items.filter((item) => item.kind === 'mcq').length,
		runs,
		medianMs: median(ms),
		minMs: Math.min(...ms),
		maxMs: Math.max(...ms)
	};
}

const builtinJson = JSON.parse(
	readFileSync(new URL('../../src/content/facts.json', import.meta.url), 'utf8')
);
const builtin = validated(builtinJson, 'Built-in');
const synthetic = validated(syntheticFactFile(), 'Synthetic');
const oneRelation = validated(oneRelationFactFile(), 'One-relation');

console.log(
	JSON.stringify({
		builtin: time(builtin, 10, 50),
		synthetic: time(synthetic, 1, 5),
		oneRelation: time(oneRelation, 1, 3)
	})
);
