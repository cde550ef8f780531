import { expect, test, type Page } from '@playwright/test';
import { keysWith, readStore, writeStore } from './helpers';

/** On /teach: builds and shares a quiz with this title; returns its assignment id. */
async function makeQuiz(page: Page, title: string): Promise<string> {
	await page.getByLabel('Title').fill(title);
	await expect(page.locator('.preview > li').first()).toBeVisible();
	await page.getByRole('button', { name: 'Share', exact: true }).click();
	await expect(page.getByRole('heading', { name: /is ready to share/ })).toBeFocused();
	const href = await page.getByRole('link', { name: 'Collect results' }).getAttribute('href');
	await page.getByRole('button', { name: 'Make another quiz' }).click();
	return (href ?? '').split('#')[1] ?? '';
}

test('a teacher deletes one of two quizzes, after confirming in place; results stay', async ({
	page
}) => {
	let dialogs = 0;
	page.on('dialog', (d) => {
		dialogs++;
		void d.dismiss();
	});
	await page.goto('/teach');
	const first = await makeQuiz(page, 'Quiz to delete');
	await makeQuiz(page, 'Quiz to keep');
	const list = page.getByRole('region', { name: 'Your quizzes' });
	await expect(list.locator('li')).toHaveCount(2);
	// A result collected for the quiz that is about to go.
	await writeStore(page, [[`result:${first}:Ann`, { v: 1, code: 'R1.kept.result' }]]);

	// Pressing Delete asks in place; "Keep it" (focused) and Escape back out.
	await list.getByRole('button', { name: 'Delete “Quiz to delete”' }).click();
	const ask = list.getByRole('group', { name: /Delete “Quiz to delete” from this device\?/ });
	await expect(ask).toBeVisible();
	await expect(ask.getByRole('button', { name: 'Keep it' })).toBeFocused();
	await page.keyboard.press('Escape');
	await expect(ask).toHaveCount(0);
	await expect(list.getByRole('button', { name: 'Delete “Quiz to delete”' })).toBeFocused();
	await page.keyboard.press('Enter');
	await ask.getByRole('button', { name: 'Delete “Quiz to delete”' }).click();
	await expect(
		list.getByRole('status').filter({ hasText: 'Deleted “Quiz to delete”.' })
	).toBeVisible();
	await expect(list.locator('li')).toHaveCount(1);

	await page.reload();
	await expect(list.locator('li')).toHaveCount(1);
	await expect(list.locator('li')).toContainText('Quiz to keep');
	const stored = await readStore(page);
	expect(keysWith(stored, 'quiz:')).toHaveLength(1);
	expect(keysWith(stored, 'result:')).toEqual([`result:${first}:Ann`]);
	expect(dialogs).toBe(0);
});
