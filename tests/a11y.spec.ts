import { expect, test } from '@playwright/test';
import { audit, ROUTES } from './helpers';

/** The page background of each colour scheme (app.css: --paper). */
const PAPER = { light: 'rgb(255, 255, 255)', dark: 'rgb(21, 24, 28)' } as const;

for (const scheme of ['light', 'dark'] as const) {
	test.describe(`${scheme} colour scheme`, () => {
		test.use({ colorScheme: scheme });

		test('no accessibility violations on any route (axe, WCAG 2.2 AA)', async ({ page }) => {
			test.slow(); // axe checks colour contrast over ~2,000 elements on /browse
			for (const route of ROUTES) {
				await page.goto(route);
				await expect(page.locator('h1')).toBeVisible();
				// Audit what the browser draws too (the /browse list), not only the prerendered page.
				await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
				const paper = await page.evaluate(
					() => getComputedStyle(document.documentElement).backgroundColor
				);
				expect(paper, route).toBe(PAPER[scheme]);
				expect(await audit(page), route).toEqual([]);
			}
		});

		test('no violations with an answer shown, and after a grade and its undo (study and quiz)', async ({
			page
		}) => {
			await page.goto('/study');
			await page.getByRole('button', { name: /show answer/i }).click();
			await expect(page.getByRole('button', { name: /^Good/ })).toBeVisible();
			expect(await audit(page)).toEqual([]);
			// After a grade, with Undo offered, and after an undo.
			await page.getByRole('button', { name: /^Good/ }).click();
			await page.getByRole('button', { name: 'Undo “Good”' }).waitFor();
			expect(await audit(page)).toEqual([]);
			await page.keyboard.press('u');
			await expect(page.getByRole('status').filter({ hasText: 'Undone' })).toBeVisible();
			expect(await audit(page)).toEqual([]);
			await page.goto('/quiz');
			await expect(page.getByText('Question 1 of 10')).toBeVisible();
			await page.keyboard.press('A');
			await expect(page.locator('.verdict')).toBeVisible();
			expect(await audit(page)).toEqual([]);
		});

		test('no violations on a fill-in-the-blank once answered (the word in the sentence)', async ({
			page
		}) => {
			await page.goto('/quiz');
			await expect(page.getByText(/^Question 1 of \d+/)).toBeVisible();
			await page.getByText('Question types:').click();
			for (const box of await page.locator('.kinds input[type="checkbox"]:enabled').all()) {
				const label = (await box.evaluate((el) => el.closest('label')?.textContent)) ?? '';
				await box.setChecked(label.trim().startsWith('Fill in the blank'));
			}
			await page.getByRole('button', { name: 'Start a new quiz' }).click();
			await expect(page.locator('#quiz-question')).toBeFocused();
			const typed = page.getByRole('textbox', { name: 'Missing word(s)' });
			// Typed or chosen: wait for whichever this question is before deciding.
			await expect(typed.or(page.locator('.options button').first())).toBeVisible();
			if (await typed.count()) {
				await typed.fill('not this');
				await typed.press('Enter');
			} else await page.keyboard.press('A');
			await expect(page.locator('.sentence mark')).toBeVisible();
			expect(await audit(page)).toEqual([]);
		});
	});
}
