import { expect, test } from '@playwright/test';

test('a card links to its sentence in the source, highlighted on arrival', async ({ page }) => {
	await page.goto('/study');
	await page.getByRole('button', { name: /show answer/i }).click();
	const quote = (await page.locator('blockquote').textContent())?.trim() ?? '';
	expect(quote.length).toBeGreaterThan(20);
	// Described by its quote: one of many such links on a quiz's review, told apart.
	await expect(page.getByRole('link', { name: /Read it in/ })).toHaveAccessibleDescription(quote);
	await page.getByRole('link', { name: /Read it in/ }).click();
	await expect(page).toHaveURL(/\/sources\/d00[01]#fact-/);
	const mark = page.locator('mark');
	await expect(mark).toHaveText(quote);
	await expect(mark).toBeFocused();
	await expect(mark).toBeInViewport();
});

test.describe('on a phone', () => {
	test.use({ viewport: { width: 360, height: 640 } });

	test('a link to a sentence far down the document scrolls to it, from another page', async ({
		page
	}) => {
		await page.goto('/browse');
		const fact = page
			.getByRole('listitem')
			.filter({ hasText: 'Since which year has Alexander Lukashenko ruled Belarus?' })
			.first();
		await fact.getByRole('link', { name: /Read it in/ }).click();
		await expect(page).toHaveURL(/\/sources\/d00[01]#fact-/);
		const mark = page.locator('mark');
		await expect(mark).toContainText('1994');
		await expect(mark).toBeFocused();
		await expect(mark).toBeInViewport();
		expect(await page.evaluate(() => scrollY)).toBeGreaterThan(640);
	});

	test('a damaged address highlights nothing and breaks nothing', async ({ page }) => {
		const errors: string[] = [];
		page.on('pageerror', (e) => errors.push(e.message));
		await page.goto('/sources/d000#fact-%E0%A4%A');
		await expect(page.locator('h1')).toBeVisible();
		await expect(page.locator('mark')).toHaveCount(0);
		expect(errors).toEqual([]);
	});
});

test('each source document is shown in full, as text', async ({ page, request }) => {
	for (const [doc, file] of [
		['d000', '000_ab8cce6dda6e05d1.txt'],
		['d001', '001_84a00d3299e7105b.txt']
	]) {
		await page.goto(`/sources/${doc}`);
		const shown = (await page.locator('.document p').allTextContents()).join('\n');
		const { readFileSync } = await import('node:fs');
		const original = readFileSync(`src/content/${file}`, 'utf8');
		expect(shown).toBe(
			original
				.split(/\r?\n/)
				.filter((p) => p.trim())
				.join('\n')
		);
	}
	expect((await request.get('/sources/d999')).status()).toBe(404);
});

test.describe('before the app is installed (no service worker yet)', () => {
	// Once the service worker controls the page it serves the file from its precache,
	// which page.route cannot cut: the race would make the test flaky.
	test.use({ serviceWorkers: 'block' });

	test('a source page whose fact file cannot be fetched says so plainly, with a reload', async ({
		page
	}) => {
		// The network drops before the app is installed for offline use: the fact file never comes.
		await page.route(/\/facts\.[\w-]+\.json$/, (route) => route.abort('internetdisconnected'));
		await page.goto('/sources/d000');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Something went wrong');
		await expect(page.getByText(/could not be loaded\. Check the connection/)).toBeVisible();
		await expect(page.getByText('Internal Error')).toHaveCount(0);

		// Back online, the reload button brings the document back.
		await page.unroute(/\/facts\.[\w-]+\.json$/);
		await page.getByRole('button', { name: 'Reload the page' }).click();
		await expect(page.locator('.document p').first()).toBeVisible();
	});
});

test.describe('with JavaScript off', () => {
	test.use({ javaScriptEnabled: false });

	test('the study pages say they need it, and the sources still read in full', async ({ page }) => {
		for (const path of ['/', '/study', '/browse']) {
			await page.goto(path);
			// (Playwright's text locators skip <noscript>; CSS finds it.)
			const notice = page.locator('noscript p');
			await expect(notice).toBeVisible();
			await expect(notice).toContainText('need JavaScript, which is off in this browser');
		}
		await page.locator('noscript a').click();
		await expect(page).toHaveURL(/\/sources$/);
		await expect(page.locator('noscript')).toHaveCount(0);
		await page.getByRole('link').filter({ hasText: '52' }).first().click();
		await expect(page.locator('main')).toContainText('Among the 52 political prisoners released');
		await expect(page.locator('noscript')).toHaveCount(0);
	});
});
