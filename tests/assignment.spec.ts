import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import {
	cutBuiltFile,
	cutNetwork,
	keysWith,
	readStore,
	setWriteDelay,
	slowWrites,
	waitForServiceWorker
} from './helpers';

/** The teacher's preview: each question's prompt and the text of its right answer. */
async function answerKey(page: Page): Promise<Map<string, string>> {
	const key = new Map<string, string>();
	for (const card of await page.locator('.preview > li').all()) {
		const prompt = (await card.locator('.prompt').textContent())?.trim() ?? '';
		const answer = (await card.locator('li.answer').textContent())?.replace(' (answer)', '').trim();
		key.set(prompt, answer ?? '');
	}
	return key;
}

/** Answers the question on screen, rightly or wrongly; returns whether it was right. */
async function answer(
	page: Page,
	key: Map<string, string>,
	right: boolean,
	byKey = false
): Promise<void> {
	const prompt = (await page.locator('#question').textContent())?.trim() ?? '';
	const wanted = key.get(prompt);
	expect(wanted, prompt).toBeTruthy();
	const options = page.locator('.options button');
	const texts = (await options.allTextContents()).map((t) => t.replace(/^[A-H]/, '').trim());
	const at = texts.indexOf(wanted as string);
	expect(at).toBeGreaterThanOrEqual(0);
	const pick = right ? at : (at + 1) % texts.length;
	if (byKey)
		await page.keyboard.press(String.fromCharCode(65 + pick)); // A, B, C …
	else await options.nth(pick).click();
}

/** A quiz of `count` multiple-choice questions, shared from /teach: its link. */
async function shareMultipleChoice(page: Page, title: string, count: number): Promise<string> {
	await page.goto('/teach');
	await page.getByLabel('Title').fill(title);
	for (const kind of ['True or false', 'Fill in the blank', 'Matching', 'Timeline'])
		await page.getByRole('checkbox', { name: kind }).uncheck();
	await page.getByLabel('Number of questions').fill(String(count));
	await expect(page.locator('.preview > li')).toHaveCount(count);
	await page.getByRole('button', { name: 'Share', exact: true }).click();
	return page.getByLabel(/^Link for/).inputValue();
}

test('a teacher shares a quiz, a student takes it offline, the teacher collects the result', async ({
	browser
}) => {
	// Teacher: build, preview and share.
	const teacherContext = await browser.newContext({ acceptDownloads: true });
	const teacher = await teacherContext.newPage();
	await teacher.goto('/teach');
	await teacher.getByLabel('Title').fill('Week 3: the two releases');
	// Multiple choice only, so the answer key below can be read from the preview's options.
	for (const kind of ['True or false', 'Fill in the blank', 'Matching', 'Timeline'])
		await teacher.getByRole('checkbox', { name: kind }).uncheck();
	await teacher.getByLabel('Number of questions').fill('6');
	await teacher.getByLabel(/Time limit/).fill('15');
	await expect(teacher.locator('.preview > li')).toHaveCount(6);
	// The whole question (two cloze items share the prompt "Fill in the blank.").
	const first = await teacher.locator('.preview > li').first().textContent();
	await teacher.getByRole('button', { name: 'Swap question 1 for another' }).click();
	// The new question takes the focus, so its prompt is read out.
	await expect(teacher.locator('.preview > li').first().locator('.prompt')).toBeFocused();
	await expect(teacher.locator('.preview > li').first()).not.toHaveText(first ?? '');
	const key = await answerKey(teacher);
	expect(key.size).toBe(6);
	await teacher.getByRole('button', { name: 'Share', exact: true }).click();
	await expect(teacher.getByRole('heading', { name: /is ready to share/ })).toBeFocused();
	const link = await teacher.getByLabel(/^Link for/).inputValue();
	expect(link).toMatch(/\/assignment#2\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{8}$/);
	expect(link.length).toBeLessThan(2000);
	await expect(teacher.getByRole('img', { name: 'QR code of the quiz link' })).toBeVisible();

	// Student: the app was opened once; then no network at all.
	const studentContext = await browser.newContext();
	const student = await studentContext.newPage();
	const errors: string[] = [];
	student.on('pageerror', (e) => errors.push(e.message));
	await student.goto('/');
	await waitForServiceWorker(student);
	await cutNetwork(studentContext);
	await student.goto(link);
	await expect(student.locator('h1')).toHaveText('Week 3: the two releases');
	await expect(student.getByText('15 minutes')).toBeVisible();
	// Start with no name says why, at the field.
	const name = student.getByLabel('Your name, as your teacher knows you');
	await student.getByRole('button', { name: 'Start' }).click();
	await expect(student.getByRole('alert')).toHaveText('Type your name first.');
	await expect(name).toBeFocused();
	await expect(name).toHaveAccessibleDescription('Type your name first.');
	// Marked in colour too: a thick border in the error colour (the field's own rule must not win).
	await expect(name).toHaveCSS('border-top-width', '3px');
	const bad = await student.evaluate(() =>
		getComputedStyle(document.documentElement).getPropertyValue('--bad').trim()
	);
	const rgb = (hex: string) =>
		`rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;
	await expect(name).toHaveCSS('border-top-color', rgb(bad));
	await name.fill('Hanna Kavaliova');
	// A field at rest has a border that shows against the page (3:1), not the faint line colour.
	await expect(name).toHaveCSS('border-top-color', 'rgb(118, 118, 118)');
	await expect(student.getByText('Type your name first.')).toHaveCount(0);
	await student.getByRole('button', { name: 'Start' }).click();
	await expect(student.getByText(/Time left/)).toBeVisible();
	// The first question takes the focus from Start (a screen reader reads it).
	await expect(student.locator('h2#question')).toBeFocused();

	const plan = [true, false, true, true, false, true]; // 4 right of 6
	for (let i = 0; i < 3; i++) {
		await expect(student.getByText(`Question ${i + 1} of 6`)).toBeVisible();
		// Answered by key from the question's heading: the next question's heading takes the
		// focus, and is read with its number (a new heading: a screen reader reads a focus move).
		const heading = student.locator('h2#question');
		await heading.evaluate((el) => el.setAttribute('data-answered', ''));
		await answer(student, key, plan[i] as boolean, true);
		const next = student.locator('h2#question:not([data-answered])');
		await expect(next).toBeFocused();
		await expect(next).toHaveAccessibleDescription(`Question ${i + 2} of 6`);
	}
	await expect(student.getByText('Answered 3 of 6')).toBeVisible();
	// Every answer kept is kept with its review: written, or stored as owed with the answer.
	const reviewsOwedOrWritten = async () => {
		const stored = await readStore(student);
		return keysWith(stored, 'log:').length + keysWith(stored, 'pending:').length;
	};
	await expect.poll(reviewsOwedOrWritten).toBe(3);

	// Closing the tab and coming back resumes at the same question, offline.
	await student.reload();
	await expect(student.getByText('Question 4 of 6')).toBeVisible();
	await expect(student.getByText('Answered 3 of 6')).toBeVisible();
	for (let i = 3; i < 6; i++) {
		await expect(student.getByText(`Question ${i + 1} of 6`)).toBeVisible();
		await answer(student, key, plan[i] as boolean);
	}
	await student.getByRole('button', { name: 'Submit', exact: true }).click();
	await expect(student.getByRole('heading', { name: 'Your score: 4 / 6' })).toBeFocused();
	await expect(student.getByText(/self-reported/)).toBeVisible();
	const code = await student.getByLabel('Your result code').inputValue();
	expect(code).toMatch(/^R1\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{8}$/);
	await student.getByRole('button', { name: 'Copy' }).click();
	await expect(student.getByRole('status').filter({ hasText: /Copied|Selected/ })).toBeVisible();
	await expect(student.getByRole('img', { name: 'QR code of your result code' })).toBeVisible();
	await expect(student.locator('.review > li')).toHaveCount(6);

	// Saved on the phone: the submitted attempt, and every answer in the student's own schedule.
	await expect.poll(async () => keysWith(await readStore(student), 'log:').length).toBe(6);
	const stored = await readStore(student);
	expect(keysWith(stored, 'attempt:')).toHaveLength(1);
	expect(keysWith(stored, 'pending:')).toHaveLength(0);
	// No retake on this device.
	await student.reload();
	await expect(student.getByRole('heading', { name: 'Your score: 4 / 6' })).toBeVisible();
	await expect(student.getByRole('button', { name: 'Start' })).toHaveCount(0);
	// A class set of tablets: after asking, the device passes to the next student.
	await student.getByRole('button', { name: 'Another student on this device…' }).click();
	await expect(
		student.getByRole('button', { name: 'Hand over to the next student' })
	).toBeFocused();
	await student.keyboard.press('Enter');
	const nameField = student.getByLabel('Your name, as your teacher knows you');
	await expect(nameField).toBeFocused();
	await expect(nameField).toHaveValue('');
	expect(keysWith(await readStore(student), 'attempt:')).toHaveLength(0);
	expect(errors).toEqual([]);

	// Teacher: paste the code (twice, among chat noise): one student, 4 of 6.
	await teacher.getByRole('link', { name: 'Collect results' }).click();
	await teacher.getByLabel('Paste result codes').fill(`Hanna: ${code}\nsorry sent twice ${code}`);
	await teacher.getByRole('button', { name: 'Add codes' }).click();
	await expect(teacher.getByText('2 codes read:')).toBeVisible();
	await expect(teacher.getByText('already here (merged)')).toBeVisible();
	const row = teacher.getByRole('row', { name: /Hanna Kavaliova/ });
	await expect(row).toContainText('4 / 6 (67%)');
	const questions = teacher.locator('section .questions').first().locator('> li');
	await expect(questions).toHaveCount(6);
	await expect(questions.filter({ hasText: '100% correct' })).toHaveCount(4);
	await expect(questions.filter({ hasText: '0% correct (0 of 1)' })).toHaveCount(2);
	await expect(teacher.getByRole('heading', { name: 'Most missed' })).toBeVisible();

	const [download] = await Promise.all([
		teacher.waitForEvent('download'),
		teacher.getByRole('button', { name: 'Download CSV' }).click()
	]);
	const csv = await readFile((await download.path()) as string, 'utf8');
	// UTF-8 with a byte-order mark, so a spreadsheet reads Cyrillic names right.
	expect(csv.startsWith('\uFEFF"Assignment')).toBe(true);
	expect(download.suggestedFilename()).toMatch(/\.csv$/);
	expect(csv).toContain('"Hanna Kavaliova","4","6","67"');

	// Kept: after a reload the result is still there.
	await teacher.reload();
	await expect(teacher.getByRole('row', { name: /Hanna Kavaliova/ })).toContainText('4 / 6');
	await teacherContext.close();
	await studentContext.close();
});

test('the teacher and student pages fit a 390 px phone, with 44 px targets', async ({
	browser
}) => {
	test.setTimeout(90_000);
	const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
	const page = await context.newPage();
	const fits = async (where: string) => {
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth
		);
		expect(overflow, where).toBeLessThanOrEqual(0);
		const axe = await new AxeBuilder({ page })
			.withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'])
			.analyze();
		expect(axe.violations.map((v) => `${where}: ${v.id}`)).toEqual([]);
		for (const target of await page.locator('main button:visible, main .button:visible').all()) {
			const box = await target.boundingBox();
			expect(box?.height ?? 0, `${where}: ${await target.textContent()}`).toBeGreaterThanOrEqual(
				44
			);
		}
	};
	await page.goto('/teach');
	await page
		.getByLabel('Title')
		.fill('A title long enough to wrap on a small phone screen, surely');
	await expect(page.locator('.preview > li')).toHaveCount(10);
	await fits('/teach');
	await page.getByRole('button', { name: 'Share', exact: true }).click();
	const link = await page.getByLabel(/^Link for/).inputValue();
	await fits('/teach shared');
	await page.goto(link);
	await page.getByLabel('Your name, as your teacher knows you').fill('Ales');
	await fits('/assignment intro');
	await page.getByRole('button', { name: 'Start' }).click();
	await expect(page.getByText('Question 1 of 10')).toBeVisible();
	await fits('/assignment question');
	await page.goto('/teach/results');
	await expect(page.getByLabel('Paste result codes')).toBeVisible();
	await fits('/teach/results');
	await context.close();
});

test('on a slow phone, an answer given while the last one is still being saved is not lost', async ({
	page
}) => {
	// Every IndexedDB write takes half a second to report back once the delay is set.
	await slowWrites(page);
	const link = await shareMultipleChoice(page, 'Slow phone', 3);
	await page.goto(link);
	await page.getByLabel('Your name, as your teacher knows you').fill('Ales');
	await page.getByRole('button', { name: 'Start' }).click();
	await expect(page.getByText('Question 1 of 3')).toBeVisible();
	await setWriteDelay(page, 500);
	await page.locator('.options button').first().click();
	// The next question is up at once; the first answer is still being saved when this one comes.
	await expect(page.getByText('Question 2 of 3')).toBeVisible();
	await page.locator('.options button').nth(1).click();
	await expect(page.getByText('Question 3 of 3')).toBeVisible();
	await expect(page.getByText('Answered 2 of 3')).toBeVisible();
	await expect
		.poll(async () => {
			const [, attempt] = (await readStore(page)).find(([k]) => k.startsWith('attempt:')) ?? [];
			return (attempt as { responses: unknown[] } | undefined)?.responses.filter(Boolean).length;
		})
		.toBe(2);
});

test('a name typed while the saved one is still being read is kept', async ({ page }) => {
	// The saved name takes two seconds to come back from IndexedDB (a slow phone).
	await page.addInitScript(() => {
		const get = IDBObjectStore.prototype.get;
		const onsuccess = Object.getOwnPropertyDescriptor(IDBRequest.prototype, 'onsuccess')!;
		IDBObjectStore.prototype.get = function (key: IDBValidKey | IDBKeyRange) {
			const request = get.call(this, key);
			if (key === 'meta:student-name')
				Object.defineProperty(request, 'onsuccess', {
					set(handler: ((event: Event) => void) | null) {
						const late =
							handler &&
							((e: Event) =>
								setTimeout(() => {
									handler.call(request, e);
									(window as unknown as { nameRead: boolean }).nameRead = true;
								}, 2000));
						onsuccess.set!.call(request, late);
					}
				});
			return request;
		};
	});
	const link = await shareMultipleChoice(page, 'Slow name', 3);
	await page.goto(link);
	const field = page.getByLabel('Your name, as your teacher knows you');
	await field.fill('Ales');
	expect(
		await page.evaluate(() => (window as unknown as { nameRead?: boolean }).nameRead)
	).toBeFalsy();
	// The saved name (none) comes back after the learner typed theirs: theirs stays.
	await page.waitForFunction(() => (window as unknown as { nameRead?: boolean }).nameRead);
	await expect(field).toHaveValue('Ales');
	await page.getByRole('button', { name: 'Start' }).click();
	await expect(page.getByText('Question 1 of 3')).toBeVisible();
});

test.describe('before the app is installed (no service worker yet)', () => {
	// Once the service worker controls the page it serves the file from its precache,
	// which page.route cannot cut.
	test.use({ serviceWorkers: 'block' });

	test('an answer’s review is kept when the tab closes before the schedule could take it', async ({
		page,
		context
	}) => {
		const link = await shareMultipleChoice(page, 'Closed too soon', 3);
		// The scheduler's file never arrives on this page: the review cannot be given here.
		await cutBuiltFile(page, 'src/lib/srs/scheduler.ts');
		await page.goto(link);
		await page.getByLabel('Your name, as your teacher knows you').fill('Ales');
		await page.getByRole('button', { name: 'Start' }).click();
		await expect(page.getByText('Question 1 of 3')).toBeVisible();
		await page.locator('.options button').first().click();
		await expect(page.getByText('Question 2 of 3')).toBeVisible();
		await expect.poll(async () => keysWith(await readStore(page), 'pending:').length).toBe(1);
		expect(keysWith(await readStore(page), 'log:')).toHaveLength(0);
		await page.close();

		// Back online, the next page that loads the schedule writes the review, once.
		const later = await context.newPage();
		await later.goto('/');
		await expect(later.getByText(/cards? due today/)).toBeVisible();
		await expect.poll(async () => keysWith(await readStore(later), 'log:').length).toBe(1);
		const stored = await readStore(later);
		expect(keysWith(stored, 'pending:')).toHaveLength(0);
		expect(keysWith(stored, 'card:')).toHaveLength(1);
	});
});
