/**
 * The deck in use: the built-in one, or a fact file a teacher imported (see storage/decks.ts).
 * Study, quiz and /browse read `library.deck`. An imported deck's item ids carry its deck id
 * (`<deckId>/<factId>:<kind>`), so its progress never mixes with the built-in deck's, and a new
 * version of the same deck keeps the progress of the items it still has.
 */
import type { Deck } from '../deck';
import { BUILTIN_DECK_ID } from '../deck-seed';
import type { Item, ItemKind, ItemOfKind } from '../items/types';
import { DeckStore, type NewDeck, type StoredDeck } from '../storage/decks';
import type { StoreMode } from '../storage/progress';
import { builtinDeck } from './builtin-deck';
import { markPersonal } from './personal';
import { nextTask } from './next-task';

export { BUILTIN_DECK_ID };

/** The progress key of an imported deck's item. */
export const namespacedItemId = (deckId: string, itemId: string) => `${deckId}/${itemId}`;

/**
 * A deck whose item ids all carry `deckId`; facts keep their ids (they are not progress keys).
 * Every member of the deck that hands out items is rebuilt from the renamed items.
 */
export function namespacedDeck(base: Deck, deckId: string): Deck {
	const rename = <T extends Item>(item: T): T => ({
		...item,
		id: namespacedItemId(deckId, item.id)
	});
	const items = base.items.map(rename);
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a deck never changes once built
	const byId = new Map(items.map((i) => [i.id, i]));
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a deck never changes once built
	const kinds = new Map<ItemKind, Item[]>();
	for (const item of items) {
		const list = kinds.get(item.kind);
		if (list) list.push(item);
		else kinds.set(item.kind, [item]);
	}
	return {
		...base,
		items,
		item: (id) => byId.get(id),
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a deck never changes once built
		studyIds: new Set([...base.studyIds].map((id) => namespacedItemId(deckId, id))),
		mcqs: base.mcqs.map(rename),
		byKind: <K extends ItemKind>(kind: K) => (kinds.get(kind) ?? []) as ItemOfKind<K>[]
	};
}

/** The item generator, loaded only when an imported deck needs it (the built-in bank is ready). */
const generator = () => import('../deck-build');

/** The generator could not make questions from a fact file that passed every check. */
export class DeckBuildError extends Error {
	constructor(cause: unknown) {
		super(cause instanceof Error ? cause.message : String(cause), { cause });
		this.name = 'DeckBuildError';
	}
}

export class DeckLibrary {
	/** Imported decks stored on this device, by title. */
	stored = $state.raw<StoredDeck[]>([]);
	/** The imported deck in use, or null for the built-in deck. */
	activeId = $state<string | null>(null);
	readonly problems = $state<string[]>([]);
	readonly mode: StoreMode;
	#store: DeckStore;
	/** Generated decks, by id and import time (a re-import is a new deck). A cache, not state. */
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- see above
	#built = new Map<string, Deck>();

	private constructor(store: DeckStore) {
		this.#store = store;
		this.mode = store.mode;
	}

	static async load(store?: DeckStore): Promise<DeckLibrary> {
		const library = new DeckLibrary(store ?? (await DeckStore.open()));
		await library.#refresh();
		return library;
	}

	/** The stored deck in use, or undefined when the built-in deck is. */
	get active(): StoredDeck | undefined {
		return this.#active;
	}

	get isBuiltin(): boolean {
		return this.#active === undefined;
	}

	/** The deck to study, quiz and browse. */
	get deck(): Deck {
		return this.#deck;
	}

	get title(): string {
		return this.#deck.file.deck.title;
	}

	/**
	 * Makes the questions of a checked deck, then stores it and makes it the one in use.
	 * Rejects, having changed nothing, when either fails (a DeckBuildError for the questions).
	 * A new version of a stored deck: the questions whose answer it changed (`relearn`) start
	 * again as new cards, as what was learnt of them is the old answer (the caller has the
	 * learners read their cards again).
	 */
	async import(deck: NewDeck, now: Date): Promise<{ deck: Deck; relearn: string[] }> {
		const id = deck.file.deck.id;
		let built: Deck;
		let changedItems: Awaited<ReturnType<typeof generator>>['changedItems'];
		try {
			const made = await generator();
			built = namespacedDeck(made.buildDeck(deck.file), id);
			changedItems = made.changedItems;
		} catch (error) {
			throw new DeckBuildError(error);
		}
		// Compared with the copy stored now (another tab may have stored a newer one than this tab
		// shows), or with what a deleted copy gave. None, or one that cannot be read, leaves
		// nothing to compare: schedules are kept.
		const before = await this.#store.valuesBefore(id).catch(() => undefined);
		const changed = before ? changedItems(before, deck.file, built.items) : [];
		const relearn = await this.#store.save(deck, now, { relearn: changed });
		this.#built.set(`${id}@${now.getTime()}`, built);
		await this.#refresh();
		return { deck: built, relearn };
	}

	/** Uses a stored deck, or the built-in one when `id` is null. */
	async activate(id: string | null): Promise<void> {
		await this.#store.activate(id);
		this.activeId = id;
		await this.#select();
	}

	/** Deletes a stored deck; what was learnt of it stays (see `DeckStore.remove`). */
	async remove(id: string, now: Date): Promise<void> {
		await this.#store.remove(id, now);
		await this.#refresh();
	}

	#active = $state.raw<StoredDeck>();
	#deck = $state.raw<Deck>(builtinDeck());
	/** Counts selections: one that waited for the generator is dropped if a newer one began. */
	#selections = 0;

	/** Points `deck` at the active deck, generating its items once per import. */
	async #select() {
		const turn = ++this.#selections;
		const active = this.stored.find((d) => d.id === this.activeId);
		if (!active) {
			if (this.activeId !== null)
				this.#report('The deck in use could not be read; the built-in deck is used instead.');
			this.#active = undefined;
			this.#deck = builtinDeck();
			return;
		}
		const key = `${active.id}@${active.importedAt.getTime()}`;
		let deck = this.#built.get(key);
		try {
			if (!deck) {
				const { buildDeck } = await generator();
				if (turn !== this.#selections) return;
				deck = namespacedDeck(buildDeck(active.file), active.id);
			}
		} catch {
			if (turn !== this.#selections) return;
			this.#report(
				`Questions could not be made from "${active.file.deck.title}"; the built-in deck is used instead.`
			);
			this.#active = undefined;
			this.#deck = builtinDeck();
			return;
		}
		this.#built.set(key, deck);
		this.#active = active;
		this.#deck = deck;
		markPersonal();
	}

	async #refresh() {
		try {
			const [stored, activeId] = await Promise.all([this.#store.list(), this.#store.activeId()]);
			this.stored = stored;
			this.activeId = activeId;
		} catch {
			this.#report('Saved decks could not be read; the built-in deck is used.');
		}
		for (const problem of this.#store.problems.splice(0)) this.#report(problem);
		await this.#select();
	}

	#report(problem: string) {
		if (!this.problems.includes(problem)) this.problems.push(problem);
	}
}

let shared: Promise<DeckLibrary> | undefined;

/** The one deck library of this tab, loaded on first use (in the browser only). */
export function getDeckLibrary(): Promise<DeckLibrary> {
	shared ??= nextTask()
		.then(() => DeckLibrary.load())
		.catch((error: unknown) => {
			shared = undefined; // the next page tries again
			throw error;
		});
	return shared;
}

/** Drops this tab's library (after a restore): the next page loads it afresh from storage. */
export function forgetDeckLibrary() {
	shared = undefined;
}
