import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { cutNetwork, gradeByKeyboard, keysWith, readStore, waitForServiceWorker } from './helpers';

/** Chooses a file through the page's own "Restore from a backup…" button, as a user does. */
async function chooseBackup(page: Page, path: string) {
	const chooser = page.waitForEvent('filechooser');
	await page.getByRole('button', { name: 'Restore from a backup…' }).click();
	await (await chooser).setFiles(path);
}

test('back up on one device, restore offline on another: the reviews are there', async ({
	browser
}, testInfo) => {
	// The first device studies three cards and downloads a backup.
	const first = await browser.newContext({ baseURL: testInfo.project.use.baseURL });
	const page = await first.newPage();
	await page.goto('/study');
	for (const key of ['3', '4', '1'] as const) await gradeByKeyboard(page, key);
	await expect(page.getByText('3 done today')).toBeVisible();
	await page.goto('/decks');
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download a backup' }).click();
	const file = testInfo.outputPath('backup.json');
	await (await download).saveAs(file);
	expect((await download).suggestedFilename()).toMatch(
		/^belarus-study-backup-\d{4}-\d\d-\d\d\.json$/
	);
	await expect(page.getByRole('status').filter({ hasText: 'Backup downloaded' })).toContainText(
		'3 reviews and 3 cards'
	);
	// The button kept the focus through the work (it is not disabled under it).
	await expect(page.getByRole('button', { name: 'Download a backup' })).toBeFocused();
	const saved = JSON.parse(readFileSync(file, 'utf8')) as { entries: [string, unknown][] };
	expect(keysWith(saved.entries, 'log:')).toHaveLength(3);
	await first.close();

	// The second device has opened the app once; now it has no network at all.
	const second = await browser.newContext({ baseURL: testInfo.project.use.baseURL });
	const phone = await second.newPage();
	await phone.goto('/decks');
	await waitForServiceWorker(phone);
	await cutNetwork(second);
	await phone.reload();
	await chooseBackup(phone, file);
	await expect(phone.getByText(/made on .+: 3 reviews and 3 cards\./)).toBeVisible();
	// What was checked waits for a confirmation, which has the focus.
	await expect(phone.getByRole('button', { name: 'Restore it' })).toBeFocused();
	await phone.keyboard.press('Enter');
	await expect(phone.getByRole('status').filter({ hasText: 'Restored' })).toContainText(
		'3 reviews and 3 cards added'
	);
	const stored = await readStore(phone);
	expect(keysWith(stored, 'card:').sort()).toEqual(keysWith(saved.entries, 'card:').sort());
	expect(keysWith(stored, 'log:').sort()).toEqual(keysWith(saved.entries, 'log:').sort());

	// Study, reached by the app's own link, counts the restored reviews.
	await phone.getByRole('link', { name: 'Study' }).click();
	await expect(phone.getByText('3 done today')).toBeVisible();

	// The same backup again adds nothing.
	await phone.goto('/decks');
	await chooseBackup(phone, file);
	await phone.getByRole('button', { name: 'Restore it' }).click();
	await expect(phone.getByRole('status').filter({ hasText: 'Nothing to restore' })).toBeVisible();
	await second.close();
});

test('a damaged backup or a wrong file is refused with the reason, and nothing changes', async ({
	page
}, testInfo) => {
	await page.goto('/study');
	await gradeByKeyboard(page, '3');
	await page.goto('/decks');
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download a backup' }).click();
	const good = JSON.parse(readFileSync(await (await download).path(), 'utf8')) as {
		entries: [string, { reps?: number }][];
	};
	// The backup's date is noted after the download starts: the store is as it stays once it is.
	await expect(page.getByText(/^Last backup from this device: /)).toBeVisible();
	const before = await readStore(page);

	const files: [string, string, RegExp][] = [
		['notes.txt', 'Not a backup at all', /not JSON/],
		['class-deck.json', JSON.stringify({ format: 1, facts: [] }), /looks like a fact file/],
		[
			'damaged.json',
			JSON.stringify({
				...good,
				entries: good.entries.map(([k, v]) => [k, k.startsWith('card:') ? { ...v, reps: -1 } : v])
			}),
			/damaged: record \d+ \(“card:.+”\) is not readable/
		],
		['newer.json', JSON.stringify({ ...good, schema: 2 }), /newer version/]
	];
	for (const [name, text, reason] of files) {
		const path = testInfo.outputPath(name);
		writeFileSync(path, text);
		await chooseBackup(page, path);
		await expect(page.getByRole('alert')).toContainText(reason);
		await expect(page.getByRole('alert')).toContainText('Nothing was restored.');
		await expect(page.getByRole('button', { name: 'Restore it' })).toHaveCount(0);
	}
	expect(await readStore(page)).toEqual(before);
});

test('after a day’s study with no backup, the end screen says so; a backup made stops it, and /decks says when', async ({
	page
}) => {
	await page.clock.install({ time: new Date(2026, 0, 10, 18, 0) });
	await page.goto('/study');
	for (let i = 0; i < 20; i++) await gradeByKeyboard(page, '4');
	const reminder = page.getByText(/Your progress is kept only in this browser, with no backup yet/);
	await expect(reminder).toBeVisible();
	await page.getByRole('link', { name: 'Download a backup' }).click();
	await expect(page).toHaveURL(/\/decks#backup$/);
	await expect(page.getByText('No backup made on this device yet.')).toBeVisible();
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download a backup' }).click();
	await download;
	await expect(
		page.getByText(/^Last backup from this device: (January 10, 2026|10 January 2026)\.$/)
	).toBeVisible();
	// The next day's study: no reminder, a backup is a day old.
	await page.clock.setSystemTime(new Date(2026, 0, 11, 18, 0));
	await page.goto('/study');
	await expect(page.getByText(/ left · 0 done today/)).toBeVisible();
	for (let i = 0; i < 20; i++) await gradeByKeyboard(page, '4');
	await expect(page.getByRole('heading', { name: 'Nothing more to study now' })).toBeVisible();
	await expect(page.getByText(/Your progress is kept only in this browser/)).toHaveCount(0);
	// Eight days on, it is due again, with the date of the last one.
	await page.clock.setSystemTime(new Date(2026, 0, 19, 18, 0));
	await page.goto('/study');
	await gradeByKeyboard(page, '4');
	while (await page.getByRole('button', { name: /show answer/i }).isVisible())
		await gradeByKeyboard(page, '4');
	await expect(
		page.getByText(/your last backup is from (January 10, 2026|10 January 2026)\b/)
	).toBeVisible();
});
