import 'fake-indexeddb/auto';
import { beforeAll, expect, it, vi } from 'vitest';
import { deck as builtin } from '../builtin-deck';
import { fact, factFile } from '../items/fixtures';
import { DeckStore } from '../storage/decks';
import { loadBuiltinDeck } from './builtin-deck';
import { DeckLibrary } from './deck.svelte';

// The generator arrives late, as its chunk does on a slow network.
vi.mock('../deck-build', async (original) => {
	await new Promise((resolve) => setTimeout(resolve, 100));
	return original();
});

beforeAll(() => loadBuiltinDeck());

const classDeck = () => ({
	...factFile([fact('f1', '1991', 'year'), fact('f2', '1994', 'year'), fact('f3', '2020', 'year')]),
	deck: { id: 'class-a', title: 'Class A', version: 1 }
});

it('ends on the deck chosen last when a choice waiting for the generator is overtaken', async () => {
	const store = await DeckStore.open('deck-race-test');
	await store.save({ file: classDeck(), sources: {} }, new Date('2026-04-01T10:00:00Z'));
	await store.activate(null);
	const library = await DeckLibrary.load(store);
	await Promise.all([library.activate('class-a'), library.activate(null)]);
	expect(library.activeId).toBe(null);
	expect(await store.activeId()).toBe(null);
	expect(library.isBuiltin).toBe(true);
	expect(library.deck).toBe(builtin);
});
