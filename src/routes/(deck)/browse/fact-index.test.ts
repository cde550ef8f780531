import { describe, expect, it } from 'vitest';
import type { Deck } from '$lib/deck';
import { deck } from '$lib/builtin-deck';
import type { Item } from '$lib/items/types';
import { filterFacts, indexDeck } from './fact-index';

describe('indexDeck / filterFacts', () => {
	const index = indexDeck(deck);

	it('lists every fact, each with the items built from it', () => {
		const all = filterFacts(index, { topic: '', kind: '' });
		expect(all.map((e) => e.fact.id)).toEqual(deck.file.facts.map((f) => f.id));
		const listed = all.flatMap((e) => e.items.map((i) => i.id));
		expect(listed.sort()).toEqual(deck.items.map((i) => i.id).sort());
	});

	it('filters by topic and by kind', () => {
		const topic = deck.file.facts[0]?.topic ?? '';
		const byTopic = filterFacts(index, { topic, kind: '' });
		expect(byTopic.length).toBe(index.topicCounts.get(topic));
		expect(byTopic.every((e) => e.fact.topic === topic)).toBe(true);
		const mcq = filterFacts(index, { topic: '', kind: 'mcq' });
		expect(mcq.length).toBeGreaterThan(0);
		expect(mcq.every((e) => e.items.length && e.items.every((i) => i.kind === 'mcq'))).toBe(true);
	});

	it('lists a multi-fact item under its first fact and refers to it from the others', () => {
		const [a, b] = deck.file.facts;
		if (!a || !b) throw new Error('the built-in deck has facts');
		const base = deck.items[0] as Item;
		const matching = { ...base, id: 'x:matching', kind: 'matching', factIds: [a.id, b.id] };
		const synthetic = { ...deck, items: [matching as Item] } as Deck;
		const entries = filterFacts(indexDeck(synthetic), { topic: '', kind: 'matching' });
		expect(entries.map((e) => [e.fact.id, e.items.length, e.partOf.length])).toEqual([
			[a.id, 1, 0],
			[b.id, 0, 1]
		]);
	});
});
