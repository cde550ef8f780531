import { expect, test } from '@playwright/test';
import { keysWith, readStore } from './helpers';

test('take a quiz: feedback after each answer, then the score and a review of every question', async ({
	page
}) => {
	await page.goto('/quiz');
	// Quizzes mix question types; this one asks multiple choice only.
	await expect(page.getByText('Question 1 of 10')).toBeVisible();
	// A visit leaves the focus at the top of the page; the question says where the quiz is.
	const question = page.locator('#quiz-question');
	await expect(question).not.toBeFocused();
	await expect(question).toHaveAccessibleDescription('Question 1 of 10 · score 0');
	await page.getByText('Question types:').click();
	for (const other of ['True or false', 'Fill in the blank', 'Matching', 'Timeline'])
		await page.getByLabel(other).uncheck();
	await expect(page.getByText('Question types: multiple choice')).toBeVisible();
	// A letter pressed while choosing question types does not answer the question below.
	await page.getByText('Question types:').focus();
	await page.keyboard.press('B');
	await expect(page.locator('.verdict')).toHaveCount(0);
	await page.getByRole('button', { name: 'Start a new quiz' }).click();
	await expect(question).toBeFocused();
	let right = 0;
	for (let i = 1; i <= 10; i++) {
		await expect(page.getByText(`Question ${i} of 10`)).toBeVisible();
		const options = page.locator('.options button');
		await expect(options).toHaveCount(4);
		const texts = await options.allTextContents();
		expect(new Set(texts).size).toBe(4);
		// Alternate keyboard and mouse answers.
		if (i % 2) await page.keyboard.press('B');
		else await options.nth(2).click();
		const verdict = page.locator('.verdict');
		await expect(verdict).toBeVisible();
		if ((await verdict.textContent())?.startsWith('Right')) right++;
		else await expect(verdict).toContainText('The answer is');
		await expect(page.locator('blockquote')).not.toBeEmpty();
		await expect(page.locator('.options button.right')).toHaveCount(1);
		// Not by colour alone: the chosen option and the right one say so.
		const chosen = options.nth(i % 2 ? 1 : 2);
		if ((await verdict.textContent())?.startsWith('Right'))
			await expect(chosen).toContainText('✓ Your answer');
		else {
			await expect(chosen).toContainText('✗ Your answer');
			await expect(page.locator('.options button.right')).toContainText('✓ Right answer');
		}
		await page.getByRole('button', { name: i < 10 ? 'Next question' : 'See your score' }).click();
	}
	// The score takes the focus from "See your score".
	await expect(page.getByRole('heading', { name: `Your score: ${right} / 10` })).toBeFocused();
	await expect(page.locator('.review > li')).toHaveCount(10);
	await expect(page.locator('.review .verdict.ok')).toHaveCount(right);

	// Every answer is also a review for the scheduler.
	const stored = await readStore(page);
	const logs = stored
		.filter(([k]) => k.startsWith('log:'))
		.map(([, v]) => v as { grade: number; via: string });
	expect(logs).toHaveLength(10);
	expect(logs.every((l) => l.via === 'quiz')).toBe(true);
	expect(logs.filter((l) => l.grade === 3)).toHaveLength(right);
	expect(logs.filter((l) => l.grade === 1)).toHaveLength(10 - right);
	expect(keysWith(stored, 'card:')).toHaveLength(10);
});

test('Back from a source brings the quiz back as it was left, the focus on the link followed', async ({
	page
}) => {
	await page.goto('/quiz');
	await page.getByText('Question types:').click();
	for (const other of ['True or false', 'Fill in the blank', 'Matching', 'Timeline'])
		await page.getByLabel(other).uncheck();
	await page.getByRole('button', { name: 'Start a new quiz' }).click();
	const prompts: string[] = [];
	for (let i = 1; i <= 2; i++) {
		await expect(page.getByText(`Question ${i} of 10`)).toBeVisible();
		prompts.push((await page.locator('#quiz-question').textContent()) ?? '');
		await page.keyboard.press('A');
		await expect(page.locator('.verdict')).toBeVisible();
		if (i === 1) await page.getByRole('button', { name: 'Next question' }).click();
	}
	const verdict = await page.locator('.verdict').textContent();
	const progress = await page.locator('#quiz-progress').textContent();
	const link = page.locator('main .source a');
	await link.focus();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/sources\/d00\d#fact-/);
	await page.goBack();
	await expect(page.locator('#quiz-question')).toHaveText(prompts[1] as string);
	await expect(page.locator('#quiz-progress')).toHaveText(progress as string);
	await expect(page.locator('.verdict')).toHaveText(verdict as string);
	await expect(link).toBeFocused();
	// Not graded again: two answers, two reviews.
	expect(keysWith(await readStore(page), 'log:')).toHaveLength(2);
	await page.getByRole('button', { name: 'Next question' }).click();
	await expect(page.getByText('Question 3 of 10')).toBeVisible();

	// From the review at the end too: the score and every answer are still there.
	for (let i = 3; i <= 10; i++) {
		await expect(page.getByText(`Question ${i} of 10`)).toBeVisible();
		await page.keyboard.press('B');
		await page.getByRole('button', { name: i < 10 ? 'Next question' : 'See your score' }).click();
	}
	const score = page.getByRole('heading', { name: /^Your score: \d+ \/ 10$/ });
	const said = await score.textContent();
	const fifth = page.locator('.review > li').nth(4).locator('a[href^="/sources/"]');
	await fifth.click();
	await page.goBack();
	await expect(score).toHaveText(said as string);
	await expect(page.locator('.review > li')).toHaveCount(10);
	await expect(fifth).toBeFocused();
	expect(keysWith(await readStore(page), 'log:')).toHaveLength(10);
});

test('a reload (a phone bringing back a tab it discarded) brings the quiz back as it was left', async ({
	page
}) => {
	await page.goto('/quiz');
	await expect(page.locator('.guess')).toHaveCount(0);
	const first = (await page.locator('#quiz-question').textContent()) ?? '';
	await page.locator('#quiz-question').focus();
	// Whatever the first question's kind, one of these keys answers it.
	for (const key of ['T', 'A']) await page.keyboard.press(key);
	await expect(page.locator('.verdict')).toBeVisible();
	const verdict = await page.locator('.verdict').textContent();
	const progress = await page.locator('#quiz-progress').textContent();
	await page.reload();
	await expect(page.locator('#quiz-question')).toHaveText(first);
	await expect(page.locator('#quiz-progress')).toHaveText(progress as string);
	await expect(page.locator('.verdict')).toHaveText(verdict as string);
	// Not graded again; and a new quiz is one press away.
	expect(keysWith(await readStore(page), 'log:')).toHaveLength(1);
	await page.getByText('Question types:').click();
	await page.getByRole('button', { name: 'Start a new quiz' }).click();
	await expect(page.locator('#quiz-progress')).toHaveText(/^\s*Question 1 of 10 · score 0/);
	await expect(page.locator('.verdict')).toHaveCount(0);
});
