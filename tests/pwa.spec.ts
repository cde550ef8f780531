import { chromium, expect, test } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cutBuiltFile, ROUTES, waitForServiceWorker } from './helpers';

test('the manifest has what an installed app needs, with real icons', async ({ request }) => {
	const manifest = await (await request.get('/manifest.webmanifest')).json();
	expect(manifest).toMatchObject({
		name: 'Belarus Study',
		short_name: 'Belarus Study',
		start_url: '/',
		display: 'standalone',
		theme_color: expect.stringMatching(/^#/),
		background_color: expect.stringMatching(/^#/)
	});
	expect(manifest.description.length).toBeGreaterThan(20);
	const sizes = manifest.icons.map(
		(i: { sizes: string; purpose: string }) => `${i.sizes} ${i.purpose}`
	);
	expect(sizes).toEqual(expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable']));
	for (const icon of manifest.icons) {
		const response = await request.get(icon.src);
		expect(response.headers()['content-type']).toBe('image/png');
		const png = await response.body();
		// PNG header: width and height at bytes 16–23.
		const [w, h] = icon.sizes.split('x').map(Number);
		expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([w, h]);
	}
});

test('the service worker precaches every route, the fallback page and the manifest', async ({
	request
}) => {
	const sw = await (await request.get('/sw.js')).text();
	const urls = [...sw.matchAll(/url:"([^"]+)"/g)].map((m) => m[1]);
	for (const route of ROUTES) expect(urls, route).toContain(route === '/' ? '/' : route.slice(1));
	expect(urls).toContain('404.html');
	expect(urls).toContain('manifest.webmanifest');
	expect(sw).toContain('x-sveltekit-invalidated');
	// One file: a worker whose runtime is a second file is installed with no handlers at all when
	// that one fetch fails, and then serves nothing offline.
	expect(sw).not.toMatch(/importScripts/);
});

test('when the app cannot get ready for offline use, the learner is told, not told it is ready', async ({
	page
}) => {
	// The worker's own fetch of one precached file fails (a flaky network on the first visit).
	await page
		.context()
		.route('**/builtin-bank.*.json', (route) =>
			route.request().serviceWorker() ? route.abort() : route.continue()
		);
	await page.goto('/study');
	await expect(page.getByRole('status').getByText(/^Not ready to work offline yet/)).toBeVisible({
		timeout: 15_000
	});
	await expect(page.getByText('Ready to work offline.')).toHaveCount(0);
});

test('when the part that installs the app for offline use does not arrive, the learner is told', async ({
	page
}) => {
	await cutBuiltFile(page, 'src/lib/components/ReloadPrompt.svelte');
	await page.goto('/study');
	await expect(page.getByText(/ left · 0 done today/)).toBeVisible(); // the page itself works
	await expect(page.getByRole('status').getByText(/^Not ready to work offline yet/)).toBeVisible();
	expect(await page.evaluate(() => navigator.serviceWorker.getRegistrations())).toHaveLength(0);
});

test('Chromium reports the app as installable', async () => {
	const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'pwa-')), {
		executablePath: test.info().project.use.launchOptions?.executablePath,
		args: test.info().project.use.launchOptions?.args,
		baseURL: test.info().project.use.baseURL
	});
	const page = await context.newPage();
	await page.goto('/');
	await waitForServiceWorker(page);
	const cdp = await context.newCDPSession(page);
	const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
	expect(installabilityErrors).toEqual([]);
	await context.close();
});
