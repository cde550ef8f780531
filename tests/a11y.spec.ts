import { expect, test } from '@playwright/test';
import { audit, ROUTES, waitForServiceWorker } from './helpers';

/** The page background of each colour scheme (app.css: --paper). */
const PAPER = { light: 'rgb(255, 255, 255)', dark: 'rgb(21, 24, 28)' } as const;

for (const scheme of ['light', 'dark'] as const) {
	test.describe(`${scheme} colour scheme`, () => {
		test.use({ colorScheme: scheme });

		for (const route of ROUTES)
			test(`no accessibility violations on ${route} (axe, WCAG 2.2 AA)`, async ({ page }) => {
				test.slow(); // axe checks colour contrast over ~2,000 elements on /browse
				await page.goto(route);
				await expect(page.locator('h1')).toBeVisible();
				// Audit what the browser draws too (the /browse list), not only the prerendered page.
				await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
				const paper = await page.evaluate(
					() => getComputedStyle(document.documentElement).backgroundColor
				);
				expect(paper).toBe(PAPER[scheme]);
				expect(await audit(page)).toEqual([]);
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

test('a stray key in the navigation answers and grades nothing; in the page it still does (WCAG 2.1.4)', async ({
	page
}) => {
	await page.goto('/quiz');
	await expect(page.getByText('Question 1 of 10')).toBeVisible();
	await page.getByRole('link', { name: 'Sources' }).focus();
	for (const key of ['c', '1', 't']) await page.keyboard.press(key);
	await expect(page.locator('.verdict')).toHaveCount(0);
	await page.locator('main').focus();
	await page.keyboard.press('1');
	await expect(page.locator('.verdict')).toHaveCount(1);

	await page.goto('/study');
	await page.getByRole('button', { name: /show answer/i }).waitFor();
	await page.keyboard.press('Space');
	const grades = page.getByRole('group', { name: 'How well did you remember?' });
	await expect(grades).toBeVisible();
	const progress = await page.locator('.progress').textContent();
	await page.getByRole('link', { name: 'Home' }).focus();
	for (const key of ['1', 'u']) await page.keyboard.press(key);
	await expect(grades).toBeVisible();
	await expect(page.locator('.progress')).toHaveText(progress ?? '');
});

test.describe('large text and zoom', () => {
	test.use({ viewport: { width: 320, height: 640 } });

	test('twice the text size: the navigation wraps, and nothing runs off a 320 px screen', async ({
		page
	}) => {
		for (const route of ['/', '/study', '/quiz', '/teach', '/decks']) {
			await page.goto(route);
			await page.addStyleTag({ content: ':root { font-size: 200% !important }' });
			const nav = page.getByRole('navigation', { name: 'Main' });
			for (const link of await nav.getByRole('link').all())
				await expect(link, route).toBeInViewport({ ratio: 1 });
			const [wide, width] = await page.evaluate(() => [
				document.documentElement.scrollWidth,
				innerWidth
			]);
			expect(wide, route).toBeLessThanOrEqual(width);
		}
	});

	test('twice the text size on a phone: the grades stay two a row and out of the way, and answers fit', async ({
		page
	}) => {
		await page.setViewportSize({ width: 390, height: 844 });
		const large = ':root { font-size: 200% !important }';
		const fits = () => page.evaluate(() => document.documentElement.scrollWidth <= innerWidth);
		await page.goto('/study');
		await page.addStyleTag({ content: large });
		await page.getByRole('button', { name: /show answer/i }).click();
		const grades = page.getByRole('group', { name: 'How well did you remember?' });
		const tops = await grades
			.getByRole('button')
			.evaluateAll((buttons) => buttons.map((b) => Math.round(b.getBoundingClientRect().top)));
		expect(tops[0]).toBe(tops[1]);
		expect(tops[2]).toBeGreaterThan(tops[1] as number);
		expect(tops[2]).toBe(tops[3]);
		// A bar that tall does not stay over the card: it is in the page, after the answer.
		const bar = page.locator('.actions');
		await expect(bar).toHaveCSS('position', 'static');
		expect(await fits()).toBe(true);
		// At the usual size it stays in reach of the thumb.
		await page.addStyleTag({ content: ':root { font-size: 100% !important }' });
		await expect(bar).toHaveCSS('position', 'sticky');

		await page.goto('/quiz');
		await page.addStyleTag({ content: large });
		const options = page.getByRole('button', { name: /^[A-D]: / });
		await expect(options).toHaveCount(4);
		await page.keyboard.press('b');
		await expect(page.getByRole('button', { name: /next question/i })).toBeVisible();
		// The marks ("✓ right answer") go under a long option, not off the screen.
		expect(await fits()).toBe(true);
		for (const option of await options.all())
			expect(await option.evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true);
	});

	test('the "Ready to work offline" note: it stays while the keyboard is on it, covers no focused link, and hands the focus on', async ({
		page
	}) => {
		// The note comes into a status region that is on the page from the start, empty: screen
		// readers announce what comes into one, not always one that comes with its words.
		const html = await (await page.request.get('/quiz')).text();
		expect(html).toMatch(/<\/header>\s*<div role="status">(<!--[^>]*-->)*<\/div>/);
		await page.goto('/quiz');
		await waitForServiceWorker(page);
		const note = page.getByRole('status').filter({ hasText: 'Ready to work offline.' });
		const dismiss = note.getByRole('button', { name: 'Dismiss' });
		await dismiss.focus();
		// It goes away by itself after 6 s, but not from under the keyboard.
		await page.waitForTimeout(6_500);
		await expect(dismiss).toBeFocused();
		// Tabbing through the navigation: no link is hidden under the note (WCAG 2.4.11).
		const nav = page.getByRole('navigation', { name: 'Main' });
		for (const link of await nav.getByRole('link').all()) {
			await link.focus();
			await expect(note.getByText('Ready to work offline.')).toBeVisible();
			const clear = await link.evaluate((el) => {
				const box = el.getBoundingClientRect();
				const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
				return !!hit && el.contains(hit);
			});
			expect(clear, (await link.textContent()) ?? '').toBe(true);
		}
		// Nor is the skip link, the first stop of the keyboard.
		const skip = page.getByRole('link', { name: 'Skip to content' });
		await skip.focus();
		expect(
			await skip.evaluate((el) => {
				const box = el.getBoundingClientRect();
				const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
				return !!hit && el.contains(hit);
			})
		).toBe(true);
		// Dismissed from the keyboard: the focus goes to the page, not lost to <body>.
		await dismiss.focus();
		await page.keyboard.press('Enter');
		await expect(note).toHaveCount(0);
		await expect(page.locator('main')).toBeFocused();
	});

	test('a short screen (zoomed in): the bars scroll away instead of covering the card', async ({
		page
	}) => {
		await page.setViewportSize({ width: 320, height: 320 });
		await page.goto('/study');
		// The first visit's "Ready to work offline." note does not float over the card either.
		await waitForServiceWorker(page);
		await expect(
			page.getByRole('status').filter({ hasText: 'Ready to work offline.' })
		).toBeVisible();
		await page.getByRole('button', { name: /show answer/i }).waitFor();
		await page.keyboard.press('Space');
		await expect(page.getByRole('group', { name: 'How well did you remember?' })).toBeVisible();
		// The whole question can be read at once, not hidden in part under bars fixed over it.
		const question = page.locator('#question');
		const seen = await question.evaluate((el) => {
			el.scrollIntoView({ block: 'center' });
			const box = el.getBoundingClientRect();
			const x = box.left + box.width / 2;
			return [box.top + 2, box.bottom - 2].map((y) => {
				const hit = document.elementFromPoint(x, y);
				return !!hit && el.contains(hit);
			});
		});
		expect(seen).toEqual([true, true]);
	});
});
