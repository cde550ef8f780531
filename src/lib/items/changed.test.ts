import { expect, it } from 'vitest';
import { builtinFactFile } from '../builtin-facts';
import { DECK_SEED } from '../deck-seed';
import type { Fact, FactFile } from '../facts/schema';
import { changedItems } from './changed';
import { generateItems } from './generate';

const edited = (edit: (fact: Fact) => Fact): FactFile => ({
	...builtinFactFile,
	facts: builtinFactFile.facts.map(edit)
});

it('a new version that corrects an answer changes that fact’s questions, and only those', () => {
	const before = generateItems(builtinFactFile, DECK_SEED);
	const corrected = edited((f) =>
		f.id === 'independence-year'
			? {
					...f,
					claim: { ...f.claim, value: '1990' },
					source: { ...f.source, quote: f.source.quote.replace('1991', '1990') }
				}
			: f.id === 'lukashenko-since'
				? { ...f, question: 'Since which year has Alexander Lukashenko held power?' } // reworded only
				: f
	);
	const after = generateItems(corrected, DECK_SEED);
	const changed = changedItems(before, after);
	expect(changed.length).toBeGreaterThan(1);
	expect(changed.filter((id) => !id.startsWith('independence-year:'))).toEqual([
		expect.stringMatching(/^dated-facts:timeline:/) // 1990 → 1994 → 2020
	]);
	expect(changed).toContain('independence-year:flashcard');
	expect(changed).toContain('independence-year:mcq');
	// Other years' questions now offer 1990 where they offered another year: not a change to learn.
	expect(changed.some((id) => id.startsWith('lukashenko-since:'))).toBe(false);
	// The same version: nothing changed.
	expect(changedItems(before, generateItems(builtinFactFile, DECK_SEED))).toEqual([]);
	// An item only in one version is new or gone, not changed.
	expect(changedItems(before.slice(1), after.slice(0, 1))).toEqual([]);
});
