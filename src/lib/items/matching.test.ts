import { describe, expect, it } from 'vitest';
import { context } from './context';
import { fact, factFile, RELEASE_EVENTS, with_ } from './fixtures';
import { chunk, matchingItems, MAX_PAIRS, MIN_PAIRS } from './matching';
import type { Fact, FactFile, ValueType } from '../facts/schema';
import type { Matching } from './types';

const people = [
	'Ales Bialiatski',
	'Maria Kolesnikova',
	'John Coale',
	'Alexander Lukashenko',
	'Ihar Losik',
	'Volha Losik',
	'Pavel Latushka',
	'Ursula Kallas'
];
const roles = [
	'human rights activist',
	'opposition leader',
	'envoy',
	'President of Belarus',
	'blogger',
	'journalist',
	'minister',
	'commissioner'
];

/** n people, each a person fact, and a role fact about each. */
function rolesFile(n: number, extra: Fact[] = []): FactFile {
	return factFile([
		...people.slice(0, n).map((p, i) => fact(`p${i}`, p, 'person', `s${i}`, `r${i}`)),
		...people
			.slice(0, n)
			.map((p, i) => fact(`role${i}`, roles[i] as string, 'role', p, 'described as')),
		...extra
	]);
}
const run = (file: FactFile, seed = 's') => matchingItems(context(file, seed));
const set = (list: Matching[], name: string) => list.filter((m) => m.id.startsWith(`${name}:`));

describe('chunk', () => {
	it('cuts into runs of 4–6, as even as possible', () => {
		const sizes = (n: number) =>
			chunk(
				Array.from({ length: n }, (_, i) => i),
				4,
				6
			).map((r) => r.length);
		expect(sizes(3)).toEqual([]);
		expect(sizes(4)).toEqual([4]);
		expect(sizes(6)).toEqual([6]);
		expect(sizes(7)).toEqual([4, 4]); // the second borrows one
		expect(sizes(8)).toEqual([4, 4]);
		expect(sizes(13)).toEqual([5, 4, 4]);
		for (let n = 4; n < 60; n++)
			for (const size of sizes(n)) {
				expect(size).toBeGreaterThanOrEqual(4);
				expect(size).toBeLessThanOrEqual(6);
			}
	});
});

describe('people ↔ roles', () => {
	it('matches each person to their role, 4–6 pairs, each side once', () => {
		const [m, ...rest] = set(run(rolesFile(5)), 'people-roles');
		expect(rest).toEqual([]);
		expect(m?.pairs.map((p) => `${p.left} → ${p.right}`)).toEqual(
			people.slice(0, 5).map((p, i) => `${p} → ${roles[i]}`)
		);
		expect([...(m?.rights ?? [])].sort()).toEqual(roles.slice(0, 5).sort());
		expect(m?.factIds).toEqual(['role0', 'role1', 'role2', 'role3', 'role4']);
	});

	it('needs four pairs', () => {
		expect(set(run(rolesFile(3)), 'people-roles')).toEqual([]);
	});

	it('makes several items of a long list', () => {
		const list = set(run(rolesFile(8)), 'people-roles');
		expect(list.map((m) => m.pairs.length)).toEqual([4, 4]);
		expect(new Set(list.map((m) => m.id)).size).toBe(2);
	});

	it('leaves out a role two people share and a second role of one person', () => {
		const file = rolesFile(5, [
			fact('dup-role', 'envoy', 'role', 'Ihar Losik', 'described as'),
			fact('second', 'blogger', 'role', 'Ales Bialiatski', 'also called')
		]);
		const [m] = set(run(file), 'people-roles');
		expect(m?.pairs.map((p) => p.left)).not.toContain('Ihar Losik');
		// Bialiatski also "blogger", so the blogger row would have two right answers: left out.
		expect(m?.pairs.filter((p) => p.left === 'Ales Bialiatski')).toHaveLength(1);
	});

	it('shuffles the rights with the seed, never in the order of the lefts', () => {
		const seen = new Set<string>();
		for (let seed = 0; seed < 20; seed++) {
			const [m] = set(run(rolesFile(5), String(seed)), 'people-roles');
			const rights = m?.rights ?? [];
			expect(rights.every((r, i) => r === m?.pairs[i]?.right)).toBe(false);
			seen.add(rights.join('|'));
		}
		expect(seen.size).toBeGreaterThan(3);
	});
});

describe('event details ↔ events', () => {
	const detail = (id: string, value: string, type: ValueType, event: string, quote: string) =>
		with_(fact(id, value, type, `detail ${id}`, `relation ${id}`), {
			event,
			source: { documentId: 'doc', quote }
		});
	const file: FactFile = {
		...factFile([
			detail('a', 'journalists', 'group', 'release-52', 'Among the 52 were journalists.'),
			detail('b', 'dissidents', 'group', 'release-52', 'Among the 52 were dissidents.'),
			detail(
				'c',
				'an EU staff member',
				'group',
				'release-52',
				'Among the 52 was an EU staff member.'
			),
			detail('d', 'Ales Bialiatski', 'person', 'release-123', 'Among the 123 was Ales Bialiatski.'),
			detail(
				'e',
				'Maria Kolesnikova',
				'person',
				'release-123',
				'Among the 123 was Maria Kolesnikova.'
			),
			detail('f', 'John Coale', 'person', 'release-123', 'John Coale talked with Lukashenko.'),
			// Given away by the event's name:
			detail('g', 'potash', 'commodity', 'release-123', 'The US lifted sanctions on potash.'),
			detail('h', '52', 'count', 'release-52', 'The release of 52 prisoners.'),
			// Mentioned by a sentence of the other release:
			detail(
				'i',
				'Alexander Lukashenko',
				'person',
				'release-52',
				'Some had opposed Alexander Lukashenko.'
			),
			// An assessment cannot be a bare pair:
			with_(detail('j', 'bankers', 'group', 'release-52', 'Bankers may have been freed too.'), {
				status: { kind: 'assessment', by: 'the document' }
			})
		]),
		events: RELEASE_EVENTS
	};

	it('categorises details under their events, at least one of each', () => {
		const [m, ...rest] = set(run(file), 'event-details');
		expect(rest).toEqual([]);
		expect(m?.pairs.length).toBeGreaterThanOrEqual(MIN_PAIRS);
		expect(m?.pairs.length).toBeLessThanOrEqual(MAX_PAIRS);
		expect([...(m?.rights ?? [])].sort()).toEqual(RELEASE_EVENTS.map((e) => e.name).sort());
		for (const p of m?.pairs ?? []) {
			const f = file.facts.find((x) => x.id === p.factId) as Fact;
			expect(p.right).toBe(RELEASE_EVENTS.find((e) => e.id === f.event)?.name);
		}
	});

	it('leaves out details an event’s name gives away, another event mentions, or an assessment', () => {
		const lefts = set(run(file), 'event-details').flatMap((m) => m.pairs.map((p) => p.left));
		for (const out of ['potash', '52', 'Alexander Lukashenko', 'bankers'])
			expect(lefts).not.toContain(out);
	});

	it('uses a fact’s label for its side when it has one', () => {
		const labelled = {
			...file,
			facts: file.facts.map((f) => (f.id === 'f' ? with_(f, { label: 'John Coale, envoy' }) : f))
		};
		const lefts = set(run(labelled), 'event-details').flatMap((m) => m.pairs.map((p) => p.left));
		expect(lefts).toContain('John Coale, envoy');
	});

	it('makes nothing of a deck with one event', () => {
		const one = { ...file, facts: file.facts.filter((f) => f.event === 'release-52') };
		expect(set(run(one), 'event-details')).toEqual([]);
	});
});
