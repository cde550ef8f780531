import 'fake-indexeddb/auto';
import { beforeAll, describe, expect, it } from 'vitest';
import { deck as builtin } from '../builtin-deck';
import { fact, factFile } from '../items/fixtures';
import { ITEM_KINDS } from '../items/types';
import { DeckStore } from '../storage/decks';
import { Progress } from '../storage/progress';
import { regradeOf } from '../srs/scheduler';
import { graded } from '../storage/fixtures';
import { loadBuiltinDeck } from './builtin-deck';
import { DeckBuildError, DeckLibrary, namespacedDeck } from './deck.svelte';

beforeAll(() => loadBuiltinDeck());

let n = 0;
const open = () => DeckStore.open(`deck-state-test-${++n}`);
const t0 = new Date('2026-04-01T10:00:00Z');
const classDeck = () => ({
	...factFile(
		[fact('f1', '1991', 'year'), fact('f2', '1994', 'year'), fact('f3', '2020', 'year')],
		[
			{ type: 'year', value: '1990' },
			{ type: 'year', value: '2001' }
		]
	),
	deck: { id: 'class-a', title: 'Class A', version: 1 }
});

/** Studies the flashcards of f1 and f2 of the class deck (Good). */
async function studyBoth(progress: Progress) {
	for (const itemId of ['class-a/f1:flashcard', 'class-a/f2:flashcard']) {
		const review = graded(itemId, t0);
		await progress.commitReview(review, regradeOf(review));
	}
}

describe('namespacedDeck', () => {
	it('prefixes every item id with the deck id, so progress never collides', () => {
		const deck = namespacedDeck(builtin, 'copy');
		expect(deck.items.length).toBe(builtin.items.length);
		for (const item of deck.items) expect(item.id.startsWith('copy/')).toBe(true);
		const first = deck.items[0];
		expect(first && deck.item(first.id)).toBe(first);
		expect([...deck.studyIds].every((id) => id.startsWith('copy/') && deck.item(id))).toBe(true);
		expect(deck.mcqs.every((m) => m.id.startsWith('copy/'))).toBe(true);
		for (const kind of ITEM_KINDS) {
			expect(deck.byKind(kind).map((i) => i.id)).toEqual(
				builtin.byKind(kind).map((i) => `copy/${i.id}`)
			);
		}
		const ids = new Set(builtin.items.map((i) => i.id));
		expect(deck.items.some((i) => ids.has(i.id))).toBe(false);
	});
});

describe('DeckLibrary', () => {
	it('uses the built-in deck until a deck is imported, then the imported one', async () => {
		const library = await DeckLibrary.load(await open());
		expect(library.isBuiltin).toBe(true);
		expect(library.deck).toBe(builtin);
		await library.import({ file: classDeck(), sources: {} }, t0);
		expect(library.activeId).toBe('class-a');
		expect(library.title).toBe('Class A');
		expect(library.deck.file.facts.map((f) => f.id)).toEqual(['f1', 'f2', 'f3']);
		expect(library.deck.items.every((i) => i.id.startsWith('class-a/'))).toBe(true);
		await library.activate(null);
		expect(library.deck).toBe(builtin);
		await library.activate('class-a');
		expect(library.title).toBe('Class A');
		await library.remove('class-a', t0);
		expect(library.deck).toBe(builtin);
		expect(library.stored).toEqual([]);
		expect(library.problems).toEqual([]);
	});

	it('a new version that changes an answer: that question is learnt again, the rest keep their schedule', async () => {
		const db = `deck-state-test-${++n}`;
		const library = await DeckLibrary.load(await DeckStore.open(db));
		await library.import({ file: classDeck(), sources: {} }, t0);
		const progress = await Progress.open(db);
		await studyBoth(progress);
		// The teacher corrects f1's year; the same deck id, a new version.
		const v2 = classDeck();
		v2.deck.version = 2;
		v2.facts = [fact('f1', '1992', 'year'), ...v2.facts.slice(1)];
		const { relearn } = await library.import({ file: v2, sources: {} }, t0);
		// Of the questions on f1, the one studied: the others have no schedule to start again.
		expect(relearn).toEqual(['class-a/f1:flashcard']);
		const cards = await progress.loadCards();
		expect(cards.has('class-a/f1:flashcard')).toBe(false);
		expect(cards.get('class-a/f2:flashcard')?.reps).toBe(1);
		expect(await progress.reviewsSince(t0)).toHaveLength(2); // the reviews stay
		// The same file again: nothing changed, nothing relearnt.
		expect((await library.import({ file: v2, sources: {} }, t0)).relearn).toEqual([]);
	});

	it('a deck deleted, then imported again corrected: the changed question is learnt again', async () => {
		const db = `deck-state-test-${++n}`;
		const library = await DeckLibrary.load(await DeckStore.open(db));
		await library.import({ file: classDeck(), sources: {} }, t0);
		const progress = await Progress.open(db);
		await studyBoth(progress);
		await library.remove('class-a', t0);
		expect(library.stored).toEqual([]);
		// What was learnt stays while the deck is gone.
		expect((await progress.loadCards()).size).toBe(2);
		const v2 = classDeck();
		v2.facts = [fact('f1', '1992', 'year'), ...v2.facts.slice(1)];
		expect((await library.import({ file: v2, sources: {} }, t0)).relearn).toEqual([
			'class-a/f1:flashcard'
		]);
		expect([...(await progress.loadCards()).keys()]).toEqual(['class-a/f2:flashcard']);
	});

	it('a stored copy that cannot be read any more does not block a good new version', async () => {
		const db = `deck-state-test-${++n}`;
		const { createStore, set } = await import('idb-keyval');
		await set(
			'deck:class-a',
			{ v: 1, importedAt: 0, file: { facts: 'damaged' }, sources: {} },
			createStore(db, 'kv')
		);
		const library = await DeckLibrary.load(await DeckStore.open(db));
		const { relearn } = await library.import({ file: classDeck(), sources: {} }, t0);
		expect(relearn).toEqual([]);
		expect(library.activeId).toBe('class-a');
		expect(library.deck.file.facts).toHaveLength(3);
	});

	it('stores nothing when no questions can be made from a file', async () => {
		const store = await open();
		const library = await DeckLibrary.load(store);
		const broken = { ...classDeck(), facts: null } as never;
		await expect(library.import({ file: broken, sources: {} }, t0)).rejects.toBeInstanceOf(
			DeckBuildError
		);
		expect(await store.list()).toEqual([]);
		expect(await store.activeId()).toBe(null);
		expect(library.deck).toBe(builtin);
	});

	it('falls back to the built-in deck when the active one cannot be read', async () => {
		const store = await open();
		await store.save({ file: classDeck(), sources: {} }, t0);
		await store.remove('class-a', t0);
		await store.activate('class-a');
		const library = await DeckLibrary.load(store);
		expect(library.deck).toBe(builtin);
		expect(library.problems).toEqual([
			'The deck in use could not be read; the built-in deck is used instead.'
		]);
	});
});
