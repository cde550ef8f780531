/**
 * Timeline ordering from dated facts (value type `year`): one step per year, earliest first,
 * labelled by the fact's `label` (or its subject). A year fact whose relation says the event came
 * "after" or "following" the year becomes a step "after <year>" — e.g. the releases, which the
 * documents date only as after the disputed 2020 election — and is placed last; it is used only
 * when no other step is later than its year (otherwise the order would be a guess). The documents
 * give the releases no such fact yet, so on the built-in deck they are left out.
 *
 * 3–6 steps per item; more years are dealt round several items, each spanning the whole range.
 * The order shown is seeded and never already sorted. Assessments are left out.
 */
import type { Fact } from '../facts/schema';
import { factsBase, type Context } from './context';
import { normalizeValue } from './normalize';
import { seededRng, shuffled, stableHash } from './random';
import { itemId, type Timeline } from './types';

export const MIN_STEPS = 3;
export const MAX_STEPS = 6;

interface Step {
	year: number;
	after: boolean;
	label: string;
	fact: Fact;
}

const AFTER = /\b(after|following)\b/;

const labelOf = (fact: Fact) => fact.label ?? fact.claim.subject;

/** Of several facts dating the same year, the one that reads best as a step. */
const better = (a: Fact, b: Fact) =>
	(a.label ? 0 : 2) + (a.note ? 1 : 0) <= (b.label ? 0 : 2) + (b.note ? 1 : 0) ? a : b;

export function timelineItems(ctx: Context): Timeline[] {
	const dated = new Map<number, Fact>();
	const afterSteps = new Map<number, Fact[]>();
	for (const fact of ctx.file.facts) {
		if (fact.claim.type !== 'year' || fact.status.kind === 'assessment') continue;
		if (!/^\d{1,4}$/.test(fact.claim.value.trim())) continue;
		const year = Number(fact.claim.value);
		if (AFTER.test(normalizeValue(fact.claim.relation))) {
			afterSteps.set(year, [...(afterSteps.get(year) ?? []), fact]);
			continue;
		}
		const seen = dated.get(year);
		dated.set(year, seen ? better(seen, fact) : fact);
	}
	const steps: Step[] = [...dated]
		.sort(([a], [b]) => a - b)
		.map(([year, fact]) => ({ year, after: false, label: labelOf(fact), fact }));
	const last = steps[steps.length - 1]?.year ?? -Infinity;
	const tail = Math.max(...afterSteps.keys());
	const closing = afterSteps.get(tail);
	if (closing && tail >= last) {
		// Several events "after" the same year cannot be ordered among themselves: one step.
		const labels = [...new Set(closing.map(labelOf))];
		steps.push({ year: tail, after: true, label: labels.join('; '), fact: closing[0] as Fact });
	}
	if (steps.length < MIN_STEPS) return [];

	const k = Math.ceil(steps.length / MAX_STEPS);
	const runs = Array.from({ length: k }, (_, c) => steps.filter((_, i) => i % k === c));
	return runs.filter((run) => run.length >= MIN_STEPS).map((run) => timeline(ctx, run));
}

function timeline(ctx: Context, steps: Step[]): Timeline {
	const facts = steps.map((s) => s.fact);
	const id = itemId('dated-facts', 'timeline', stableHash(facts.map((f) => f.id)));
	const events = steps.map((s) => ({
		label: s.label,
		when: s.after ? `after ${s.year}` : String(s.year),
		factId: s.fact.id
	}));
	let order = shuffled(
		events.map((_, i) => i),
		seededRng(ctx.seed, id)
	);
	if (order.every((e, i) => e === i)) order = [...order.slice(1), 0];
	return {
		id,
		kind: 'timeline',
		...factsBase(
			steps.map((s) => ({ fact: s.fact, label: s.label })),
			'Put these events in order, earliest first.',
			events.map((e) => `${e.when}: ${e.label}`).join(' → ')
		),
		events,
		shuffled: order
	};
}
