import { expect, test, type Page } from '@playwright/test';
import { gradeByKeyboard, keysWith, readStore } from './helpers';

test('study three cards by keyboard; after a reload the grades are kept and the next card is new', async ({
	page
}) => {
	await page.goto('/study');
	const question = page.locator('#question');
	await expect(page.getByRole('button', { name: /show answer/i })).toBeVisible();
	await expect(page.getByText('0 done today')).toBeVisible();

	const seen: string[] = [];
	for (let i = 0; i < 3; i++) {
		const text = (await question.textContent()) ?? '';
		seen.push(text);
		await page.keyboard.press('Space');
		const grades = page.getByRole('group', { name: 'How well did you remember?' });
		await expect(grades).toBeVisible();
		// A new card: Again in a minute, Good in ten, Easy in days.
		// Named in words (a screen reader reads "1m" as one metre); shown short.
		const again = grades.getByRole('button', { name: 'Again, next in 1 minute' });
		await expect(again).toContainText('1m');
		await expect(grades.getByRole('button', { name: 'Good, next in 10 minutes' })).toBeVisible();
		await expect(grades.getByRole('button', { name: /^Easy, next in \d+ days$/ })).toBeVisible();
		// The answer comes with its verbatim source sentence.
		await expect(page.locator('blockquote')).not.toBeEmpty();
		await page.keyboard.press('3');
		await expect(question).not.toHaveText(text);
		// The next question takes the focus and is read with where the learner is.
		await expect(question).toBeFocused();
		await expect(question).toHaveAccessibleDescription(
			`${19 - i} left · ${i + 1} done today · new card`
		);
	}
	await expect(page.getByText('3 done today')).toBeVisible();
	expect(new Set(seen).size).toBe(3);

	await page.reload();
	await expect(page.getByText('3 done today')).toBeVisible();
	const next = await question.textContent();
	expect(seen).not.toContain(next);

	const stored = await readStore(page);
	expect(keysWith(stored, 'card:')).toHaveLength(3);
	expect(keysWith(stored, 'log:')).toHaveLength(3);
	expect(stored.find(([k]) => k === 'meta:schema')?.[1]).toBe(1);

	// Home counts what a session would show: the three (Good, back in ten minutes) and 17 new.
	await page.getByRole('link', { name: 'Home' }).click();
	await expect(page.locator('.count')).toHaveText(/^\s*3\s+cards due today · 17 new\s*$/);
});

test('grades by clicking, and Again brings the card back later in the session', async ({
	page
}) => {
	await page.goto('/study');
	await page.getByRole('button', { name: /show answer/i }).click();
	await page.getByRole('button', { name: /^Again/ }).click();
	await expect(page.getByText('1 done today')).toBeVisible();
	const stored = await readStore(page);
	const [log] = stored
		.filter(([k]) => k.startsWith('log:'))
		.map(([, v]) => v as { grade: number; via: string });
	expect(log).toMatchObject({ grade: 1, via: 'study' });
});

test('undo a grade by button and by key: the card comes back question side up, and the review is gone after a reload', async ({
	page
}) => {
	await page.goto('/study');
	const question = page.locator('#question');
	const first = (await question.textContent()) ?? '';
	await expect(page.getByRole('button', { name: /^Undo/ })).toHaveCount(0);
	await gradeByKeyboard(page, '4');
	const second = (await question.textContent()) ?? '';
	await gradeByKeyboard(page, '1');
	await expect(page.getByText('2 done today')).toBeVisible();

	// The button names the grade it takes back; the card returns unrevealed, with the focus.
	await page.getByRole('button', { name: 'Undo “Again”' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Undone: “Again”' })).toBeVisible();
	await expect(question).toHaveText(second);
	await expect(question).toBeFocused();
	await expect(page.getByRole('button', { name: /show answer/i })).toBeVisible();
	await expect(page.getByText('1 done today')).toBeVisible();

	// U takes back the one before, from the Undo button too (it is no answer to a question).
	await page.getByRole('button', { name: /^Undo/ }).focus();
	await page.keyboard.press('u');
	await expect(question).toHaveText(first);
	await expect(page.getByText('0 done today')).toBeVisible();
	await expect(page.getByRole('button', { name: /^Undo/ })).toHaveCount(0);

	const stored = await readStore(page);
	expect(keysWith(stored, 'card:')).toHaveLength(0);
	expect(keysWith(stored, 'log:')).toHaveLength(0);
	await page.reload();
	await expect(page.getByText('0 done today')).toBeVisible();
	await expect(question).toHaveText(first);
});

test('the last grade of the day can be undone from the end screen', async ({ page }) => {
	await page.goto('/study');
	for (let i = 0; i < 20; i++) await gradeByKeyboard(page, '4');
	await expect(page.getByText('You did 20 reviews today.')).toBeVisible();
	await page.keyboard.press('Control+z');
	await expect(page.getByText('1 left · 19 done today · new card')).toBeVisible();
	await gradeByKeyboard(page, '4');
	await expect(page.getByText('You did 20 reviews today.')).toBeVisible();
});

test('when nothing is left, the page says how many reviews were done, when the next is due and that new cards come tomorrow', async ({
	page
}) => {
	await page.goto('/study');
	// Twenty new cards a day: grade them all Easy, so none comes back today.
	for (let i = 0; i < 20; i++) await gradeByKeyboard(page, '4');
	// The end of today's cards takes the focus, so a screen reader says it.
	await expect(page.getByRole('heading', { name: 'Nothing more to study now' })).toBeFocused();
	await expect(page.getByText('You did 20 reviews today.')).toBeVisible();
	// Easy on a new card is days away: the day of the month says which week (not a bare weekday).
	const due = page.locator('time');
	const dueAt = new Date((await due.getAttribute('datetime')) ?? '');
	const days = (dueAt.getTime() - Date.now()) / 86_400_000;
	expect(days).toBeGreaterThan(2);
	if (days > 7) await expect(due).toContainText(String(dueAt.getDate()));
	// A card in review comes up for its whole day, from 04:00 when the learner's day starts (as
	// in Anki): the day is said, not a time.
	expect([dueAt.getHours(), dueAt.getMinutes()]).toEqual([4, 0]);
	await expect(page.getByText(/^Next review due: [^:]+\.$/)).toBeVisible();
	// Tomorrow brings new cards again.
	await expect(page.getByText('New cards tomorrow: up to 20.')).toBeVisible();
	await page.reload();
	await expect(page.getByText('You did 20 reviews today.')).toBeVisible();
});

test('a card graded in another tab leaves this one: the next card takes its place, and it says so', async ({
	context
}) => {
	const [one, two] = [await context.newPage(), await context.newPage()];
	for (const page of [one, two]) {
		await page.goto('/study');
		await expect(page.getByText('0 done today')).toBeVisible();
	}
	const question = await one.locator('#question').textContent();
	await expect(two.locator('#question')).toHaveText(question ?? '');
	// The second tab has the answer open when the first grades the card.
	await two.getByRole('button', { name: /show answer/i }).click();
	await one.bringToFront();
	await gradeByKeyboard(one, '4');
	await expect(two.getByText(/^\s*19 left · 1 done today/)).toBeVisible(); // told by the first tab
	await expect(two.locator('#question')).not.toHaveText(question ?? '');
	await expect(two.getByRole('status').filter({ hasText: 'graded in another tab' })).toBeVisible();
	await expect(two.locator('#question')).toBeFocused();
	await two.bringToFront();
	await gradeByKeyboard(two, '1');
	await expect(two.getByText('2 done today')).toBeVisible();
	// Two reviews of two cards, each the first of its card: none lost, none twice.
	const entries = (page: typeof one, prefix: string) =>
		readStore(page).then((all) => all.filter(([k]) => k.startsWith(prefix)).map(([, v]) => v));
	const logs = (await entries(two, 'log:')) as { before: { reps: number } | null }[];
	expect(logs.map((l) => l.before?.reps ?? 0)).toEqual([0, 0]);
	const cards = (await entries(one, 'card:')) as { reps: number }[];
	expect(cards.map((c) => c.reps)).toEqual([1, 1]);
});

test('a card graded "Easy" one evening comes up on the morning of its day, not at the minute it was graded', async ({
	page
}) => {
	// 20:00 local time, in the browser as in this test.
	const evening = new Date(2026, 0, 10, 20, 0);
	await page.clock.install({ time: evening });
	await page.goto('/study');
	const question = page.locator('#question');
	const first = (await question.textContent()) ?? '';
	await gradeByKeyboard(page, '4');
	await expect(page.getByText('1 done today')).toBeVisible();
	const card = (await readStore(page)).find(([k]) => k.startsWith('card:'))?.[1] as { due: Date };
	const due = new Date(card.due);
	expect(due.getHours()).toBe(20);

	// The morning of that day, hours before 20:00: it is the first card, a review, not a new one.
	const morning = new Date(due.getFullYear(), due.getMonth(), due.getDate(), 8, 0);
	await page.clock.setSystemTime(morning);
	await page.reload();
	await expect(question).toHaveText(first);
	await expect(page.getByText(/^\s*\d+ left · 0 done today\s*$/)).toBeVisible();

	// The evening before, it was not there yet.
	await page.clock.setSystemTime(new Date(morning.getTime() - 12 * 3_600_000));
	await page.reload();
	await expect(page.getByText(/ · new card/)).toBeVisible();
	await expect(question).not.toHaveText(first);
});

test('back from a card’s source, the card is as it was left: its answer shown, ready to grade', async ({
	page
}) => {
	await page.goto('/study');
	const question = (await page.locator('#question').textContent()) ?? '';
	await page.getByRole('button', { name: /show answer/i }).click();
	await page.getByRole('link', { name: /^Read it in/ }).click();
	await expect(page.locator('mark')).toBeVisible();
	await page.goBack();
	await expect(page.locator('#question')).toHaveText(question);
	await expect(page.getByRole('group', { name: 'How well did you remember?' })).toBeVisible();
	await expect(page.getByRole('link', { name: /^Read it in/ })).toBeFocused();
	// A new visit (not Back) starts question side up.
	await page.getByRole('link', { name: 'Home' }).click();
	// Home first (under load a click on Study could overtake it and stay on this very page).
	await expect(page.getByRole('heading', { level: 1, name: 'Belarus Study' })).toBeVisible();
	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Study' }).click();
	await expect(page.locator('#question')).toHaveText(question);
	await expect(page.getByRole('button', { name: /show answer/i })).toBeVisible();
});

/** 22:00 on 10 January: the day's twenty new cards, each graded Easy, and the end screen. */
async function studyTheEveningsCards(page: Page) {
	await page.clock.install({ time: new Date(2026, 0, 10, 22, 0) });
	await page.goto('/study');
	for (let i = 0; i < 20; i++) await gradeByKeyboard(page, '4');
	await expect(page.getByText('You did 20 reviews today.')).toBeVisible();
}

test('left open overnight, the end screen gives way to the new day’s cards in the morning', async ({
	page
}) => {
	await studyTheEveningsCards(page);
	// The learner's day starts at 04:00; the page has stayed on screen all night.
	await page.clock.runFor('06:05:00');
	await expect(page.getByText(/^\s*20 left · 0 done today · new card\s*$/)).toBeVisible();
	await expect(page.locator('#question')).toBeFocused();
	await gradeByKeyboard(page, '3');
	await expect(page.getByText(/^\s*\d+ left · 1 done today/)).toBeVisible();
});

test('the home page counts the new day when the phone brings the app back in the morning', async ({
	page
}) => {
	await studyTheEveningsCards(page);
	await page.goto('/');
	const count = page.locator('.count');
	await expect(count).toHaveText(/^\s*0 cards due today · 0 new\s*$/);
	// Asleep all night (no timer runs), then back on screen.
	await page.clock.setSystemTime(new Date(2026, 0, 11, 8, 0));
	await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
	await expect(count).toHaveText(/^\s*0 cards due today · 20 new\s*$/);
});

test('the interval on a grade button is the one the card gets, however long the press takes', async ({
	page
}) => {
	await page.goto('/study');
	for (let n = 1; n <= 5; n++) {
		await page.getByRole('button', { name: /show answer/i }).click();
		const easy = page.getByRole('button', { name: /^Easy, next in/ });
		const label = (await easy.locator('.interval').textContent())?.trim() ?? '';
		const days = Number(/^(\d+)d\b/.exec(label)?.[1]);
		expect(days, label).toBeGreaterThan(1);
		await page.waitForTimeout(700); // the learner reads the labels first
		await easy.click();
		await expect(page.getByText(new RegExp(`${n} done today`))).toBeVisible();
		const cards = (await readStore(page))
			.filter(([k]) => k.startsWith('card:'))
			.map(([, v]) => v as { due: Date; last_review: Date });
		const last = cards.sort((a, b) => +b.last_review - +a.last_review)[0]!;
		expect(Math.round((+last.due - +last.last_review) / 86_400_000)).toBe(days);
	}
});

test('a grade given just before the day turns (04:00) can still be undone after it', async ({
	page
}) => {
	await page.clock.install({ time: new Date(2026, 0, 10, 3, 58) });
	await page.goto('/study');
	await gradeByKeyboard(page, '3');
	await expect(page.getByText(/ 1 done today/)).toBeVisible();
	await page.clock.runFor('03:00'); // 04:01: the learner's new day, counted afresh
	await expect(page.getByText(/ 0 done today/)).toBeVisible();
	await expect(page.getByRole('button', { name: /^Undo “Good”/ })).toBeVisible();
	await page.keyboard.press('u');
	await expect(page.getByRole('status').filter({ hasText: 'Undone: “Good”' })).toBeVisible();
});
