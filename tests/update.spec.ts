import { expect, test } from '@playwright/test';
import { spawn } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { waitForServiceWorker } from './helpers';

// Its own server on a copy of build/, so "deploying" a new version touches no other test.
const PORT = 4175;
const origin = `http://localhost:${PORT}`;
const up = () =>
	fetch(origin).then(
		(r) => r.status,
		() => 0
	);

async function serve(dir: string) {
	const server = spawn('node', ['scripts/serve.js', '--port', String(PORT), '--dir', dir], {
		stdio: 'ignore'
	});
	await expect.poll(up).toBe(200);
	return server;
}

test('a new version is offered with "Update available — reload" and never reloads by itself', async ({
	page
}) => {
	test.setTimeout(90_000); // two tabs, a deploy and the worker's update check
	const dir = mkdtempSync(join(tmpdir(), 'deploy-'));
	cpSync('build', dir, { recursive: true });
	let server = await serve(dir);
	try {
		await page.goto(`${origin}/study`);
		await waitForServiceWorker(page);
		const question = (await page.locator('#question').textContent()) ?? '';
		await page.getByRole('button', { name: /show answer/i }).click();
		// Mid-review, with a marker that a reload would wipe.
		await page.evaluate(() => ((window as unknown as { marker: number }).marker = 42));
		// A quiz in another tab of the app.
		const other = await page.context().newPage();
		await other.goto(`${origin}/quiz`);
		await expect(other.locator('.guess')).toHaveCount(0);
		await other.evaluate(() => ((window as unknown as { marker: number }).marker = 7));

		// Deploy a new version: the same worker with one byte more (the server reads files at start).
		server.kill();
		await expect.poll(up).toBe(0);
		appendFileSync(join(dir, 'sw.js'), '\n// next version\n');
		server = await serve(dir);
		await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));

		const banner = page.getByRole('status').filter({ hasText: 'Update available' });
		await expect(banner.getByText('Update available')).toBeVisible({ timeout: 15_000 });
		await page.waitForTimeout(1000);
		expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42);
		await expect(page.getByRole('group', { name: 'How well did you remember?' })).toBeVisible();

		await banner.getByRole('button', { name: 'Reload' }).click();
		await page.waitForFunction(() => !(window as unknown as { marker?: number }).marker);
		// Reloaded into the new version, the learner is where they were: the same card, answer shown.
		await expect(page.locator('#question')).toHaveText(question);
		await expect(page.getByRole('group', { name: 'How well did you remember?' })).toBeVisible();
		await expect(banner).toHaveCount(0);
		// The other tab was not reloaded under its learner: it still offers the reload.
		await other.waitForTimeout(1500);
		expect(await other.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(7);
		const otherBanner = other.getByRole('status').filter({ hasText: 'Update available' });
		await expect(otherBanner.getByText('Update available')).toBeVisible();
		// Its Reload loads the new version there too (nothing waits any more: taken elsewhere).
		await otherBanner.getByRole('button', { name: 'Reload' }).click();
		await other.waitForFunction(() => !(window as unknown as { marker?: number }).marker);
		await expect(other.locator('#quiz-question')).toBeVisible();
	} finally {
		server.kill();
	}
});
