/**
 * Matching, 4–6 pairs per item, of two sets:
 *
 * - people ↔ roles: role facts about a person (Ales Bialiatski ↔ human rights activist). Each
 *   person and each role once; a pair is left out when its person also holds another listed role
 *   or its role belongs to another listed person, so every row has exactly one right match.
 * - event details ↔ events (categorising: rights repeat): who or what each release involved.
 *   A detail is left out when an event's name gives it away ("potash", "52", "Donald Trump" are
 *   in the names), when a source sentence of another event mentions it (Lukashenko talks with
 *   the envoy of the other release), or when it belongs to two events. Events are grouped two or
 *   three to an item, and every item has at least one detail of each of its events.
 *
 * Assessments are left out (a pair cannot carry "according to …"). More pairs than fit one item
 * are cut, in deck order, into several items; ids come from the sorted fact ids, so they stay
 * stable while the pairs do.
 */
import type { Fact, ValueType } from '../facts/schema';
import { factsBase, type Context } from './context';
import { normalizeValue } from './normalize';
import { seededRng, shuffled, stableHash } from './random';
import { itemId, type Matching } from './types';

export const MIN_PAIRS = 4;
export const MAX_PAIRS = 6;

interface Pair {
	left: string;
	right: string;
	fact: Fact;
}

/** Splits a list into runs of min…max, as even as possible; a short last run borrows backwards. */
export function chunk<T>(list: readonly T[], min: number, max: number): T[][] {
	if (list.length < min) return [];
	const k = Math.ceil(list.length / max);
	const runs: T[][] = [];
	for (let i = 0, start = 0; i < k; i++) {
		const size = Math.floor(list.length / k) + (i < list.length % k ? 1 : 0);
		const from = size < min ? Math.max(0, start + size - min) : start;
		runs.push(list.slice(from, start + size));
		start += size;
	}
	return runs;
}

function matching(
	ctx: Context,
	set: string,
	pairs: Pair[],
	prompt: string,
	order: 'keep' | 'shuffle'
): Matching {
	const id = itemId(set, 'matching', stableHash(pairs.map((p) => p.fact.id)));
	const rng = seededRng(ctx.seed, id);
	const shown = order === 'shuffle' ? shuffled(pairs, rng) : pairs;
	const unique = [...new Set(shown.map((p) => p.right))];
	let rights = shuffled(unique, rng);
	// Rights in the same order as their lefts would give the answer away.
	if (rights.length > 1 && rights.every((r, i) => r === shown[i]?.right))
		rights = [...rights.slice(1), rights[0] as string];
	return {
		id,
		kind: 'matching',
		...factsBase(
			shown.map((p) => ({ fact: p.fact, label: p.left })),
			prompt,
			shown.map((p) => `${p.left} → ${p.right}`).join('; ')
		),
		pairs: shown.map((p) => ({ left: p.left, right: p.right, factId: p.fact.id })),
		rights
	};
}

function peopleAndRoles(ctx: Context): Matching[] {
	const { facts } = ctx.file;
	const answerKey = ctx.forms.key;
	const people = new Set<string>();
	for (const f of facts)
		if (f.claim.type === 'person')
			for (const name of [f.claim.value, ...(f.aliases ?? [])]) people.add(answerKey(name));
	/** A name is short: a long subject ("the release of …") needs no key to be ruled out. */
	const longest = Math.max(0, ...[...people].map((k) => k.length)) * 2 + 10;
	const roleFacts = facts.filter(
		(f) =>
			f.claim.type === 'role' &&
			f.claim.subject.length <= longest &&
			people.has(answerKey(f.claim.subject))
	);
	/** Every role the deck gives each person, to keep rows unambiguous. */
	const rolesOf = new Map<string, Set<string>>();
	for (const f of roleFacts) {
		const roles = rolesOf.get(answerKey(f.claim.subject)) ?? new Set<string>();
		roles.add(answerKey(f.claim.value));
		rolesOf.set(answerKey(f.claim.subject), roles);
	}
	const pairs: Pair[] = [];
	const lefts = new Set<string>();
	const rights = new Set<string>();
	for (const fact of roleFacts) {
		if (fact.status.kind === 'assessment') continue;
		const left = answerKey(fact.claim.subject);
		const right = answerKey(fact.claim.value);
		if (lefts.has(left) || rights.has(right)) continue;
		const own = rolesOf.get(left) ?? new Set<string>();
		if ([...rights].some((r) => own.has(r))) continue;
		if ([...lefts].some((l) => rolesOf.get(l)?.has(right))) continue;
		lefts.add(left);
		rights.add(right);
		pairs.push({ left: fact.claim.subject, right: fact.claim.value, fact });
	}
	return chunk(pairs, MIN_PAIRS, MAX_PAIRS).map((run) =>
		matching(
			ctx,
			'people-roles',
			run,
			'Match each person to how the documents describe them.',
			'keep'
		)
	);
}

const DETAIL_TYPES: ReadonlySet<ValueType> = new Set(['person', 'group', 'commodity', 'count']);

/** Normalized phrases a value may appear as: the whole value, and a person's surname. */
function phrases(ctx: Context, fact: Fact): string[] {
	const whole = ctx.forms.norm(fact.claim.value);
	const surname = whole.split(' ').pop() ?? '';
	return fact.claim.type === 'person' && surname !== whole && surname.length > 2
		? [whole, surname]
		: [whole];
}

/**
 * Which tagged texts (events' sentences, event names) use a phrase? Indexed by word: a phrase
 * counts as used by a text that has all its words — a little more often than it really is, which
 * only ever leaves a pair out. One pass over the deck's words, however many phrases are asked.
 */
function wordIndex() {
	const tagsOf = new Map<string, Set<string>>();
	const empty: ReadonlySet<string> = new Set();
	return {
		add(normalized: string, tag: string) {
			for (const word of normalized.split(' ')) {
				let tags = tagsOf.get(word);
				if (!tags) tagsOf.set(word, (tags = new Set()));
				tags.add(tag);
			}
		},
		tags(phrase: string): ReadonlySet<string> {
			let common: Set<string> | undefined;
			for (const word of phrase.split(' ')) {
				const tags = tagsOf.get(word) ?? empty;
				common = common ? new Set([...common].filter((t) => tags.has(t))) : new Set(tags);
				if (!common.size) break;
			}
			return common ?? empty;
		}
	};
}

function eventDetails(ctx: Context): Matching[] {
	const { facts, events } = ctx.file;
	const { norm, key: answerKey } = ctx.forms;
	const candidates = facts.filter(
		(f) => f.event !== null && f.status.kind === 'reported' && DETAIL_TYPES.has(f.claim.type)
	);
	if (!candidates.length) return [];
	const lefts = (f: Fact) => [...phrases(ctx, f), norm(f.label ?? f.claim.value)];
	const finder = wordIndex();
	// Sentences are each normalized once: no memo (it would only hold them).
	for (const f of facts) if (f.event !== null) finder.add(normalizeValue(f.source.quote), f.event);
	for (const e of events) finder.add(normalizeValue(e.name), NAME);
	/** Normalized value → the events whose facts state it. */
	const eventsOf = new Map<string, Set<string>>();
	for (const f of candidates)
		eventsOf.set(
			norm(f.claim.value),
			(eventsOf.get(norm(f.claim.value)) ?? new Set<string>()).add(f.event as string)
		);

	const byEvent = new Map<string, Pair[]>();
	const seen = new Set<string>();
	for (const fact of candidates) {
		const event = ctx.events.get(fact.event as string);
		if (!event) continue;
		const left = fact.label ?? fact.claim.value;
		const key = answerKey(left);
		if (seen.has(key) || (eventsOf.get(norm(fact.claim.value))?.size ?? 0) > 1) continue;
		// Given away by an event's name, or mentioned by another event's sentences.
		if (lefts(fact).some((p) => finder.tags(p).has(NAME))) continue;
		if (phrases(ctx, fact).some((p) => [...finder.tags(p)].some((e) => e !== event.id))) continue;
		seen.add(key);
		const list = byEvent.get(event.id) ?? [];
		list.push({ left, right: event.name, fact });
		byEvent.set(event.id, list);
	}

	const withDetails = events.filter((e) => byEvent.has(e.id));
	const groups = Math.ceil(withDetails.length / 3);
	const items: Matching[] = [];
	for (let g = 0, start = 0; g < groups && withDetails.length >= 2; g++) {
		const size =
			Math.floor(withDetails.length / groups) + (g < withDetails.length % groups ? 1 : 0);
		const group = withDetails.slice(start, start + size).map((e) => byEvent.get(e.id) ?? []);
		start += size;
		items.push(...categorised(ctx, group));
	}
	return items;
}

/** Tag of the event names in the phrase finder (event ids never contain a space). */
const NAME = ' name';

/**
 * Items for one group of events: k items, each with at least one detail of every event and
 * 4–6 pairs; details go round the items in turn so the items are about the same size.
 */
function categorised(ctx: Context, group: Pair[][]): Matching[] {
	const total = group.reduce((n, list) => n + list.length, 0);
	const k = Math.min(Math.floor(total / MIN_PAIRS), ...group.map((list) => list.length));
	if (k < 1) return [];
	const runs = Array.from({ length: k }, () => group.map(() => [] as Pair[]));
	let turn = 0;
	group.forEach((list, e) => {
		for (const pair of list) runs[turn++ % k]?.[e]?.push(pair);
	});
	return runs.map((perEvent) => {
		// Round-robin over the events, so cutting at six keeps every event.
		const pairs: Pair[] = [];
		for (let i = 0; pairs.length < MAX_PAIRS && perEvent.some((l) => l.length > i); i++)
			for (const list of perEvent) {
				const pair = list[i];
				if (pair && pairs.length < MAX_PAIRS) pairs.push(pair);
			}
		return matching(
			ctx,
			'event-details',
			pairs,
			'Match each detail to the release whose document gives it in these words.',
			'shuffle'
		);
	});
}

export function matchingItems(ctx: Context): Matching[] {
	return [...peopleAndRoles(ctx), ...eventDetails(ctx)];
}
