/**
 * True or false: the fact's own sentence, either as it stands (true) or with the fact's value
 * swapped for a wrong value of the same type that passes the multiple-choice rules (false): a
 * wrong year, the other release's number, the wrong country. Never a sentence negated with "not".
 *
 * Only for sentences that allow it (sentence.ts). Truth is balanced over the deck, and no sentence
 * is asked twice as true.
 *
 * Never for a member of a list ("Among the 52 political prisoners released were journalists,
 * dissidents, and an EU staff member"): the list may not be complete, so a swapped member
 * ("judges") is not provably false, only unsaid; and a statement that could only ever be true
 * would teach the learner that list statements are true.
 */
import type { Fact, ValueType } from '../facts/schema';
import { balancedSlots } from './balance';
import { CHOICE_TYPES, factBase, type Context } from './context';
import type { Sentence } from './sentence';
import { itemId, type TrueFalse } from './types';
import { replaceSlot, type Slot } from './wording';

/** Value types that name a member of a list the document may not give in full. */
const OPEN_LIST_TYPES: ReadonlySet<ValueType> = new Set(['group']);

export interface TrueFalseDraft {
	fact: Fact;
	id: string;
	slot: Slot;
	/** The value a false statement puts in the slot. */
	wrong: string;
	/** The question, naming the document by a title that says neither value. */
	prompt: string;
}

export function trueFalseDraft(
	ctx: Context,
	fact: Fact,
	sentence: Sentence | undefined
): TrueFalseDraft | undefined {
	if (!sentence || !CHOICE_TYPES.has(fact.claim.type) || OPEN_LIST_TYPES.has(fact.claim.type))
		return undefined;
	// The other release's number, if it is fair here, makes the best false statement.
	const wrong = sentence.wrong.find((v) => ctx.distractors.isTrap(fact, v)) ?? sentence.wrong[0];
	if (wrong === undefined) return undefined;
	// The document is named (the statement is judged by what it says), but not by a title that
	// says either value: "the document on the release of 123 …" would settle "… of 52 …".
	const document = ctx.attribution.documentPhrase(fact, [...ctx.accept(fact), wrong]);
	if (document === undefined) return undefined;
	const prompt = `According to ${document}, is this true or false?`;
	return { fact, id: itemId(fact.id, 'truefalse'), slot: sentence.slot, wrong, prompt };
}

/**
 * The deck's statements. Truth follows a balanced seeded sequence; a statement that would repeat
 * a sentence already asked as true is made false instead, and the next one that can be true
 * takes its place, so the deck stays about half and half.
 */
export function trueFalseItems(ctx: Context, drafts: TrueFalseDraft[]): TrueFalse[] {
	const wanted = balancedSlots(drafts.length, 2, ctx.seed, 'truefalse');
	const askedTrue = new Set<string>();
	let owed = 0;
	return drafts.map(({ fact, id, slot, wrong, prompt }, i) => {
		const quote = fact.source.quote;
		const free = !askedTrue.has(quote);
		let truth = wanted[i] === 1;
		if (truth && !free) {
			truth = false;
			owed++;
		} else if (!truth && free && owed > 0) {
			truth = true;
			owed--;
		}
		if (truth) askedTrue.add(quote);
		const statement = ctx.attribution.statement(fact, truth ? quote : replaceSlot(slot, wrong));
		return {
			id,
			kind: 'truefalse',
			...factBase(ctx, fact, prompt),
			answer: truth ? 'True' : 'False',
			statement,
			truth,
			...(truth ? {} : { correction: fact.claim.value })
		};
	});
}
