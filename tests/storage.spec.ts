import { expect, test } from '@playwright/test';
import type { TrueFalse } from '../src/lib/items/types';
import { ofKind } from './bank';
import {
	builtFile,
	cutBuiltFile,
	dueInStudy,
	gradeByKeyboard,
	keysWith,
	readStore,
	writeStore
} from './helpers';

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

test('a deck in use that cannot be read: the built-in deck is used, and study and home say why', async ({
	page
}) => {
	await page.goto('/study');
	await expect(page.getByRole('button', { name: /show answer/i })).toBeVisible();
	await writeStore(page, [['meta:active-deck', 'class-7b']]); // no such deck stored
	const why = page.getByRole('status').filter({ hasText: 'The deck in use could not be read' });
	for (const route of ['/study', '/']) {
		await page.goto(route);
		await expect(why).toContainText('the built-in deck is used instead');
		await expect(why.getByRole('link', { name: 'Manage decks' })).toHaveAttribute('href', '/decks');
	}
	await page.goto('/study');
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

test('progress that cannot be read at start is not overwritten: the session is not saved, and says so', async ({
	page
}) => {
	// Reading the saved cards fails while this tab's flag is set.
	await page.addInitScript(() => {
		const getAll = IDBObjectStore.prototype.getAll;
		IDBObjectStore.prototype.getAll = function (query, count) {
			if (
				sessionStorage.getItem('fail-card-read') &&
				query instanceof IDBKeyRange &&
				query.lower === 'card:'
			)
				throw new DOMException('The read failed.', 'UnknownError');
			return getAll.call(this, query, count);
		};
	});
	await page.goto('/study');
	await gradeByKeyboard(page, '3');
	await expect(page.getByText('1 done today')).toBeVisible();
	const saved = await readStore(page);
	await page.evaluate(() => sessionStorage.setItem('fail-card-read', '1'));
	await page.reload();
	await expect(
		page.getByRole('status').filter({ hasText: 'Saved progress could not be read just now' })
	).toBeVisible();
	await gradeByKeyboard(page, '1');
	await expect(page.getByText('1 done today')).toBeVisible();
	expect(await readStore(page)).toEqual(saved);
	await page.evaluate(() => sessionStorage.removeItem('fail-card-read'));
	await page.reload();
	await expect(page.getByText('1 done today')).toBeVisible();
	await expect(page.getByText('Saved progress could not be read just now')).toHaveCount(0);
});

test('a grade that could not be saved is tried again on its own, and closing the tab asks first', async ({
	page
}) => {
	// Writing a review fails while this tab's flag is set (a full disk, say).
	await page.addInitScript(() => {
		const put = IDBObjectStore.prototype.put;
		IDBObjectStore.prototype.put = function (value, key) {
			if (sessionStorage.getItem('fail-save') && String(key).startsWith('log:'))
				throw new DOMException('The quota was exceeded.', 'QuotaExceededError');
			return put.call(this, value, key);
		};
	});
	await page.goto('/study');
	await page.evaluate(() => sessionStorage.setItem('fail-save', '1'));
	await gradeByKeyboard(page, '3');
	const unsaved = page.getByRole('alert').filter({ hasText: '1 grade could not be saved yet' });
	await expect(unsaved).toBeVisible();
	expect(keysWith(await readStore(page), 'log:')).toEqual([]);
	// Leaving now would lose it: the browser asks first.
	const asked = page.waitForEvent('dialog');
	await page.close({ runBeforeUnload: true });
	const dialog = await asked;
	expect(dialog.type()).toBe('beforeunload');
	await dialog.dismiss();
	expect(page.isClosed()).toBe(false);
	// The disk has room again: the grade is saved with no further answer.
	await page.evaluate(() => sessionStorage.removeItem('fail-save'));
	await expect(unsaved).toHaveCount(0, { timeout: 10_000 });
	expect(keysWith(await readStore(page), 'log:')).toHaveLength(1);
});

test.describe('before the app is installed (no service worker yet)', () => {
	// Once the service worker controls the page it serves the file from its precache,
	// which page.route cannot cut: the race would make the test flaky.
	test.use({ serviceWorkers: 'block' });

	test('a part of the app that never arrives is said plainly, and a reload recovers', async ({
		page
	}) => {
		// The network drops before the app is installed: the scheduler's file never comes.
		const backOnline = await cutBuiltFile(page, 'src/lib/srs/scheduler.ts');
		await page.goto('/study');
		const alert = page.getByRole('alert').filter({ hasText: 'could not be loaded' });
		await expect(alert).toBeVisible();
		await expect(alert).toContainText('Your progress is safe');
		await page.getByRole('link', { name: 'Home', exact: true }).click();
		await expect(page.getByText('Counting your cards')).toBeVisible();
		await expect(alert).toBeVisible();

		// Back online: the reload shows the learner's cards, and the message is gone.
		await backOnline();
		await alert.getByRole('button', { name: 'Reload the page' }).click();
		await expect(page.getByText(/cards? due today/)).toBeVisible();
		await expect(alert).toHaveCount(0);
	});

	test('a quiz question due in /study whose answer buttons never arrive is shown and self-graded', async ({
		page
	}) => {
		const item = ofKind('truefalse')[0] as TrueFalse;
		await dueInStudy(page, item.id);
		// The question kinds' file is on its way, and then the network drops.
		let fail = () => {};
		const failed = new Promise<void>((resolve) => (fail = resolve));
		await page.route(`**${await builtFile({ chunk: 'items-ui' })}`, async (route) => {
			await failed;
			await route.abort('internetdisconnected');
		});
		await page.reload();
		await expect(page.getByText('Loading the question…')).toBeVisible();
		// No key answers a question that is not on screen yet.
		await page.keyboard.press(item.truth ? 'F' : 'T');
		await page.keyboard.press('Space');
		await expect(page.getByRole('group', { name: 'How well did you remember?' })).toHaveCount(0);

		fail();
		await expect(page.getByText(/show the answer and grade yourself/)).toBeVisible();
		await expect(page.getByRole('heading', { level: 2 })).toHaveText(item.prompt);
		await expect(page.locator('.about')).toHaveText(item.statement);
		await gradeByKeyboard(page, '3');
		await expect(page.getByRole('heading', { level: 2 })).not.toHaveText(item.prompt);
		const logs = (await readStore(page))
			.filter(([k]) => k.startsWith('log:') && k.endsWith(item.id))
			.map(([, v]) => v as { grade: number; via: string });
		expect(logs).toEqual([expect.objectContaining({ grade: 3, via: 'study' })]);
	});
});
