import { expect, test } from '@playwright/test';
import { keysWith, readStore, writeStore, gradeByKeyboard } from './helpers';

test('with IndexedDB blocked the app still works and says progress will not be kept', async ({
	page
}) => {
	await page.addInitScript(() => {
		IDBFactory.prototype.open = () => {
			throw new DOMException('The user denied permission to access the database.', 'SecurityError');
		};
	});
	await page.goto('/study');
	await expect(
		page.getByRole('status').filter({ hasText: 'progress will not be kept' })
	).toBeVisible();
	await gradeByKeyboard(page, '3');
	await expect(page.getByText('1 done today')).toBeVisible();
});

test('a corrupt saved card is skipped and reported, never a blank page', async ({ page }) => {
	await page.goto('/study');
	await expect(page.getByRole('button', { name: /show answer/i })).toBeVisible();
	await gradeByKeyboard(page, '3');
	await expect(page.getByText('1 done today')).toBeVisible();
	await writeStore(page, [['card:broken:flashcard', { itemId: 'broken:flashcard', due: 'soon' }]]);
	await page.reload();
	await expect(page.getByText('1 saved card could not be read and was skipped.')).toBeVisible();
	await expect(page.getByText('1 done today')).toBeVisible();
	await expect(page.locator('#question')).not.toBeEmpty();
});

test('progress saved by a newer version is left untouched', async ({ page }) => {
	await page.goto('/');
	await writeStore(page, [
		['meta:schema', 99],
		['card:future:flashcard', { shape: 'from the future' }]
	]);
	const before = await readStore(page);
	await page.goto('/study');
	await expect(page.getByText(/saved by a newer version/)).toBeVisible();
	await gradeByKeyboard(page, '3');
	await expect(page.getByText('1 done today')).toBeVisible();
	const after = await readStore(page);
	expect(after).toEqual(before);
	expect(keysWith(after, 'log:')).toEqual([]);
});
