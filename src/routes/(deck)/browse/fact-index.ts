/** What /browse needs to list and filter a deck, computed once per deck, not per filter change. */
import type { Deck } from '$lib/deck';
import type { Fact } from '$lib/facts/schema';
import { ITEM_KINDS, type Item, type ItemKind } from '$lib/items/types';

export interface FactEntry {
	fact: Fact;
	/** Items built from this fact first. */
	items: Item[];
	/** Items built mainly from other facts that also rest on this one (matching, timeline). */
	partOf: Item[];
}

export interface Filters {
	/** A topic id, or '' for all. */
	topic: string;
	kind: ItemKind | '';
}

export function indexDeck({ file, items }: Deck) {
	const built = new Map<string, Item[]>();
	const partOf = new Map<string, Item[]>();
	const kindCounts = new Map<ItemKind, number>();
	for (const item of items) {
		kindCounts.set(item.kind, (kindCounts.get(item.kind) ?? 0) + 1);
		item.factIds.forEach((id, i) => {
			const into = i === 0 ? built : partOf;
			const list = into.get(id);
			if (list) list.push(item);
			else into.set(id, [item]);
		});
	}
	const topicCounts = new Map<string, number>();
	for (const f of file.facts) topicCounts.set(f.topic, (topicCounts.get(f.topic) ?? 0) + 1);
	return {
		facts: file.facts.map((fact) => ({
			fact,
			items: built.get(fact.id) ?? [],
			partOf: partOf.get(fact.id) ?? []
		})),
		/** Topics that have facts, in the file's order. */
		topics: file.topics.filter((t) => topicCounts.has(t.id)),
		topicCounts,
		/** Kinds that have items, in the usual order. */
		kinds: ITEM_KINDS.filter((k) => kindCounts.has(k)),
		kindCounts,
		topicLabel: new Map(file.topics.map((t) => [t.id, t.label])),
		events: new Map(file.events.map((e) => [e.id, e.name])),
		documents: new Map(file.documents.map((d) => [d.id, d.title]))
	};
}

export type DeckIndex = ReturnType<typeof indexDeck>;

/** The facts a filter keeps, each with only the items of the kind asked for. */
export function filterFacts(index: DeckIndex, { topic, kind }: Filters): FactEntry[] {
	const ofKind = (items: Item[]) => (kind ? items.filter((item) => item.kind === kind) : items);
	return index.facts.flatMap((entry) => {
		if (topic && entry.fact.topic !== topic) return [];
		if (!kind) return [entry];
		const items = ofKind(entry.items);
		const partOf = ofKind(entry.partOf);
		return items.length || partOf.length ? [{ fact: entry.fact, items, partOf }] : [];
	});
}
