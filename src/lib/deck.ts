/**
 * A deck: a fact file and the items made from it, indexed for study, quiz and browsing. The
 * built-in deck ships its items pre-generated (builtin-deck.ts); a deck a teacher imports is
 * generated on the phone (deck-build.ts, loaded only then).
 */
import type { Fact, FactFile } from './facts/schema';
import { expandItems, type CompactItem } from './items/bank';
import type { Item, ItemKind, ItemOfKind, MultipleChoice } from './items/types';

export { DECK_SEED } from './deck-seed';

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

/** A deck over a fact file and the items made from it. */
export function deckOf(file: FactFile, items: Item[]): Deck {
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

/** A deck from a fact file and its item bank in compact form (see items/bank.ts). */
export const deckFromBank = (file: FactFile, bank: readonly CompactItem[]): Deck =>
	deckOf(file, expandItems(bank, file));
