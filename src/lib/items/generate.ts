/**
 * facts + seed → items. Pure and deterministic: the same fact file and seed give the same items,
 * byte for byte.
 *
 * Per fact, in deck order: a flashcard; a reverse flashcard where the value is unique; a
 * multiple-choice question where three fair wrong options exist; a true/false statement and a
 * cloze where the fact's sentence allows. Then the items resting on several facts: matching and
 * timelines. Each kind has its own module; this one only puts them in order.
 *
 * Ids: `<factId>:<kind>` for single-fact items, `<set>:<kind>:<hash of the sorted fact ids>` for
 * the others, so progress (keyed by item id) survives regeneration.
 */
import type { FactFile } from '../facts/schema';
import { clozeDraft, clozes, type ClozeDraft } from './cloze';
import { context } from './context';
import { flashcard, reverseFlashcard } from './flashcard';
import { matchingItems } from './matching';
import { multipleChoiceDraft, multipleChoices, type McqDraft } from './mcq';
import { sentenceOf } from './sentence';
import { timelineItems } from './timeline';
import { trueFalseDraft, trueFalseItems, type TrueFalseDraft } from './truefalse';
import type { Flashcard, Item } from './types';

export { CHOICE_TYPES } from './context';
export { OPTION_COUNT } from './mcq';

export function generateItems(file: FactFile, seed: string): Item[] {
	const ctx = context(file, seed);
	const cards: Flashcard[] = [];
	const reverses: (Flashcard | undefined)[] = [];
	const mcqDrafts: McqDraft[] = [];
	const tfDrafts: TrueFalseDraft[] = [];
	const clozeDrafts: ClozeDraft[] = [];
	/** Two facts with the same value in the same sentence would give the same item twice. */
	const tfSlots = new Map<string, Set<number>>();
	const clozeSlots = new Map<string, Set<number>>();
	/** Claims the slot at `at` of the sentence; false if an earlier fact has it. */
	const fresh = (slots: Map<string, Set<number>>, quote: string, at: number) => {
		const taken = slots.get(quote) ?? new Set<number>();
		slots.set(quote, taken);
		if (taken.has(at)) return false;
		taken.add(at);
		return true;
	};
	for (const fact of file.facts) {
		cards.push(flashcard(ctx, fact));
		reverses.push(reverseFlashcard(ctx, fact));
		const mcq = multipleChoiceDraft(ctx, fact);
		if (mcq) mcqDrafts.push(mcq);
		const sentence = sentenceOf(ctx, fact);
		const tf = trueFalseDraft(ctx, fact, sentence);
		const cloze = clozeDraft(ctx, fact, sentence);
		if (tf && fresh(tfSlots, fact.source.quote, tf.slot.before.length)) tfDrafts.push(tf);
		if (cloze && fresh(clozeSlots, fact.source.quote, cloze.item.before.length))
			clozeDrafts.push(cloze);
	}

	// Interleave by fact, in deck order: every item of a fact sits together.
	const byFact = new Map<string, Item[]>(file.facts.map((f) => [f.id, []]));
	const put = (item: Item) => byFact.get(item.factIds[0] as string)?.push(item);
	cards.forEach((card, i) => {
		put(card);
		const reverse = reverses[i];
		if (reverse) put(reverse);
	});
	for (const item of multipleChoices(mcqDrafts, seed)) put(item);
	for (const item of trueFalseItems(ctx, tfDrafts)) put(item);
	for (const item of clozes(clozeDrafts, seed)) put(item);
	return [...[...byFact.values()].flat(), ...matchingItems(ctx), ...timelineItems(ctx)];
}
