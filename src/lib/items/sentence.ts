/**
 * A fact's own sentence, as true/false rewrites it and cloze blanks it. Only where the value is in
 * it verbatim (case aside, whole words) exactly once; never for a fact with a note (no item asks a
 * learner to affirm doubtful wording); never for a sentence that leans on the one before ("They
 * …"). The wrong values that may replace it are chosen once, for both kinds: fair for the
 * sentence as worded around the blank, and not already in the sentence.
 *
 * A role or a person is never swapped: it is bound to the words around it ("the Trump
 * administration's envoy", "Ales Bialiatski, a Nobel Peace Prize laureate", "ruled by Alexander
 * Lukashenko since 1994"), so another one there makes a sentence that is not false but absurd
 * ("the Trump administration's prime minister", "Vladimir Putin, a key opposition figure"),
 * which teaches nothing and is given away by its absurdity. Its cloze is typed, and it gets no
 * true/false statement; its multiple-choice question still asks for it on its own.
 */
import type { Fact, ValueType } from '../facts/schema';
import type { Context } from './context';
import { OPTION_COUNT, wrongOptions } from './mcq';
import { findSlot, standsAlone, type Slot } from './wording';

export interface Sentence {
	slot: Slot;
	/** The sentence as shown (attributed for an assessment), split around the value. */
	before: string;
	after: string;
	/** Up to three wrong values for the blank, in a seeded order. */
	wrong: string[];
}

const BLANK = '\u0000';

/** Value types whose meaning depends on the words around them in the sentence. */
const BOUND_TYPES: ReadonlySet<ValueType> = new Set(['role', 'person']);

export function sentenceOf(ctx: Context, fact: Fact): Sentence | undefined {
	if (fact.note || !standsAlone(fact.source.quote)) return undefined;
	const slot = findSlot(fact.source.quote, fact.claim.value);
	if (!slot) return undefined;
	const shown = ctx.attribution.statement(fact, `${slot.before}${BLANK}${slot.after}`);
	const [before = '', after = ''] = shown.split(BLANK);
	const wrong = BOUND_TYPES.has(fact.claim.type)
		? []
		: wrongOptions(ctx, fact, `${before} ${after}`, `${fact.id}:sentence`, OPTION_COUNT - 1);
	return { slot, before, after, wrong };
}
