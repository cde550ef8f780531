import { expect, test, type Page } from '@playwright/test';
import { gradeByKeyboard } from './helpers';

// Without the service worker, so that every request reaches the network and can be held back.
test.use({ serviceWorkers: 'block' });

/** Holds the deck's JSON back, as a slow network would, so the prerendered page is seen first. */
async function slowDeck(page: Page) {
	await page.route('**/_app/immutable/assets/*.json', async (route) => {
		await new Promise((resolve) => setTimeout(resolve, 1500));
		await route.continue();
	});
}

const visibility = (page: Page, selector: string) =>
	page.locator(selector).evaluate((el) => getComputedStyle(el).visibility);

test('a new learner sees the first card at once, and it is the card the session then asks', async ({
	page
}) => {
	await slowDeck(page);
	await page.goto('/study');
	const guess = page.locator('.guess h2');
	await expect(guess).toBeVisible();
	const guessed = await guess.textContent();
	await expect(page.getByRole('button', { name: /show answer/i })).toBeVisible();
	await expect(page.locator('.guess')).toHaveCount(0);
	await expect(page.locator('#question')).toHaveText(guessed ?? '');
});

test('after a grade, a reload hides the guess and shows the learner’s own next card', async ({
	page
}) => {
	await page.goto('/study');
	const first = await page.locator('#question').textContent();
	await gradeByKeyboard(page, '3');
	await expect(page.getByText('1 done today')).toBeVisible();
	await slowDeck(page);
	await page.reload();
	await expect(page.locator('html')).toHaveClass(/personal/);
	expect(await visibility(page, '.guess h2')).toBe('hidden');
	await expect(page.getByText('1 done today')).toBeVisible();
	await expect(page.locator('#question')).not.toHaveText(first ?? '');
});

test('a new learner’s first quiz starts with the question shown before the app was ready', async ({
	page
}) => {
	await slowDeck(page);
	await page.goto('/quiz');
	const guess = page.locator('.guess h2');
	await expect(guess).toBeVisible();
	expect(await visibility(page, '.guess h2')).toBe('visible');
	const guessed = await guess.textContent();
	await expect(page.getByText('Question 1 of 10')).toBeVisible();
	await expect(page.locator('.guess')).toHaveCount(0);
	await expect(page.locator('#quiz-question')).toHaveText(guessed ?? '');
	// Once answered, the next quiz is the learner's own (random), and so is any later first one.
	await page.keyboard.press('A');
	await expect(page.locator('.verdict')).toBeVisible();
	await page.reload();
	await expect(page.locator('html')).toHaveClass(/personal/);
});
