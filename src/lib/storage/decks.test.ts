import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createStore, entries, get, set } from 'idb-keyval';
import { factFile, fact } from '../items/fixtures';
import { ACTIVE_DECK_KEY, DeckStore, plainRecord } from './decks';
import { SCHEMA_VERSION } from './schema';

let n = 0;
const freshDb = () => `decks-test-db-${++n}`;
const t0 = new Date('2026-04-01T10:00:00Z');

function deckFile(id: string, title = `Deck ${id}`) {
	const file = factFile([fact('f1', '1991', 'year'), fact('f2', '1994', 'year')]);
	return { ...file, deck: { id, title, version: 1 } };
}
const text = 'Sentence stating 1991. Sentence stating 1994.';

describe('DeckStore', () => {
	it('writes a deck, makes it active and reads it back after a reopen', async () => {
		const db = freshDb();
		const store = await DeckStore.open(db);
		expect(store.mode).toBe('persistent');
		await store.save({ file: deckFile('class-a'), sources: plainRecord([['doc', text]]) }, t0);
		const keys = (await entries(createStore(db, 'kv'))).map(([k]) => k).sort();
		// The first write also marks the data as this version's (guardSchema).
		expect(keys).toEqual(['deck:class-a', ACTIVE_DECK_KEY, 'meta:schema']);

		const reopened = await DeckStore.open(db);
		expect(await reopened.activeId()).toBe('class-a');
		const [deck, ...rest] = await reopened.list();
		expect(rest).toEqual([]);
		expect(deck?.id).toBe('class-a');
		expect(deck?.file.facts.map((f) => f.id)).toEqual(['f1', 'f2']);
		expect(deck?.sources.doc).toBe(text);
		expect(Object.getPrototypeOf(deck?.sources)).toBe(null);
		expect(deck?.importedAt).toEqual(t0);
		expect(reopened.problems).toEqual([]);
	});

	it.each(['constructor', 'prototype'])(
		'keeps the source text of a document whose id is "%s" after a reopen',
		async (docId) => {
			const db = freshDb();
			const plain = deckFile('odd-ids');
			const file = JSON.parse(JSON.stringify(plain).replaceAll('"doc"', JSON.stringify(docId)));
			const store = await DeckStore.open(db);
			await store.save({ file, sources: plainRecord([[docId, text]]) }, t0);

			const [deck] = await (await DeckStore.open(db)).list();
			expect(deck?.file.documents.map((d) => d.id)).toEqual([docId]);
			expect(Object.keys(deck?.sources ?? {})).toEqual([docId]);
			expect(deck?.sources[docId]).toBe(text);
		}
	);

	it('lists decks by title and replaces a deck imported again with the same id', async () => {
		const db = freshDb();
		const store = await DeckStore.open(db);
		await store.save({ file: deckFile('b', 'Zebra'), sources: plainRecord([]) }, t0);
		await store.save({ file: deckFile('a', 'Apple'), sources: plainRecord([]) }, t0, {
			activate: false
		});
		expect(await store.activeId()).toBe('b');
		const newer = deckFile('b', 'Banana');
		await store.save({ file: { ...newer, deck: { ...newer.deck, version: 2 } }, sources: {} }, t0);
		const listed = await store.list();
		expect(listed.map((d) => [d.id, d.file.deck.title, d.file.deck.version])).toEqual([
			['a', 'Apple', 1],
			['b', 'Banana', 2]
		]);
	});

	it('activates a deck or the built-in one', async () => {
		const store = await DeckStore.open(freshDb());
		expect(await store.activeId()).toBe(null);
		await store.save({ file: deckFile('x'), sources: {} }, t0, { activate: false });
		await store.activate('x');
		expect(await store.activeId()).toBe('x');
		await store.activate(null);
		expect(await store.activeId()).toBe(null);
	});

	it('deletes a deck, and un-activates it when it was active', async () => {
		const db = freshDb();
		const store = await DeckStore.open(db);
		await store.save({ file: deckFile('keep'), sources: {} }, t0);
		await store.save({ file: deckFile('drop'), sources: {} }, t0);
		await store.remove('keep', t0);
		expect(await store.activeId()).toBe('drop');
		await store.remove('drop', t0);
		expect(await store.activeId()).toBe(null);
		expect(await store.list()).toEqual([]);
		expect(store.problems).toEqual([]);
	});

	it('keeps what a deleted deck gave as each answer, and nothing else of it', async () => {
		const values = [
			['f1', '1991'],
			['f2', '1994']
		];
		const db = freshDb();
		const store = await DeckStore.open(db);
		await store.save({ file: deckFile('gone'), sources: plainRecord([['doc', text]]) }, t0);
		expect(await store.valuesBefore('gone')).toEqual(values);
		await store.remove('gone', t0);
		expect(await store.valuesBefore('gone')).toEqual(values);
		// Neither its questions, notes and quotes nor its source texts are kept.
		expect(await get('deck:gone', createStore(db, 'kv'))).toEqual({
			v: 1,
			removedAt: t0.getTime(),
			values
		});
		// Deleted again (another tab still listed it): what was kept stays.
		await store.remove('gone', t0);
		expect(await store.valuesBefore('gone')).toEqual(values);
		expect(await store.valuesBefore('never-stored')).toBe(undefined);
		// A record that cannot be read is deleted all the same, with nothing kept.
		await set('deck:broken', { v: 1, file: 'nonsense' }, createStore(db, 'kv'));
		expect(await store.valuesBefore('broken')).toBe(undefined);
		await store.remove('broken', t0);
		expect(await get('deck:broken', createStore(db, 'kv'))).toBe(null);
		// A deck stored under another deck's key keeps nothing for this one.
		await store.save({ file: deckFile('moved'), sources: {} }, t0);
		await set('deck:other', await get('deck:moved', createStore(db, 'kv')), createStore(db, 'kv'));
		await store.remove('other', t0);
		expect(await get('deck:other', createStore(db, 'kv'))).toBe(null);
		await store.remove('moved', t0);
		// Deleting a deck that was never stored writes nothing.
		await store.remove('never-stored', t0);
		expect(await get('deck:never-stored', createStore(db, 'kv'))).toBe(undefined);
		expect(await store.list()).toEqual([]);
		expect(store.problems).toEqual([]);
	});

	it('skips and reports a corrupt record, and one whose quotes fail their stored text', async () => {
		const db = freshDb();
		const store = await DeckStore.open(db);
		await store.save({ file: deckFile('ok'), sources: {} }, t0);
		const kv = createStore(db, 'kv');
		await set('deck:broken', { v: 1, importedAt: 'yesterday', file: {}, sources: {} }, kv);
		await set('deck:bad-file', { v: 1, importedAt: 0, file: { format: 1 }, sources: {} }, kv);
		await set(
			'deck:bad-quote',
			{ v: 1, importedAt: 0, file: deckFile('bad-quote'), sources: { doc: 'Other text.' } },
			kv
		);
		// A copy of a deck under another deck's key would list one deck twice.
		await set('deck:copy', await get('deck:ok', kv), kv);
		const decks = await store.list();
		expect(decks.map((d) => d.id)).toEqual(['ok']);
		expect(store.problems).toEqual(['4 saved decks could not be read and were skipped.']);
	});

	it('a failing write changes nothing', async () => {
		const db = freshDb();
		const store = await DeckStore.open(db);
		await store.save({ file: deckFile('first'), sources: {} }, t0);
		const before = await entries(createStore(db, 'kv'));
		// A function cannot be stored: the deck's put throws, so the activation is not kept either.
		const bad = { ...deckFile('second'), extra: () => 1 } as never;
		await expect(store.save({ file: bad, sources: {} }, t0)).rejects.toBeTruthy();
		expect(await entries(createStore(db, 'kv'))).toEqual(before);
	});

	it('leaves data of a newer schema untouched and works in memory', async () => {
		const db = freshDb();
		const kv = createStore(db, 'kv');
		await set('meta:schema', SCHEMA_VERSION + 1, kv);
		await set('deck:future', { shape: 'from the future' }, kv);
		const before = await entries(kv);
		const store = await DeckStore.open(db);
		expect(store.mode).toBe('newer-data');
		expect(await store.list()).toEqual([]);
		await store.save({ file: deckFile('now'), sources: {} }, t0);
		expect((await store.list()).map((d) => d.id)).toEqual(['now']);
		expect(await entries(kv)).toEqual(before);
		expect(await get(ACTIVE_DECK_KEY, kv)).toBe(undefined);
	});
});
