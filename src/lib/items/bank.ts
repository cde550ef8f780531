/**
 * A compact, storable form of an item bank. Every item carries its source sentences (`source`,
 * `sources`), which repeat quotes the fact file already holds; the compact form writes "fact"
 * in their place whenever they are exactly what the item's facts give, and expanding restores
 * them from the fact file. The built-in deck ships its bank this way, generated at build time
 * (scripts/bank.ts), so a phone does not run the generator on every start.
 */
import type { Fact, FactFile } from '../facts/schema';
import type { Item, ItemSource } from './types';

/** Stands for "the source sentence(s) of the item's facts". */
const FROM_FACTS = 'fact';

type Compact<I> = I extends unknown
	? Omit<I, 'source' | 'sources'> & {
			source: ItemSource | typeof FROM_FACTS;
			sources: ItemSource[] | typeof FROM_FACTS;
		}
	: never;
export type CompactItem = Compact<Item>;

const sourceOf = (fact: Fact | undefined): ItemSource | undefined =>
	fact && { ...fact.source, factId: fact.id };

const sameSource = (a: ItemSource | undefined, b: ItemSource | undefined) =>
	!!a &&
	!!b &&
	Object.keys(a).length === Object.keys(b).length &&
	(Object.keys(a) as (keyof ItemSource)[]).every((k) => a[k] === b[k]);

function factLookup(file: FactFile) {
	const byId = new Map(file.facts.map((f) => [f.id, f]));
	return (id: string | undefined) => sourceOf(id === undefined ? undefined : byId.get(id));
}

export function compactItems(items: readonly Item[], file: FactFile): CompactItem[] {
	const source = factLookup(file);
	return items.map((item) => ({
		...item,
		source: sameSource(item.source, source(item.factIds[0])) ? FROM_FACTS : item.source,
		sources:
			item.sources.length === item.factIds.length &&
			item.sources.every((s, i) => sameSource(s, source(item.factIds[i])))
				? FROM_FACTS
				: item.sources
	}));
}

/** The items again, field order kept; throws when the bank names a fact the file lacks. */
export function expandItems(bank: readonly CompactItem[], file: FactFile): Item[] {
	const source = factLookup(file);
	const need = (id: string | undefined, itemId: string) => {
		const found = source(id);
		if (!found) throw new Error(`Item ${itemId} rests on fact ${id}, which the fact file lacks`);
		return found;
	};
	return bank.map(
		(item) =>
			({
				...item,
				source: item.source === FROM_FACTS ? need(item.factIds[0], item.id) : item.source,
				sources:
					item.sources === FROM_FACTS ? item.factIds.map((id) => need(id, item.id)) : item.sources
			}) as Item
	);
}
