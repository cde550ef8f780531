import AxeBuilder from '@axe-core/playwright';
import { expect, type BrowserContext, type Page } from '@playwright/test';

/** Every route of the app, as a user would type it. */
export const ROUTES = [
	'/',
	'/study',
	'/quiz',
	'/sources',
	'/sources/d000',
	'/sources/d001',
	'/browse',
	'/decks',
	'/teach',
	'/teach/results',
	'/assignment'
];

/** All entries of the app's one IndexedDB store, read in the page (real IndexedDB). */
export function readStore(page: Page): Promise<[string, unknown][]> {
	return page.evaluate(
		() =>
			new Promise<[string, unknown][]>((resolve, reject) => {
				const open = indexedDB.open('belarus-study');
				// Reading must never create the database: an empty one without the app's store would
				// make the app's own first open find no store. Not there yet → nothing stored.
				open.onupgradeneeded = () => open.transaction?.abort();
				open.onerror = () => (open.error?.name === 'AbortError' ? resolve([]) : reject(open.error));
				open.onsuccess = () => {
					const db = open.result;
					if (!db.objectStoreNames.contains('kv')) return resolve([]);
					const store = db.transaction('kv').objectStore('kv');
					const keys = store.getAllKeys();
					const values = store.getAll();
					values.onsuccess = () => {
						resolve((keys.result as string[]).map((k, i) => [k, values.result[i]]));
						db.close();
					};
				};
			})
	);
}

/** Writes raw entries into the app's store, as another version of the app (or corruption) would. */
export function writeStore(page: Page, entries: [string, unknown][]): Promise<void> {
	return page.evaluate(
		(entries) =>
			new Promise<void>((resolve, reject) => {
				const open = indexedDB.open('belarus-study');
				open.onupgradeneeded = () => open.result.createObjectStore('kv');
				open.onsuccess = () => {
					const tx = open.result.transaction('kv', 'readwrite');
					for (const [k, v] of entries) tx.objectStore('kv').put(v, k);
					tx.oncomplete = () => {
						open.result.close();
						resolve();
					};
					tx.onerror = () => reject(tx.error);
				};
			}),
		entries
	);
}

/**
 * On /study, a quiz question comes due: its card is stored in review, due a minute ago (as a quiz
 * answer three days ago left it). The page shows it once reloaded.
 */
export async function dueInStudy(page: Page, itemId: string) {
	await page.goto('/study');
	await expect(page.getByRole('button', { name: /show answer/i })).toBeVisible();
	const now = Date.now();
	const card = {
		...{ itemId, due: now - 60_000, stability: 3, difficulty: 5, elapsed_days: 3 },
		...{ scheduled_days: 3, learning_steps: 0, reps: 2, lapses: 0, state: 2 },
		last_review: now - 3 * 86_400_000
	};
	await writeStore(page, [[`card:${itemId}`, card]]);
}

export const keysWith = (entries: [string, unknown][], prefix: string) =>
	entries.map(([k]) => k).filter((k) => k.startsWith(prefix));

/** Waits until the service worker has installed (precached everything) and controls the page. */
export async function waitForServiceWorker(page: Page) {
	// `ready` resolves once a worker is active, i.e. after its install (the precache) finished.
	await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
	await page.waitForFunction(() => !!navigator.serviceWorker.controller);
}

/** No network at all: the browser is offline and every request, the worker's too, is refused. */
export async function cutNetwork(context: BrowserContext) {
	await context.setOffline(true);
	await context.route('**', (route) => route.abort('internetdisconnected'));
}

/** On /study: reveal the current card with Space and grade it with a key (1–4), once ready. */
export async function gradeByKeyboard(page: Page, key: '1' | '2' | '3' | '4') {
	await page.getByRole('button', { name: /show answer/i }).waitFor();
	await page.keyboard.press('Space');
	await page.getByRole('group', { name: 'How well did you remember?' }).waitFor();
	await page.keyboard.press(key);
}

/**
 * The built file of one source module (from Vite's build manifest), as a path in the app; or,
 * given `{ chunk }`, of a group of modules vite.config.ts puts in one file.
 */
export async function builtFile(source: string | { chunk: string }): Promise<string> {
	const { readFileSync } = await import('node:fs');
	const manifest = JSON.parse(
		readFileSync('.svelte-kit/output/client/.vite/manifest.json', 'utf8')
	) as Record<string, { file: string; name?: string }>;
	const entry =
		typeof source === 'string'
			? manifest[source]
			: Object.values(manifest).find((e) => e.name === source.chunk && e.file.endsWith('.js'));
	if (!entry) throw new Error(`${JSON.stringify(source)} is not in the build`);
	return `/${entry.file}`;
}

/**
 * The network drops before this module's built file arrives: every request for it fails until
 * the returned function is called (back online).
 */
export async function cutBuiltFile(
	page: Page,
	source: Parameters<typeof builtFile>[0]
): Promise<() => Promise<void>> {
	const pattern = `**${await builtFile(source)}`;
	await page.route(pattern, (route) => route.abort('internetdisconnected'));
	return () => page.unroute(pattern);
}

/**
 * axe over the whole page laid out at once: scrolled, a target can sit half under the sticky
 * navigation or the sticky bar of buttons, which axe counts as too small.
 */
export async function audit(page: Page) {
	const size = page.viewportSize();
	const height = await page.evaluate(() => document.documentElement.scrollHeight);
	if (size)
		await page.setViewportSize({ width: size.width, height: Math.max(size.height, height) });
	const { violations } = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'])
		.analyze();
	if (size) await page.setViewportSize(size);
	return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/**
 * A slow phone: once `setWriteDelay(page, ms)` is called, every IndexedDB write reports back
 * `ms` later (its transaction's complete event is held back).
 */
export async function slowWrites(page: Page) {
	await page.addInitScript(() => {
		const w = window as unknown as { writeDelay?: number };
		const complete = Object.getOwnPropertyDescriptor(IDBTransaction.prototype, 'oncomplete');
		Object.defineProperty(IDBTransaction.prototype, 'oncomplete', {
			get() {
				return complete?.get?.call(this);
			},
			set(handler: ((event: Event) => void) | null) {
				const later =
					handler &&
					((event: Event) => setTimeout(() => handler.call(this, event), w.writeDelay ?? 0));
				complete?.set?.call(this, later);
			}
		});
	});
}

export const setWriteDelay = (page: Page, ms: number) =>
	page.evaluate((delay) => ((window as unknown as { writeDelay: number }).writeDelay = delay), ms);
