import { expect, test, type Page } from '@playwright/test';
import type { Cloze, Matching, Timeline } from '../src/lib/items/types';
import { KINDS, ofKind } from './bank';

/** On /teach: a quiz of only these kinds and this many questions, shared. */
async function share(
	page: Page,
	kinds: string[],
	count: number
): Promise<{ link: string; results: string }> {
	await page.goto('/teach');
	await page.getByLabel('Title').fill(`Only ${kinds.join(' and ')}`);
	for (const kind of KINDS)
		await page.getByRole('checkbox', { name: kind }).setChecked(kinds.includes(kind));
	await page.getByLabel('Number of questions').fill(String(count));
	await expect(page.locator('.preview > li').first()).toBeVisible();
	await page.getByRole('button', { name: 'Share', exact: true }).click();
	return {
		link: await page.getByLabel(/^Link for/).inputValue(),
		results: (await page.getByRole('link', { name: 'Collect results' }).getAttribute('href')) ?? ''
	};
}

async function start(page: Page, link: string) {
	await page.goto(link);
	await page.getByLabel('Your name, as your teacher knows you').fill('Maryia');
	await page.getByRole('button', { name: 'Start' }).click();
	await expect(page.getByText(/^Question 1 of \d+$/)).toBeVisible();
	return Number(
		(await page.getByText(/^Question 1 of \d+$/).textContent())?.match(/of (\d+)/)?.[1]
	);
}

test('matching and timeline questions can be assigned, answered with no feedback, and scored', async ({
	page
}) => {
	const { link, results } = await share(page, ['Matching', 'Timeline'], 3);
	const total = await start(page, link);
	expect(total).toBeGreaterThanOrEqual(2);
	let right = 0;
	const kinds: string[] = [];
	for (let q = 1; q <= total; q++) {
		await expect(page.getByText(`Question ${q} of ${total}`)).toBeVisible();
		const prompt = (await page.locator('#question').textContent())?.trim();
		if (await page.locator('.pairs').count()) {
			const firstLeft = await page.locator('.pairs label').first().textContent();
			const item = ofKind('matching').find(
				(i) => i.prompt === prompt && i.pairs[0]?.left === firstLeft
			) as Matching;
			expect(item, prompt).toBeTruthy();
			const selects = await page.locator('.pairs select').all();
			for (const [i, select] of selects.entries())
				await select.selectOption({ label: item.pairs[i]?.right as string });
			await page.getByRole('button', { name: 'Check' }).click();
			right++;
			kinds.push('matching');
		} else {
			const item = ofKind('timeline').find((i) => i.prompt === prompt) as Timeline;
			expect(item, prompt).toBeTruthy();
			// Sent as shown: right only if the shuffle happened to be the true order.
			await expect(page.locator('.events li')).toHaveCount(item.events.length);
			await page.getByRole('button', { name: 'Check' }).click();
			if (item.shuffled.every((event, pos) => event === pos)) right++;
			kinds.push('timeline');
		}
		// No verdict while taking an assignment.
		await expect(page.locator('.verdict')).toHaveCount(0);
	}
	expect(new Set(kinds)).toEqual(new Set(['matching', 'timeline']));
	await expect(page.getByText(`Answered ${total} of ${total}`)).toBeVisible();
	await page.getByRole('button', { name: 'Submit', exact: true }).click();
	await expect(
		page.getByRole('heading', { name: `Your score: ${right} / ${total}` })
	).toBeVisible();
	await expect(page.locator('.review > li')).toHaveCount(total);

	// The result code carries the matches and the order; the teacher's report scores them alike.
	const code = await page.getByLabel('Your result code').inputValue();
	await page.goto(results);
	await page.getByLabel('Paste result codes').fill(code);
	await page.getByRole('button', { name: 'Add codes' }).click();
	await expect(page.getByRole('row', { name: /Maryia/ })).toContainText(`${right} / ${total}`);
	await expect(page.locator('section .questions').first().locator('> li')).toHaveCount(total);
});

test('fill in the blank shows its sentence, typed or from options; a typed answer is scored tolerantly', async ({
	page
}) => {
	const { link } = await share(page, ['Fill in the blank'], 25);
	const total = await start(page, link);
	const done = { typed: false, options: false };
	let answered = 0;
	for (let q = 1; !(done.typed && done.options); q++) {
		expect(q).toBeLessThanOrEqual(total);
		await expect(page.getByText(`Question ${q} of ${total}`)).toBeVisible();
		const sentence = (await page.locator('.sentence').textContent())?.replace(/\s+/g, ' ').trim();
		const item = ofKind('cloze').find(
			(i) => `${i.before}______(blank)${i.after}`.replace(/\s+/g, ' ').trim() === sentence
		) as Cloze;
		expect(item, sentence).toBeTruthy();
		if (item.options) {
			const options = page.locator('.options button');
			const texts = (await options.allTextContents()).map((t) => t.replace(/^[A-H]/, '').trim());
			// By key, as the letters on the options say.
			await page.keyboard.press('ABCD'[texts.indexOf(item.answer)] as string);
			done.options = true;
		} else {
			const field = page.getByRole('textbox', { name: 'Missing word(s)' });
			await field.fill(` ${(item.accept[0] as string).toUpperCase()} `);
			if (!done.typed) {
				// "Submit now" with an answer typed but not checked: said before it is lost.
				await page.getByRole('button', { name: 'Submit now' }).click();
				await expect(
					page.getByRole('group', { name: /unanswered question/ })
				).toHaveAccessibleDescription(/The answer typed in this question is not saved yet/);
				await page.getByRole('button', { name: 'Keep answering' }).click();
				await expect(field).toHaveValue(` ${(item.accept[0] as string).toUpperCase()} `);
				await field.focus();
			}
			await page.keyboard.press('Enter');
			done.typed = true;
		}
		answered++; // every one rightly
		await expect(page.locator('.verdict')).toHaveCount(0);
	}
	await page.getByRole('button', { name: 'Submit now' }).click();
	await page.getByRole('button', { name: 'Submit', exact: true }).click();
	await expect(
		page.getByRole('heading', { name: `Your score: ${answered} / ${total}` })
	).toBeVisible();
});

test('a timed assignment warns once a minute is left, and says that time was up when it submits', async ({
	page
}) => {
	await page.clock.install();
	await page.goto('/teach');
	await page.getByLabel('Title').fill('Against the clock');
	await page.getByLabel('Number of questions').fill('3');
	await page.getByLabel(/Time limit/).fill('2');
	await page.getByRole('button', { name: 'Share', exact: true }).click();
	const link = await page.getByLabel(/^Link for/).inputValue();
	await start(page, link);
	const warning = page.getByRole('status').filter({ hasText: 'One minute left.' });
	const spoken = page.locator('.timer .visually-hidden');
	await expect(spoken).toHaveText('2 minutes');
	await expect(warning).toHaveCount(0);
	await page.clock.runFor('01:02');
	await expect(warning).toBeAttached();
	await expect(spoken).toHaveText('1 minute');
	await page.clock.runFor('01:00');
	await expect(page.getByRole('heading', { name: /^Your score: 0 \/ 3$/ })).toBeFocused();
	await expect(
		page.getByText('Time was up, so your answers were submitted as they were.')
	).toBeVisible();
});

test('a double-click answers one question, not the next one too', async ({ page }) => {
	const { link } = await share(page, ['Multiple choice'], 3);
	await start(page, link);
	const option = page.locator('article .options button').first();
	const box = (await option.boundingBox())!;
	await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
	await page.mouse.down({ clickCount: 1 });
	await page.mouse.up({ clickCount: 1 });
	await expect(page.getByText('Question 2 of 3')).toBeVisible();
	// The second click of a slow double-click, on the next question's first option.
	await page.mouse.down({ clickCount: 2 });
	await page.mouse.up({ clickCount: 2 });
	await page.waitForTimeout(300);
	await expect(page.getByText('Answered 1 of 3')).toBeVisible();
	// A deliberate answer a moment later counts.
	await option.click();
	await expect(page.getByText('Answered 2 of 3')).toBeVisible();
});

test('a second tab of the same assignment takes up the first one’s answers instead of undoing them', async ({
	page,
	context
}) => {
	const { link } = await share(page, ['Multiple choice'], 3);
	const other = await context.newPage();
	await other.goto(link); // left on the start screen
	await start(page, link);
	for (const n of [1, 2]) {
		await page.locator('article .options button').first().click();
		await expect(page.getByText(`Answered ${n} of 3`)).toBeVisible();
	}
	// Start in the stale tab: the saved attempt is further along, so that tab takes it up.
	await other.getByLabel('Your name, as your teacher knows you').fill('Maryia');
	await other.getByRole('button', { name: 'Start' }).click();
	await expect(
		other.getByRole('status').filter({ hasText: 'open in another tab too' })
	).toBeVisible();
	await expect(other.getByText('Answered 2 of 3')).toBeVisible();
	await expect(other.getByText('Question 3 of 3')).toBeVisible();
});

test('a link pasted with the end of a sentence (a full stop, a closing quote) still opens, and finds the attempt', async ({
	page
}) => {
	const { link } = await share(page, ['Multiple choice'], 3);
	// The browser keeps a typed ” in the address as %E2%80%9D.
	for (const tail of ['.', '”', ').']) {
		await page.goto('about:blank');
		await page.goto(`${link}${tail}`);
		await expect(page.getByRole('button', { name: 'Start' })).toBeVisible();
	}
	await start(page, `${link}”.`);
	// Opened again by the clean link: the same attempt, not a fresh one.
	await page.goto('about:blank');
	await page.goto(link);
	await expect(page.getByText(/^Question \d+ of \d+$/)).toBeVisible();
	await expect(page.getByRole('button', { name: 'Start' })).toHaveCount(0);
});
