import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { deck as builtin } from '../builtin-deck';

const content = (name: string) =>
	readFileSync(new URL(`../../content/${name}`, import.meta.url), 'utf8');

/** A fetch that serves the two files, or answers `status` for every request. */
function server(status = 200) {
	const asked: string[] = [];
	const fetcher = async (url: string | URL | Request) => {
		asked.push(String(url));
		if (status !== 200) return new Response('', { status });
		return new Response(content(String(url).includes('bank') ? 'builtin-bank.json' : 'facts.json'));
	};
	return { asked, fetcher: fetcher as typeof fetch };
}

// The browser's branch, with the module's cache fresh for each test.
beforeEach(() => {
	vi.resetModules();
	vi.stubEnv('SSR', false);
});
afterEach(() => {
	vi.unstubAllEnvs();
});

it('fetches the fact file and the item bank in the browser and builds the same deck', async () => {
	const { loadBuiltinDeck, builtinDeck, BUILTIN_DECK_FILES } = await import('./builtin-deck');
	expect(() => builtinDeck()).toThrow(/before it was loaded/);
	const { asked, fetcher } = server();
	const deck = await loadBuiltinDeck(fetcher);
	expect(asked.sort()).toEqual([...BUILTIN_DECK_FILES].sort());
	expect(deck.items).toEqual(builtin.items);
	expect(deck.file).toEqual(builtin.file);
	expect(builtinDeck()).toBe(deck);
	// Once per tab.
	await loadBuiltinDeck(fetcher);
	expect(asked).toHaveLength(2);
});

it('says plainly when a file cannot be read, and tries again on the next page', async () => {
	const { loadBuiltinDeck } = await import('./builtin-deck');
	await expect(loadBuiltinDeck(server(404).fetcher)).rejects.toThrow(
		'The built-in deck could not be read (404).'
	);
	const deck = await loadBuiltinDeck(server().fetcher);
	expect(deck.items).toHaveLength(builtin.items.length);
});

it('gives the sources the fact file alone, and the deck then reuses it without a second fetch', async () => {
	const { loadBuiltinFacts, loadBuiltinDeck } = await import('./builtin-deck');
	const { asked, fetcher } = server();
	const file = await loadBuiltinFacts(fetcher);
	expect(asked).toHaveLength(1);
	expect(asked[0]).not.toContain('bank');
	expect(file).toEqual(builtin.file);
	const deck = await loadBuiltinDeck(fetcher);
	expect(asked).toHaveLength(2);
	expect(asked[1]).toContain('bank');
	expect(deck.file).toBe(file);
});
