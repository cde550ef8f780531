import { devices, expect, test, type Page } from '@playwright/test';
import { ROUTES } from './helpers';

/** Every visible button and button-like link: at least 44×44 CSS px. */
async function smallTargets(page: Page) {
	return page.evaluate(() =>
		[...document.querySelectorAll<HTMLElement>('button, a.button, nav a')]
			.filter((el) => el.offsetParent !== null)
			.map((el) => ({ text: el.textContent?.trim(), box: el.getBoundingClientRect() }))
			.filter(({ box }) => box.width < 44 || box.height < 44)
			.map(({ text, box }) => `${text} ${Math.round(box.width)}×${Math.round(box.height)}`)
	);
}
const overflows = (page: Page) =>
	page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);

for (const name of ['Pixel 7', 'iPhone 13', 'Galaxy S8'] as const) {
	const { viewport, deviceScaleFactor, isMobile, hasTouch, userAgent } = devices[name];
	test.describe(name, () => {
		test.use({ viewport, deviceScaleFactor, isMobile, hasTouch, userAgent });

		test('touch targets are at least 44×44 and nothing overflows, on every route', async ({
			page
		}) => {
			for (const route of ROUTES) {
				await page.goto(route);
				await expect(page.locator('h1')).toBeVisible();
				expect(await smallTargets(page), route).toEqual([]);
				expect(await overflows(page), route).toBe(false);
			}
			await page.goto('/study');
			await page.getByRole('button', { name: /show answer/i }).tap();
			await expect(page.getByRole('button', { name: /^Good/ })).toBeVisible();
			expect(await smallTargets(page)).toEqual([]);
			expect(await overflows(page)).toBe(false);
			await page.goto('/quiz');
			await page.locator('.options button').first().tap();
			expect(await smallTargets(page)).toEqual([]);
			expect(await overflows(page)).toBe(false);
		});
	});
}

test.describe('a small phone (360 × 640)', () => {
	test.use({ viewport: { width: 360, height: 640 }, isMobile: true, hasTouch: true });

	test('"Show answer" keeps the question in view, below the bar, with the answer', async ({
		page
	}) => {
		await page.goto('/study');
		const bar = await page.locator('header').first().boundingBox();
		for (let i = 0; i < 3; i++) {
			await page.getByRole('button', { name: /show answer/i }).tap();
			await expect(page.getByRole('button', { name: /^Good/ })).toBeVisible();
			const question = await page.locator('#question').boundingBox();
			const answer = await page.locator('.answer').boundingBox();
			// Its top too: none of these questions is taller than the screen.
			expect(question!.y, `card ${i + 1}`).toBeGreaterThanOrEqual(bar!.y + bar!.height);
			expect(answer!.y, `card ${i + 1}`).toBeLessThan(640);
			await page.getByRole('button', { name: /^Good/ }).tap();
		}
		// No keyboard to speak of: the key hints are not shown ("Space", "1"–"4", "Press A–D").
		expect(await page.locator('kbd:visible').count()).toBe(0);
		await page.goto('/quiz');
		await expect(page.getByText('Question 1 of 10')).toBeVisible();
		expect(await page.locator('kbd:visible, .key-hint:visible').count()).toBe(0);
	});
});
