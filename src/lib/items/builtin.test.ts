/**
 * The items of the built-in deck, checked for what a teacher would check by hand. These are
 * properties, not counts: the fact file grows, and every new fact must pass them too.
 */
import { describe, expect, it } from 'vitest';
import { deck } from '../builtin-deck';
import { matchTyped } from './answer';
import { normalizeValue } from './normalize';
import { ITEM_KINDS, type Item } from './types';
import type { Fact } from '../facts/schema';

/** How a text names each release, in the oracle's own words: its number or its defining detail. */
const RELEASES: Record<string, { number: RegExp; detail: RegExp }> = {
	'release-52': { number: /\b52\b/, detail: /appeal|advocat/i },
	'release-123': { number: /\b123\b/, detail: /potash/i }
};
const namesRelease = (text: string, event: string | null, byNumber = true) => {
	if (!event || !RELEASES[event]) return false;
	const hits = Object.entries(RELEASES).filter(
		([, r]) => (byNumber && r.number.test(text)) || r.detail.test(text)
	);
	return hits.length === 1 && hits[0]?.[0] === event;
};

const factOf = (item: Item) => deck.fact(item.factIds[0] as string) as Fact;
const same = (a: string, b: string) => normalizeValue(a) === normalizeValue(b);

/** Is `option` true of the fact's prompt as worded in `text`, by any fact of the deck? */
function trueFor(f: Fact, option: string, text: string): boolean {
	return deck.file.facts.some((g) => {
		if (g.claim.type !== f.claim.type) return false;
		if (![g.claim.value, ...(g.aliases ?? [])].some((s) => same(s, option))) return false;
		const sameRelation = same(g.claim.relation, f.claim.relation);
		return sameRelation && (same(g.claim.subject, f.claim.subject) || !namesRelease(text, f.event));
	});
}

/** Every wrong value an item offers or states, with the wording it is offered for. */
function wrongValues(item: Item): { value: string; text: string }[] {
	if (item.kind === 'mcq')
		return item.options
			.filter((o) => o !== item.answer)
			.map((value) => ({ value, text: item.prompt }));
	if (item.kind === 'cloze')
		return (item.options ?? [])
			.filter((o) => o !== item.answer)
			.map((value) => ({ value, text: `${item.before} ${item.after}` }));
	if (item.kind === 'truefalse' && !item.truth) {
		const quote = factOf(item).source.quote;
		const [head = '', tail = ''] = quote.split(factOf(item).claim.value);
		const start = item.statement.lastIndexOf(head.slice(1)) + head.length - 1;
		const value = item.statement.slice(start, item.statement.length - tail.length);
		return [{ value, text: head + tail }];
	}
	return [];
}

describe('items of the built-in deck', () => {
	it('include every kind', () => {
		for (const kind of ITEM_KINDS) expect(deck.byKind(kind).length, kind).toBeGreaterThan(0);
		expect(deck.byKind('mcq')).toEqual(deck.mcqs);
		expect([...deck.studyIds]).toEqual(deck.byKind('flashcard').map((c) => c.id));
	});

	it('never offer or state a wrong value that is true for the prompt as worded', () => {
		for (const item of deck.items)
			for (const { value, text } of wrongValues(item)) {
				expect(trueFor(factOf(item), value, text), `${item.id}: "${value}"`).toBe(false);
				expect(factOf(item).notDistractors ?? [], item.id).not.toContain(value);
				expect(same(value, factOf(item).claim.value), item.id).toBe(false);
			}
	});

	it('never say the answer in the prompt (a document named by a title that holds it)', () => {
		const says = (text: string, value: string) =>
			` ${normalizeValue(text)} `.includes(` ${normalizeValue(value)} `);
		for (const item of deck.items) {
			const answers =
				item.kind === 'cloze'
					? item.accept
					: item.kind === 'truefalse'
						? [factOf(item).claim.value, ...wrongValues(item).map((w) => w.value)]
						: item.kind === 'mcq' || (item.kind === 'flashcard' && item.factIds.length === 1)
							? [item.answer]
							: [];
			for (const answer of answers)
				expect(says(item.prompt, answer), `${item.id}: "${answer}" in "${item.prompt}"`).toBe(
					false
				);
		}
	});

	it('ask "how many" only naming which release', () => {
		const howMany = deck.items.filter(
			(i) =>
				/how many/i.test(i.prompt) || (i.factIds.length === 1 && factOf(i).claim.type === 'count')
		);
		expect(howMany.length).toBeGreaterThan(0);
		for (const item of howMany) {
			const f = factOf(item);
			expect(f.event, item.id).not.toBeNull();
			// The number asked for cannot be what names the release: its defining detail must.
			const wording =
				item.kind === 'truefalse' || item.kind === 'cloze'
					? f.source.quote.replace(f.claim.value, '___')
					: item.kind === 'reverse'
						? item.answer
						: item.prompt;
			expect(
				namesRelease(wording, f.event, item.kind === 'mcq' || item.kind === 'flashcard'),
				item.id
			).toBe(true);
		}
	});

	it('ask "who was released" naming the release and the role', () => {
		const released = deck.items.filter(
			(i) =>
				(i.kind === 'mcq' || i.kind === 'flashcard') &&
				factOf(i).claim.type === 'person' &&
				/released/.test(factOf(i).claim.subject) &&
				/^included\b/.test(factOf(i).claim.relation)
		);
		const keys = new Set(released.map((i) => i.answer));
		expect(keys).toContain('Ales Bialiatski');
		expect(keys).toContain('Maria Kolesnikova');
		for (const item of released) {
			const f = factOf(item);
			expect(namesRelease(item.prompt, f.event), item.id).toBe(true);
			const role = /included this ([^,]+)/.exec(f.claim.relation)?.[1] ?? '';
			expect(role, f.id).not.toBe('');
			expect(item.prompt.toLowerCase(), item.id).toContain(role.toLowerCase());
		}
	});

	it('attribute every assessment, and name the release of every sentence to judge or complete', () => {
		for (const item of deck.items) {
			if (item.factIds.length !== 1) continue;
			const fact = factOf(item);
			if (fact.status.kind === 'assessment') expect(item.prompt, item.id).toMatch(/^According to /);
			if (item.kind !== 'truefalse' && item.kind !== 'cloze') continue;
			// A sentence alone may not say which release it is about ("the prisoners"); what is
			// judged is what that document says. Named by its number or its defining detail (not
			// by one the question asks for: see "never say the answer").
			const release = fact.source.documentId === 'd000' ? 'release-52' : 'release-123';
			expect(item.prompt, item.id).toMatch(/^According to the document on the release of /);
			expect(namesRelease(item.prompt.split(',')[0] ?? '', release), item.id).toBe(true);
			if (fact.status.kind !== 'assessment') continue;
			const sentence = item.kind === 'truefalse' ? item.statement : `${item.before}${item.after}`;
			const saysWho =
				/^According to /.test(sentence) ||
				sentence.toLowerCase().includes(fact.status.by.toLowerCase()) ||
				fact.status.by.startsWith('the document');
			expect(saysWho, `${item.id}: ${sentence}`).toBe(true);
		}
	});

	it('never rewrite or blank a sentence with a note, never add "not"', () => {
		for (const item of [...deck.byKind('truefalse'), ...deck.byKind('cloze')])
			expect(factOf(item).note, item.id).toBeUndefined();
		for (const item of deck.byKind('truefalse')) {
			const quote = factOf(item).source.quote;
			expect(item.statement.match(/\bnot\b/g)?.length ?? 0).toBe(
				quote.match(/\bnot\b/g)?.length ?? 0
			);
			if (!item.truth) expect(item.correction).toBe(factOf(item).claim.value);
		}
	});

	it('spread multiple-choice keys evenly over A–D, and truth over true/false', () => {
		const keys = [0, 1, 2, 3].map((p) => deck.mcqs.filter((m) => m.answerIndex === p).length);
		expect(Math.max(...keys) - Math.min(...keys)).toBeLessThanOrEqual(1);
		const statements = deck.byKind('truefalse');
		const trues = statements.filter((s) => s.truth).length;
		expect(Math.abs(trues - statements.length / 2)).toBeLessThanOrEqual(2);
	});

	it('accept the usual transliterations of the names', () => {
		const typed = (answer: string) =>
			deck.byKind('flashcard').find((c) => c.answer === answer && c.typed)?.typed?.accept ?? [];
		const cases: [string, string[]][] = [
			['Ales Bialiatski', ['Bialiatski', 'Bialiacki', 'Białacki', 'Бяляцкі', 'Беляцкий']],
			['Maria Kolesnikova', ['Kolesnikova', 'Kalesnikava', 'Калеснікава']],
			['Alexander Lukashenko', ['Lukashenko', 'Lukašenka', 'Лукашэнка']]
		];
		for (const [answer, inputs] of cases) {
			expect(typed(answer).length, answer).toBeGreaterThan(0);
			for (const input of inputs) expect(matchTyped(input, typed(answer)), input).toBe('correct');
		}
	});

	it('match people to their roles and details to their release, unambiguously', () => {
		const matchings = deck.byKind('matching');
		const roles = matchings.find((m) => m.id.startsWith('people-roles:'));
		expect(roles?.pairs.map((p) => p.left)).toEqual(
			expect.arrayContaining(['Ales Bialiatski', 'Maria Kolesnikova', 'John Coale'])
		);
		for (const m of matchings) {
			expect(new Set(m.pairs.map((p) => normalizeValue(p.left))).size).toBe(m.pairs.length);
			for (const p of m.pairs)
				expect(normalizeValue(p.right)).not.toContain(normalizeValue(p.left));
		}
		const details = matchings.filter((m) => m.id.startsWith('event-details:'));
		expect(details.length).toBeGreaterThan(0);
		for (const m of details) expect(m.rights).toHaveLength(deck.file.events.length);
	});

	it('order the dated facts, and the releases only where a fact dates them', () => {
		const [timeline] = deck.byKind('timeline');
		const whens = timeline?.events.map((e) => e.when) ?? [];
		expect(whens).toEqual(expect.arrayContaining(['1991', '1994', '2020']));
		const years = whens.map((w) => Number(w.replace('after ', '')));
		expect(years).toEqual([...years].sort((a, b) => a - b));
		const dated = deck.file.facts.some(
			(f) => f.claim.type === 'year' && /\b(after|following)\b/.test(f.claim.relation)
		);
		expect(whens.some((w) => w.startsWith('after'))).toBe(dated);
	});
});
