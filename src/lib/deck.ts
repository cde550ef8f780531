/**
 * The built-in deck: the fact file shipped with the app and the items generated from it.
 * The fact file is validated here too; its quotes are checked against the documents by a unit
 * test at build time, so the documents' text stays out of this (start-up) module.
 */
import { builtinFactFile } from './builtin-facts';
import type { Fact, FactFile } from './facts/schema';
import { generateItems } from './items/generate';
import type { Item, ItemKind, ItemOfKind, MultipleChoice } from './items/types';

/** Fixed, so an item's options are the same on every device and every start. */
export const DECK_SEED = 'belarus-study-1';

export interface Deck {
	file: FactFile;
	items: Item[];
	item(id: string): Item | undefined;
	fact(id: string): Fact | undefined;
	/** Items that may be introduced as new study cards (flashcards). */
	studyIds: Set<string>;
	mcqs: MultipleChoice[];
	/** The items of one kind, in deck order. */
	byKind<K extends ItemKind>(kind: K): ItemOfKind<K>[];
}

export function buildDeck(file: FactFile, seed = DECK_SEED): Deck {
	const items = generateItems(file, seed);
	const byId = new Map(items.map((i) => [i.id, i]));
	const facts = new Map(file.facts.map((f) => [f.id, f]));
	const kinds = new Map<ItemKind, Item[]>();
	for (const item of items) {
		const list = kinds.get(item.kind) ?? [];
		list.push(item);
		kinds.set(item.kind, list);
	}
	return {
		file,
		items,
		item: (id) => byId.get(id),
		fact: (id) => facts.get(id),
		studyIds: new Set(items.filter((i) => i.kind === 'flashcard').map((i) => i.id)),
		mcqs: items.filter((i): i is MultipleChoice => i.kind === 'mcq'),
		byKind: <K extends ItemKind>(kind: K) => (kinds.get(kind) ?? []) as ItemOfKind<K>[]
	};
}

export { builtinFactFile };
export const deck = buildDeck(builtinFactFile);
