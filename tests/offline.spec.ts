import { expect, test } from '@playwright/test';
import { cutNetwork, ROUTES, waitForServiceWorker, gradeByKeyboard } from './helpers';

const HEADINGS: Record<string, RegExp> = {
	'/': /Belarus Study/,
	'/study': /Study/,
	'/quiz': /Quiz/,
	'/sources': /Sources/,
	'/sources/d000': /52/,
	'/sources/d001': /123/,
	'/browse': /Browse the deck/,
	'/decks': /^Decks$/,
	'/teach': /Teach/,
	'/teach/results': /Results/,
	'/assignment': /This assignment cannot be opened/
};

test('after one online visit, every route loads cold and links work with no network', async ({
	context
}) => {
	test.slow(); // eleven routes, each loaded cold in a new page, then a click-through
	const first = await context.newPage();
	await first.goto('/');
	await waitForServiceWorker(first);
	await first.close();

	await cutNetwork(context);

	for (const route of ROUTES) {
		const page = await context.newPage();
		const response = await page.goto(route);
		expect(response?.ok(), route).toBe(true);
		await expect(page.locator('h1'), route).toHaveText(HEADINGS[route] as RegExp);
		await page.close();
	}

	// Client-side navigation between routes, still offline.
	const page = await context.newPage();
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	await page.goto('/');
	const nav = page.getByRole('navigation', { name: 'Main' });
	await nav.getByRole('link', { name: 'Study' }).click();
	await expect(page.getByRole('button', { name: /show answer/i })).toBeVisible();
	await nav.getByRole('link', { name: 'Quiz' }).click();
	await expect(page.getByText('Question 1 of 10')).toBeVisible();
	await nav.getByRole('link', { name: 'Sources' }).click();
	await page.getByRole('link', { name: /123/ }).first().click();
	await expect(page.locator('h1')).toHaveText(/123/);
	await page.getByRole('link', { name: '← All sources' }).click();
	await expect(page.locator('h1')).toHaveText('Sources');
	await nav.getByRole('link', { name: 'Home' }).click();
	await expect(page.getByText(/cards? due today/)).toBeVisible();
	await expect(page.getByText(/500|Internal Error/)).toHaveCount(0);
	expect(errors).toEqual([]);

	// Study works offline and keeps the grade.
	await nav.getByRole('link', { name: 'Study' }).click();
	await gradeByKeyboard(page, '4');
	await expect(page.getByText('1 done today')).toBeVisible();
	await page.reload();
	await expect(page.getByText('1 done today')).toBeVisible();
});

test('an unknown address offline shows the app’s own page with a way home', async ({ context }) => {
	const first = await context.newPage();
	await first.goto('/');
	await waitForServiceWorker(first);
	await cutNetwork(context);
	const page = await context.newPage();
	await page.goto('/no/such/page');
	await expect(page.getByRole('heading', { name: 'This page does not exist' })).toBeVisible();
	await page.getByRole('link', { name: 'Go to the home page' }).click();
	await expect(page.locator('h1')).toHaveText('Belarus Study');
	// An address with a broken %-escape, on a known route or not: the same page, not a blank one.
	for (const broken of ['/quiz%E0', '/sources/%E0%A4', '/nothing%E0']) {
		await page.goto(broken);
		await expect(page.getByRole('heading', { name: 'This page does not exist' })).toBeVisible();
	}
});

test('without the service worker the same offline check fails (the test can fail)', async ({
	browser
}) => {
	const context = await browser.newContext({ serviceWorkers: 'block' });
	const page = await context.newPage();
	await page.goto('/');
	await cutNetwork(context);
	await expect(page.goto('/study')).rejects.toThrow();
	await context.close();
});
