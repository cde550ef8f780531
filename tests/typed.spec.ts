/**
 * Typed answers on the Bialiatski card in /study: transliterations and Cyrillic count as right, a
 * one-letter typo asks "Almost — check the spelling" and the learner's choice is what is graded.
 * The card is made due by writing its scheduling state, as an earlier day's review would have.
 */
import { expect, test, type Page } from '@playwright/test';
import { readStore, writeStore } from './helpers';

const ID = 'r123-laureate:flashcard';
const PROMPT = /Which Nobel Peace Prize laureate was among the 123 political prisoners/;
const DAY = 86_400_000;

/** Makes the Bialiatski card due now (reviewed three days ago, due a minute ago) and reloads. */
async function bialiatskiDue(page: Page) {
	const now = Date.now();
	await writeStore(page, [
		[
			`card:${ID}`,
			{
				itemId: ID,
				due: now - 60_000,
				stability: 3,
				difficulty: 5,
				elapsed_days: 3,
				scheduled_days: 3,
				learning_steps: 0,
				reps: 2,
				lapses: 0,
				state: 2,
				last_review: now - 3 * DAY
			}
		]
	]);
	await page.reload();
	await expect(page.locator('#question')).toHaveText(PROMPT);
}

/** The grades logged for the Bialiatski card, in order. */
async function grades(page: Page) {
	return (await readStore(page))
		.filter(([k]) => k.startsWith('log:') && k.endsWith(ID))
		.map(([, v]) => (v as { grade: number }).grade);
}

async function typeAnswer(page: Page, text: string) {
	const field = page.getByRole('textbox', { name: 'Your answer' });
	await field.fill(text);
	await field.press('Enter');
}

test.beforeEach(async ({ page }) => {
	await page.goto('/study');
	await expect(page.getByRole('button', { name: /show answer/i })).toBeVisible();
});

test('Бяляцкі and bialiacki count as right; the suggested grade (Good) is confirmed with Enter', async ({
	page
}) => {
	await bialiatskiDue(page);
	// Off by default: the card is revealed and self-graded as before.
	const typing = page.getByLabel('Type your answer');
	await expect(typing).not.toBeChecked();
	await expect(page.getByRole('textbox', { name: 'Your answer' })).toHaveCount(0);
	await typing.check();

	await typeAnswer(page, 'Бяляцкі');
	await expect(page.locator('.verdict')).toHaveText('Right.');
	await expect(page.getByText('Suggested: Good (your answer was right).')).toBeVisible();
	await expect(page.locator('blockquote')).toContainText('Ales Bialiatski');
	const good = page.getByRole('button', { name: /^Good, next in/ });
	await expect(good).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page.locator('#question')).not.toHaveText(PROMPT);
	expect(await grades(page)).toEqual([3]);

	// The choice to type is remembered.
	await bialiatskiDue(page);
	await expect(page.getByLabel('Type your answer')).toBeChecked();
	await typeAnswer(page, 'bialiacki');
	await expect(page.locator('.verdict')).toHaveText('Right.');
	await page.keyboard.press('Enter');
	await expect(page.locator('#question')).not.toHaveText(PROMPT);
	expect(await grades(page)).toEqual([3, 3]);
});

test('a wrong name is wrong: Again is suggested, and any grade can still be chosen', async ({
	page
}) => {
	await bialiatskiDue(page);
	await page.getByLabel('Type your answer').check();
	await typeAnswer(page, 'Kolesnikova');
	await expect(page.locator('.verdict')).toHaveText('Not quite. The answer is Ales Bialiatski.');
	await expect(page.getByText('Suggested: Again (your answer was wrong).')).toBeVisible();
	await expect(page.getByRole('button', { name: /^Again, next in/ })).toBeFocused();
	await page.keyboard.press('2');
	await expect(page.locator('#question')).not.toHaveText(PROMPT);
	expect(await grades(page)).toEqual([2]);
});

test('"Show answer" instead of Check: the answer is shown for self-grading, no field is left that does nothing', async ({
	page
}) => {
	await bialiatskiDue(page);
	await page.getByLabel('Type your answer').check();
	await page.getByRole('textbox', { name: 'Your answer' }).fill('Bialia');
	await page.getByRole('button', { name: /show answer/i }).click();
	await expect(page.locator('.answer strong')).toHaveText('Ales Bialiatski');
	await expect(page.getByRole('textbox', { name: 'Your answer' })).toHaveCount(0);
	await expect(page.getByRole('button', { name: 'Check' })).toHaveCount(0);
	await expect(page.getByText(/^Suggested:/)).toHaveCount(0);
	await page.keyboard.press('1');
	await expect(page.locator('#question')).not.toHaveText(PROMPT);
	expect(await grades(page)).toEqual([1]);
});

test('a one-letter typo: "Almost — check the spelling", and the learner decides', async ({
	page
}) => {
	await bialiatskiDue(page);
	await page.getByLabel('Type your answer').check();

	// "I meant that": counted as right, Good suggested.
	await typeAnswer(page, 'Bialiadski');
	await expect(page.getByText('Almost — check the spelling.')).toBeVisible();
	await expect(page.getByRole('alert')).toContainText('Did you mean Bialiatski?');
	await expect(page.locator('.verdict')).toHaveCount(0);
	await expect(page.getByRole('group', { name: 'How well did you remember?' })).toHaveCount(0);
	await page.getByRole('button', { name: 'I meant that (count it)' }).click();
	await expect(page.locator('.verdict')).toHaveText(
		'Counted as right. The spelling is Ales Bialiatski.'
	);
	await expect(page.getByText('Suggested: Good (your answer was right).')).toBeVisible();
	await page.getByRole('button', { name: /^Good, next in/ }).click();
	await expect(page.locator('#question')).not.toHaveText(PROMPT);
	expect(await grades(page)).toEqual([3]);

	// "Mark wrong": wrong, Again suggested, and graded Again when confirmed.
	await bialiatskiDue(page);
	await typeAnswer(page, 'Bialiadski');
	await expect(page.getByText('Almost — check the spelling.')).toBeVisible();
	await expect(page.getByRole('button', { name: 'I meant that (count it)' })).toBeFocused();
	await page.getByRole('button', { name: 'Mark wrong' }).click();
	await expect(page.locator('.verdict')).toHaveText('Not quite. The answer is Ales Bialiatski.');
	await expect(page.getByText('Suggested: Again (your answer was wrong).')).toBeVisible();
	await expect(page.getByRole('button', { name: /^Again, next in/ })).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page.locator('#question')).not.toHaveText(PROMPT);
	expect(await grades(page)).toEqual([3, 1]);
});
