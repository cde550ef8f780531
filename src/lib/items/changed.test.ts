import { expect, it } from 'vitest';
import { builtinFactFile } from '../builtin-facts';
import { DECK_SEED } from '../deck-seed';
import type { Fact, FactFile } from '../facts/schema';
import { factValues } from '../facts/values';
import { changedItems } from './changed';
import { generateItems } from './generate';

const edited = (edit: (fact: Fact) => Fact): FactFile => ({
	...builtinFactFile,
	facts: builtinFactFile.facts.map(edit)
});
const changedBy = (file: FactFile) =>
	changedItems(factValues(builtinFactFile), file, generateItems(file, DECK_SEED));

it('a new version that corrects an answer changes the questions on that fact, and only those', () => {
	const corrected = edited((f) =>
		f.id === 'independence-year'
			? {
					...f,
					claim: { ...f.claim, value: '1990' },
					source: { ...f.source, quote: f.source.quote.replace('1991', '1990') }
				}
			: f
	);
	const changed = changedBy(corrected);
	expect(changed).toEqual(
		expect.arrayContaining(['independence-year:flashcard', 'independence-year:mcq'])
	);
	expect(changed.filter((id) => !id.startsWith('independence-year:'))).toEqual([
		expect.stringMatching(/^dated-facts:timeline:/) // 1990 → 1994 → 2020
	]);
	// Other years' questions may now offer 1990 among their wrong options, and other statements
	// come out true or false otherwise: none of that is something to learn again.
	expect(changed.some((id) => id.startsWith('lukashenko-since:'))).toBe(false);
});

it('rewording, notes and labels change nothing to recall; the same file changes nothing', () => {
	const reworded = edited((f) =>
		f.id === 'lukashenko-since'
			? { ...f, question: 'Since which year has Alexander Lukashenko held power?', label: 'Rule' }
			: f.id === 'sanctions-reason-russia'
				? { ...f, note: 'A note a teacher added.' }
				: f
	);
	expect(changedBy(reworded)).toEqual([]);
	expect(changedBy(builtinFactFile)).toEqual([]);
});
