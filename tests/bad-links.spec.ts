import { expect, test } from '@playwright/test';
import { LINK_MESSAGES, type Assignment } from '../src/lib/quiz/assignment';
import { CODE_MESSAGES, type StudentResult } from '../src/lib/quiz/result-code';
import { craftedCodes, craftedLinks } from '../src/lib/quiz/crafted-inputs';
import { readStore } from './helpers';

const assignment: Assignment = {
	id: 'crafted01',
	title: 'Crafted',
	deck: { id: 'belarus-releases', hash: 'AAAAAAAAAAAB' },
	itemIds: ['r52-count:mcq', 'r52-appeal:mcq', 'r52-us-aim:mcq'],
	seed: 'seed',
	settings: {
		timeLimit: null,
		shuffleQuestions: false,
		shuffleOptions: false,
		showAnswers: true,
		allowRetake: false,
		due: null
	}
};

// 61 links, each opened in the real browser: slow under CI's parallel load.
test.describe.configure({ timeout: 180_000 });

test('crafted assignment links: a plain message each, no script runs, nothing stored', async ({
	page
}) => {
	test.setTimeout(120_000);
	const dialogs: string[] = [];
	page.on('dialog', (d) => {
		dialogs.push(d.message());
		d.dismiss().catch(() => {});
	});
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	await page.goto('/');
	// The app's first run writes its schema version; everything after must leave the store alone.
	await expect.poll(async () => (await readStore(page)).length).toBeGreaterThan(0);
	const before = await readStore(page);
	const messages = new Set(Object.values(LINK_MESSAGES));

	const crafted = await craftedLinks(assignment);
	expect(crafted.length).toBeGreaterThanOrEqual(50);
	for (const { name, input } of crafted) {
		await page.goto('about:blank');
		await page.goto(`/assignment#${input}`);
		await expect(page.locator('h1'), name).toHaveText('This assignment cannot be opened');
		const message = (await page.getByRole('alert').first().textContent())?.trim() ?? '';
		expect(messages.has(message), `${name}: ${message}`).toBe(true);
		expect(await page.evaluate(() => 'pwned' in window || '__pwned' in window), name).toBe(false);
	}
	expect(dialogs).toEqual([]);
	expect(errors).toEqual([]);
	expect(await readStore(page)).toEqual(before);
});

test('crafted result codes: each refused with its reason, shown as text, nothing stored', async ({
	page
}) => {
	const dialogs: string[] = [];
	page.on('dialog', (d) => {
		dialogs.push(d.message());
		d.dismiss().catch(() => {});
	});
	await page.goto('/teach');
	await page.getByLabel('Title').fill('Codes check');
	await page.getByRole('button', { name: 'Share', exact: true }).click();
	await page.getByRole('link', { name: 'Collect results' }).click();
	await expect(page.getByLabel('Paste result codes')).toBeVisible();
	const before = await readStore(page);

	const sample: StudentResult = {
		assignmentId: 'crafted01',
		student: 'Ann',
		responses: [{ kind: 'choice', index: 1 }, null],
		seconds: 60,
		submittedAt: 1_780_000_000
	};
	const crafted = await craftedCodes(sample);
	await page.getByLabel('Paste result codes').fill(crafted.map((c) => c.input).join('\n'));
	await page.getByRole('button', { name: 'Add codes' }).click();
	await expect(page.getByText(/codes read:/)).toBeVisible();
	await expect(page.getByText(/0 accepted/)).toBeVisible();
	const reasons = await page.locator('li.bad').allTextContents();
	expect(reasons.length).toBeGreaterThanOrEqual(20);
	const known = Object.values(CODE_MESSAGES);
	for (const reason of reasons)
		expect(
			known.some((m) => reason.includes(m)),
			reason
		).toBe(true);
	await expect(page.getByText('No results yet.', { exact: false })).toBeVisible();
	expect(await page.evaluate(() => '__pwned' in window)).toBe(false);
	expect(dialogs).toEqual([]);
	expect(await readStore(page)).toEqual(before);

	// A damaged results link (a stray "%") opens the quizzes on this device, not a broken page.
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	await page.goto('/teach/results#%E0%A4%A');
	await expect(page.getByLabel('Paste result codes')).toBeVisible();
	expect(errors).toEqual([]);
});
