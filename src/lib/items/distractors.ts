/**
 * Wrong options for a fact: values of the same type, from the deck's other facts and its
 * distractor-only pool, each provably false for the prompt as worded.
 *
 * - Values are compared as things, not strings: a value, its aliases and its transliterations are
 *   one thing, and so are two people with the same surname (never offer "Lukashenko" beside
 *   "Alexander Lukashenko", nor two Bialiatskis).
 * - A candidate that any fact states for the same subject and relation is never offered; nor one
 *   the fact lists in `notDistractors`.
 * - A candidate true of the same relation for another subject — 123 is the "number released" of
 *   the other release — is a trap, and fair only when the wording names the fact's event
 *   (`named`); otherwise it is dropped. When fair, a trap is the best wrong option of all, so
 *   `choose` takes one first.
 * - Numbers are plausible when near the answer: `choose` takes counts and years from the values
 *   nearest the key.
 *
 * Everything is indexed once per deck (by type, prompt and relation), so choosing for one fact
 * costs about the options it returns, not the size of the deck. Where few values are fair (a
 * deck whose facts all share one relation makes every other value a trap), each search stops
 * after `SCAN_LIMIT` values, so a deck of thousands of facts is not quadratic.
 */
import type { Fact, FactFile, ValueType } from '../facts/schema';
import { textForms, type TextForms } from './answer';
import { shuffled, type Rng } from './random';

/** The most values one search looks at (the built-in deck's pools are far smaller). */
export const SCAN_LIMIT = 256;

interface Entry {
	value: string;
	/** The thing the value names (see `Things`). */
	thing: number;
	/** Numeric value of a count or year, for nearness. */
	number?: number;
}

/**
 * Keys under which two spellings are the same thing: the normalized value, its answer key (so
 * transliterations meet), and for a person the surname's answer key — so "Lukašenka" alone, or
 * "Аляксандр Лукашэнка", is the same person as "Alexander Lukashenko" with that alias.
 */
function keysOfIn(forms: TextForms, value: string, type: ValueType): string[] {
	const normalized = forms.norm(value);
	const keys = [`${type}:n:${normalized}`, `${type}:k:${forms.key(value)}`];
	const words = normalized.split(' ');
	if (type === 'person' && words.length > 1)
		keys.push(`${type}:k:${forms.key(words[words.length - 1] ?? '')}`);
	return keys;
}

/** Union–find over spelling keys: each set is one thing. */
class Things {
	#node = new Map<string, number>();
	#parent: number[] = [];

	#find(i: number): number {
		let root = i;
		while (this.#parent[root] !== root) root = this.#parent[root] as number;
		while (this.#parent[i] !== root) {
			const next = this.#parent[i] as number;
			this.#parent[i] = root;
			i = next;
		}
		return root;
	}

	#nodeOf(key: string): number {
		let n = this.#node.get(key);
		if (n === undefined) {
			n = this.#parent.length;
			this.#parent.push(n);
			this.#node.set(key, n);
		}
		return n;
	}

	join(keys: string[]) {
		const [first, ...rest] = keys.map((k) => this.#find(this.#nodeOf(k)));
		for (const r of rest) this.#parent[r] = first as number;
	}

	/** The thing a value names, or undefined when no fact or distractor names it. */
	find(keys: string[]): number | undefined {
		for (const k of keys) {
			const n = this.#node.get(k);
			if (n !== undefined) return this.#find(n);
		}
		return undefined;
	}
}

/** Options that are about the other options, not answers: never offered, even from a fact file. */
const CATCH_ALL =
	/^(all|none|both|neither|any) (of )?(the|these|those) (above|answers|options)\b|^all of the above|^none of the above/i;

const NUMERIC_TYPES: ReadonlySet<ValueType> = new Set(['count', 'year']);
const asNumber = (value: string) => (/^\d+$/.test(value.trim()) ? Number(value) : undefined);

/** How far apart two numbers feel: years by their difference, counts by their ratio. */
const distance = (type: ValueType, a: number, b: number) =>
	type === 'year' ? Math.abs(a - b) : Math.abs(Math.log(a + 1) - Math.log(b + 1));

export interface DistractorIndex {
	/**
	 * Every fair wrong option for the fact, in pool order. `named`: the wording names the fact's
	 * event, so traps are fair. `reject`: further values to leave out (e.g. those the prompt
	 * already mentions).
	 */
	candidates(fact: Fact, named: boolean, reject?: (value: string) => boolean): string[];
	/** Up to `count` of the candidates: a trap first when there is one, then the most plausible. */
	choose(
		fact: Fact,
		named: boolean,
		count: number,
		rng: Rng,
		reject?: (value: string) => boolean
	): string[];
	/** Is `value` true of the fact's relation for another subject (so the prompt must name it)? */
	isTrap(fact: Fact, value: string): boolean;
	/** Has the fact any trap at all? (If not, whether its prompt names its event does not matter.) */
	hasTraps(fact: Fact): boolean;
	/** Is `value` stated (or accepted) as true for the fact's own subject and relation? */
	isTrue(fact: Fact, value: string): boolean;
}

/** How a value is written: with an article ("an EU staff member") or without ("judges"). */
const formOf = (value: string) => /^(?:a|an|the)\s/i.test(value);

export function indexDistractors(file: FactFile, forms = textForms()): DistractorIndex {
	return new Index(file, forms);
}

/** What a fact's options must avoid (sets shared between facts, never copied). */
interface Avoid {
	/** The key's own thing. */
	key: number;
	/** Things stated for the fact's subject and relation. */
	truths: ReadonlySet<number>;
	/** The fact's `notDistractors`. */
	refused: ReadonlySet<number>;
	/** Things true of the fact's relation for some subject: traps, unless excluded. */
	relation: ReadonlySet<number>;
}

const NONE: ReadonlySet<number> = new Set();

class Index implements DistractorIndex {
	#forms: TextForms;
	#things = new Things();
	#pools = new Map<ValueType, Entry[]>();
	#byThing = new Map<ValueType, Map<number, Entry>>();
	/** Numeric pools sorted by value, for nearness. */
	#sorted = new Map<ValueType, Entry[]>();
	#trueFor = new Map<string, Set<number>>();
	#byRelation = new Map<string, Set<number>>();
	#avoid = new Map<Fact, Avoid>();
	/** Each fact's own thing, found once. */
	#factThing = new Map<Fact, number>();

	constructor(file: FactFile, forms: TextForms) {
		this.#forms = forms;
		for (const fact of file.facts) {
			const keys = this.#keys(fact.claim.value, fact.claim.type);
			for (const alias of fact.aliases ?? []) keys.push(...this.#keys(alias, fact.claim.type));
			this.#things.join(keys);
		}
		for (const d of file.distractors) this.#things.join(this.#keys(d.value, d.type));
		for (const fact of file.facts) {
			const thing = this.#add(fact.claim.type, fact.claim.value);
			this.#factThing.set(fact, thing);
			note(this.#trueFor, this.#promptKey(fact), thing);
			note(this.#byRelation, forms.norm(fact.claim.relation), thing);
		}
		for (const d of file.distractors)
			if (!CATCH_ALL.test(d.value.trim())) this.#add(d.type, d.value);
		for (const [type, pool] of this.#pools)
			if (NUMERIC_TYPES.has(type))
				this.#sorted.set(
					type,
					pool
						.filter((e) => e.number !== undefined)
						.sort((a, b) => (a.number ?? 0) - (b.number ?? 0))
				);
	}

	#keys(value: string, type: ValueType) {
		return keysOfIn(this.#forms, value, type);
	}

	#thingOf(value: string, type: ValueType): number {
		return this.#things.find(this.#keys(value, type)) ?? -1;
	}

	#promptKey(fact: Fact) {
		return `${this.#forms.norm(fact.claim.subject)}|${this.#forms.norm(fact.claim.relation)}`;
	}

	/** Adds a value to its type's pool (once per thing); returns its thing. */
	#add(type: ValueType, value: string): number {
		const thing = this.#thingOf(value, type);
		let seen = this.#byThing.get(type);
		if (!seen) this.#byThing.set(type, (seen = new Map()));
		if (seen.has(thing)) return thing;
		const entry: Entry = { value, thing };
		const number = NUMERIC_TYPES.has(type) ? asNumber(value) : undefined;
		if (number !== undefined) entry.number = number;
		seen.set(thing, entry);
		let pool = this.#pools.get(type);
		if (!pool) this.#pools.set(type, (pool = []));
		pool.push(entry);
		return thing;
	}

	#avoiding(fact: Fact): Avoid {
		let a = this.#avoid.get(fact);
		if (a) return a;
		const refused = new Set<number>();
		for (const value of fact.notDistractors ?? []) {
			const thing = this.#things.find(this.#keys(value, fact.claim.type));
			if (thing !== undefined) refused.add(thing);
		}
		a = {
			key: this.#factThing.get(fact) ?? this.#thingOf(fact.claim.value, fact.claim.type),
			truths: this.#trueFor.get(this.#promptKey(fact)) ?? NONE,
			refused: refused.size ? refused : NONE,
			relation: this.#byRelation.get(this.#forms.norm(fact.claim.relation)) ?? NONE
		};
		this.#avoid.set(fact, a);
		return a;
	}

	/** Never true of the prompt: not the key, not stated for it, not refused. */
	#excluded(a: Avoid, thing: number) {
		return thing === a.key || a.truths.has(thing) || a.refused.has(thing);
	}

	#fair(a: Avoid, e: Entry, named: boolean, reject?: (value: string) => boolean) {
		if (this.#excluded(a, e.thing) || (!named && a.relation.has(e.thing))) return false;
		return !reject?.(e.value);
	}

	candidates(fact: Fact, named: boolean, reject?: (value: string) => boolean): string[] {
		const a = this.#avoiding(fact);
		const out: string[] = [];
		for (const e of this.#pools.get(fact.claim.type) ?? [])
			if (this.#fair(a, e, named, reject)) out.push(e.value);
		return out;
	}

	choose(
		fact: Fact,
		named: boolean,
		count: number,
		rng: Rng,
		reject?: (value: string) => boolean
	): string[] {
		const type = fact.claim.type;
		const a = this.#avoiding(fact);
		const picked: string[] = [];
		const taken = new Set<number>();
		if (named && count > 0) {
			const entries = this.#byThing.get(type);
			const traps: Entry[] = [];
			let seen = 0;
			for (const thing of a.relation) {
				if (++seen > SCAN_LIMIT) break;
				const e = entries?.get(thing);
				if (e && !taken.has(e.thing) && this.#fair(a, e, named, reject)) traps.push(e);
			}
			const trap = traps.length ? traps[rng.int(0, traps.length - 1)] : undefined;
			if (trap) {
				picked.push(trap.value);
				taken.add(trap.thing);
			}
		}
		const want = count - picked.length;
		if (want <= 0) return picked;
		const key = asNumber(fact.claim.value);
		const line = this.#sorted.get(type);
		if (key !== undefined && line) {
			// The nearest fair values, twice as many as needed, then a seeded pick among them.
			const window: Entry[] = [];
			let hi = lowerBound(line, key);
			let lo = hi - 1;
			for (
				let seen = 0;
				window.length < 2 * want && (lo >= 0 || hi < line.length) && seen < SCAN_LIMIT;
				seen++
			) {
				const left = line[lo];
				const right = line[hi];
				const useLeft =
					left !== undefined &&
					(right === undefined ||
						distance(type, left.number ?? 0, key) <= distance(type, right.number ?? 0, key));
				const e = useLeft ? left : right;
				if (useLeft) lo--;
				else hi++;
				if (e && !taken.has(e.thing) && this.#fair(a, e, named, reject)) window.push(e);
			}
			for (const e of shuffled(window, rng).slice(0, want)) picked.push(e.value);
			return picked;
		}
		// A few random draws find enough in a big pool; a scan from a random start finishes a small one.
		// Values written like the key first ("an EU staff member" among "a US diplomat", not
		// among "judges" alone, where its form would give it away), then any.
		const pool = this.#pools.get(type) ?? [];
		if (!pool.length) return picked;
		const form = formOf(fact.claim.value);
		// Fair values of the other form met on the way: used only if too few of the key's form.
		const otherForm: Entry[] = [];
		for (let tries = 0; tries < 8 * want && picked.length < count; tries++) {
			const e = pool[rng.int(0, pool.length - 1)];
			if (!e || taken.has(e.thing) || !this.#fair(a, e, named, reject)) continue;
			if (formOf(e.value) !== form) otherForm.push(e);
			else {
				picked.push(e.value);
				taken.add(e.thing);
			}
		}
		const start = rng.int(0, pool.length - 1);
		for (let i = 0; i < Math.min(pool.length, SCAN_LIMIT) && picked.length < count; i++) {
			const e = pool[(start + i) % pool.length];
			if (!e || taken.has(e.thing) || !this.#fair(a, e, named, reject)) continue;
			if (formOf(e.value) !== form) otherForm.push(e);
			else {
				picked.push(e.value);
				taken.add(e.thing);
			}
		}
		for (const e of otherForm)
			if (picked.length < count && !taken.has(e.thing)) {
				picked.push(e.value);
				taken.add(e.thing);
			}
		return picked;
	}

	isTrap(fact: Fact, value: string): boolean {
		const a = this.#avoiding(fact);
		const thing = this.#thingOf(value, fact.claim.type);
		return a.relation.has(thing) && !this.#excluded(a, thing);
	}

	hasTraps(fact: Fact): boolean {
		const a = this.#avoiding(fact);
		for (const thing of a.relation) if (!this.#excluded(a, thing)) return true;
		return false;
	}

	isTrue(fact: Fact, value: string): boolean {
		const thing = this.#thingOf(value, fact.claim.type);
		return thing !== -1 && this.#avoiding(fact).truths.has(thing);
	}
}

function note(map: Map<string, Set<number>>, key: string, thing: number) {
	let set = map.get(key);
	if (!set) map.set(key, (set = new Set()));
	set.add(thing);
}

/** First index whose number is ≥ `n`. */
function lowerBound(line: Entry[], n: number): number {
	let lo = 0;
	let hi = line.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (((line[mid] as Entry).number ?? 0) < n) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}
