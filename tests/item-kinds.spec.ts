/**
 * A quiz of each kind, answered by keyboard: true/false with T and F, fill in the blank typed,
 * matching with one select per row, timeline with the move buttons. Some answers are right and
 * some wrong on purpose, so the feedback and the score are both checked. The right answers come
 * from the item bank generated in Node from the same fact file and seed as the app.
 */
import { expect, test, type Page } from '@playwright/test';
import { matchTyped } from '../src/lib/items/answer';
import { sentenceKey } from '../src/lib/items/clues';
import type { Cloze, Item, Matching, Timeline, TrueFalse } from '../src/lib/items/types';
import { KINDS, ofKind } from './bank';
import { audit, dueInStudy, readStore } from './helpers';

/** Starts a quiz of one kind and returns its number of questions. */
async function startQuiz(page: Page, kind: string): Promise<number> {
	await page.goto('/quiz');
	await expect(page.getByText(/^Question 1 of \d+/)).toBeVisible();
	await page.getByText('Question types:').click();
	for (const label of KINDS)
		await page.getByRole('checkbox', { name: label, exact: true }).setChecked(label === kind);
	await expect(page.getByText(`Question types: ${kind.toLowerCase()}`)).toBeVisible();
	await page.getByRole('button', { name: 'Start a new quiz' }).click();
	const progress = page.getByText(/^Question 1 of \d+/);
	await expect(progress).toBeVisible();
	// The new quiz takes the focus to its first question.
	await expect(page.locator('#quiz-question')).toBeFocused();
	return Number((await progress.textContent())?.match(/of (\d+)/)?.[1]);
}

const verdict = (page: Page) => page.locator('.verdict');

/** After the feedback: Enter on the focused Next button. */
async function next(page: Page, last: boolean) {
	const button = page.getByRole('button', { name: last ? 'See your score' : 'Next question' });
	await expect(button).toBeFocused();
	await page.keyboard.press('Enter');
}

/** How many quiz answers the review log holds as Good (right) and as Again (wrong). */
async function quizGrades(page: Page) {
	const logs = (await readStore(page))
		.filter(([k]) => k.startsWith('log:'))
		.map(([, v]) => v as { grade: number; via: string })
		.filter((l) => l.via === 'quiz');
	return {
		good: logs.filter((l) => l.grade === 3).length,
		again: logs.filter((l) => l.grade === 1).length
	};
}

/** The score and review of a quiz, and one review logged per answer (on top of `earlier`). */
async function expectScore(
	page: Page,
	right: number,
	total: number,
	earlier = { good: 0, again: 0 }
) {
	await expect(
		page.getByRole('heading', { name: `Your score: ${right} / ${total}` })
	).toBeVisible();
	await expect(page.locator('.review > li')).toHaveCount(total);
	await expect(page.locator('.review .verdict.ok')).toHaveCount(right);
	expect(await quizGrades(page)).toEqual({
		good: earlier.good + right,
		again: earlier.again + total - right
	});
}

test('true or false by T and F: feedback names the right answer and what the source says', async ({
	page
}) => {
	const total = await startQuiz(page, 'True or false');
	// One question per source sentence: fewer than ten statements here.
	const sentences = new Set(ofKind('truefalse').map((i) => sentenceKey(i.sources[0]!)));
	expect(total).toBe(Math.min(10, sentences.size));
	if (total < 10)
		await expect(
			page.getByText('all these types allow (one question per source sentence)')
		).toBeVisible();
	let right = 0;
	const asked: TrueFalse[] = [];
	for (let q = 1; q <= total; q++) {
		await expect(page.getByText(`Question ${q} of ${total}`)).toBeVisible();
		const statement = (await page.locator('.statement').textContent())?.replace(
			/^Statement:\s*/,
			''
		);
		const item = ofKind('truefalse').find((i) => i.statement === statement) as TrueFalse;
		expect(item, statement).toBeTruthy();
		asked.push(item);
		if (q === 1) expect(await audit(page)).toEqual([]);
		// Right on odd questions, wrong on even ones.
		const answer = q % 2 ? item.truth : !item.truth;
		await page.keyboard.press(answer ? 'T' : 'F');
		const truth = item.truth ? 'True' : 'False';
		if (answer === item.truth) {
			right++;
			await expect(verdict(page)).toHaveText('Right.');
			await expect(page.getByRole('button', { name: `${truth} (your answer, right)` })).toHaveText(
				`${truth} ✓ Your answer`
			);
		} else {
			await expect(verdict(page)).toHaveText(`Not quite. The answer is ${item.answer}.`);
			// Marked in words as well as colour: which was chosen, which was right.
			await expect(page.getByRole('button', { name: `${truth} (right answer)` })).toHaveText(
				`${truth} ✓ Right answer`
			);
			await expect(page.getByRole('button', { name: /\(your answer, wrong\)$/ })).toContainText(
				'✗ Your answer'
			);
		}
		if (!item.truth && item.correction)
			await expect(page.getByText(`The source says: ${item.correction}`)).toBeVisible();
		await expect(page.locator('blockquote').first()).toHaveText(item.source.quote);
		if (q === 2) expect(await audit(page)).toEqual([]);
		await next(page, q === total);
	}
	await expectScore(page, right, total);
	// The review labels each statement, so a false one is not read as what the source says.
	await expect(page.locator('.review .about strong')).toHaveText(
		asked.map((i) => (i.truth ? 'True statement:' : 'False statement:'))
	);
});

/** The answer with one letter changed, if the matcher calls that "almost". */
function almostTypo(accept: string[]): string | undefined {
	const answer = accept[0] ?? '';
	for (let i = Math.floor(answer.length / 2); i < answer.length; i++) {
		const typo = `${answer.slice(0, i)}q${answer.slice(i + 1)}`;
		if (/\p{L}/u.test(answer[i] ?? '') && matchTyped(typo, accept) === 'almost') return typo;
	}
	return undefined;
}

test('fill in the blank, typed: tolerant of case, an almost-right answer counts when the learner says so', async ({
	page
}) => {
	// 11 of the 29 fill-in-the-blank items are typed (the rest have options), so a quiz of 10 has
	// fewer than three typed ones about one time in seven: take quizzes until three were typed.
	let typedSeen = 0;
	for (let quiz = 1; typedSeen < 3; quiz++) {
		expect(quiz, 'ten quizzes without three typed questions').toBeLessThanOrEqual(10);
		const earlier = quiz === 1 ? undefined : await quizGrades(page);
		const total = await startQuiz(page, 'Fill in the blank');
		let right = 0;
		for (let q = 1; q <= total; q++) {
			await expect(page.getByText(`Question ${q} of ${total}`)).toBeVisible();
			const sentence = (await page.locator('.sentence').textContent())?.replace(/\s+/g, ' ').trim();
			const item = ofKind('cloze').find(
				(i) => `${i.before}______(blank)${i.after}`.replace(/\s+/g, ' ').trim() === sentence
			) as Cloze;
			expect(item, sentence).toBeTruthy();
			if (item.options) {
				// Answered from options like multiple choice: the right letter.
				const index = item.options.indexOf(item.answer);
				await page.keyboard.press('ABCD'[index] as string);
				await expect(verdict(page)).toHaveText('Right.');
				right++;
			} else {
				typedSeen++;
				await page.keyboard.press('Tab');
				const field = page.getByRole('textbox', { name: 'Missing word(s)' });
				await expect(field).toBeFocused();
				const answer = item.accept[0] as string;
				const typo = almostTypo(item.accept);
				if (typedSeen === 1) {
					await page.keyboard.type(answer.toUpperCase());
					await page.keyboard.press('Enter');
					await expect(verdict(page)).toHaveText('Right.');
					right++;
				} else if (typedSeen === 2 && typo) {
					await page.keyboard.type(typo);
					await page.keyboard.press('Enter');
					await expect(page.getByText('Almost — check the spelling.')).toBeVisible();
					await expect(page.getByRole('button', { name: 'I meant that (count it)' })).toBeFocused();
					await expect(verdict(page)).toHaveCount(0);
					expect(await audit(page)).toEqual([]);
					await page.keyboard.press('Enter');
					await expect(verdict(page)).toHaveText(
						`Counted as right. The spelling is ${item.answer}.`
					);
					right++;
				} else {
					await page.keyboard.type('no idea');
					await page.keyboard.press('Enter');
					await expect(verdict(page)).toHaveText(`Not quite. The answer is ${item.answer}.`);
				}
				await expect(field).toHaveAttribute('readonly');
				if (typedSeen === 1) expect(await audit(page)).toEqual([]);
			}
			await expect(page.locator('.sentence mark')).toHaveText(item.answer);
			await next(page, q === total);
		}
		await expectScore(page, right, total, earlier);
	}
});

/** Picks option `target` of a focused select with the arrow keys (from "Choose…"). */
async function pickWithKeys(page: Page, target: number) {
	for (let i = 0; i <= target; i++) await page.keyboard.press('ArrowDown');
}

test('matching with one select per row, by keyboard; a wrong row shows its right match', async ({
	page
}) => {
	const total = await startQuiz(page, 'Matching');
	expect(total).toBeGreaterThanOrEqual(1);
	let right = 0;
	for (let q = 1; q <= total; q++) {
		const heading = (await page.locator('#quiz-question').textContent()) ?? '';
		const firstLeft = (await page.locator('.pairs label').first().textContent()) ?? '';
		const item = ofKind('matching').find(
			(i) => i.prompt === heading && i.pairs[0]?.left === firstLeft
		) as Matching;
		expect(item, firstLeft).toBeTruthy();
		const choices = item.pairs.map((p) => item.rights.indexOf(p.right));
		// The first question all right; later ones with two rows of different matches swapped.
		const other = item.pairs.findIndex((p) => p.right !== item.pairs[0]?.right);
		const wrongRows = q === 1 ? [] : [0, other];
		if (q > 1) [choices[0], choices[other]] = [choices[other] as number, choices[0] as number];
		if (q === 1) expect(await audit(page)).toEqual([]);
		for (const [row, pair] of item.pairs.entries()) {
			await page.keyboard.press('Tab');
			const select = page.getByLabel(pair.left, { exact: true });
			await expect(select).toBeFocused();
			await pickWithKeys(page, choices[row] as number);
			await expect(select.locator('option:checked')).toHaveText(
				item.rights[choices[row] as number] as string
			);
		}
		await page.keyboard.press('Tab');
		await expect(page.getByRole('button', { name: 'Check' })).toBeFocused();
		await page.keyboard.press('Enter');
		const rows = page.locator('.pairs li');
		if (!wrongRows.length) {
			right++;
			await expect(verdict(page)).toHaveText('Right.');
			await expect(rows.filter({ hasText: '✓ Right' })).toHaveCount(item.pairs.length);
		} else {
			await expect(verdict(page)).toHaveText('Not quite. Each wrong row shows its right match.');
			for (const row of wrongRows)
				await expect(rows.nth(row)).toContainText(
					`✗ Wrong. Right match: ${item.pairs[row]?.right}`
				);
			await expect(rows.filter({ hasText: '✓ Right' })).toHaveCount(item.pairs.length - 2);
			await expect(page.locator('.pairs li.wrong')).toHaveCount(2);
		}
		await expect(page.locator('.pairs select:disabled')).toHaveCount(item.pairs.length);
		// Every pair's source sentence (repeated sentences once).
		const quotes = new Set(item.sources.map((s) => s.quote));
		await expect(page.locator('blockquote')).toHaveCount(quotes.size);
		if (q === 1) expect(await audit(page)).toEqual([]);
		await next(page, q === total);
	}
	await expectScore(page, right, total);
});

test('timeline with Move up / Move down: focus follows the event; right and wrong orders', async ({
	page
}) => {
	const total = await startQuiz(page, 'Timeline');
	expect(total).toBe(1);
	const rows = page.locator('.events li');
	const labels = async () => (await rows.locator('.label').allTextContents()).map((t) => t.trim());
	const shown = await labels();
	const item = ofKind('timeline').find(
		(i) =>
			[...shown].sort().join('|') ===
			i.events
				.map((e) => e.label)
				.sort()
				.join('|')
	) as Timeline;
	expect(item, shown.join(', ')).toBeTruthy();
	const target = item.events.map((e) => e.label);
	expect(shown).not.toEqual(target);
	expect(await audit(page)).toEqual([]);

	// Sort by keyboard: for each place, move the event that belongs there up, pressing Enter.
	for (const [place, label] of target.entries()) {
		const from = (await labels()).indexOf(label);
		if (from === place) continue;
		await page.getByRole('button', { name: `Move “${label}” up` }).focus();
		for (let i = from; i > place; i--) {
			await page.keyboard.press('Enter');
			await expect(page.getByRole('button', { name: `Move “${label}” up` })).toBeFocused();
		}
		await expect(page.getByText(`“${label}” moved to position ${place + 1} of`)).toBeAttached();
		expect((await labels()).indexOf(label)).toBe(place);
	}
	expect(await labels()).toEqual(target);
	await page.getByRole('button', { name: 'Check' }).focus();
	await page.keyboard.press('Enter');
	await expect(verdict(page)).toHaveText('Right.');
	// The instructions and the last move's news are gone with the buttons.
	await expect(page.getByText('Move the events with the arrow buttons')).toHaveCount(0);
	await expect(page.getByText(/moved to position/)).toHaveCount(0);
	// Each step now shows its date.
	for (const e of item.events)
		await expect(rows.filter({ hasText: e.label })).toContainText(`(${e.when})`);
	await expect(page.getByText('Right order:')).toHaveCount(0);
	expect(await audit(page)).toEqual([]);
	await next(page, true);
	await expectScore(page, 1, 1);

	// A new quiz of the same kind, checked as shown (never already in order): wrong.
	await page.getByRole('button', { name: 'New quiz' }).click();
	await expect(page.getByText('Question 1 of 1')).toBeVisible();
	await page.getByRole('button', { name: 'Check' }).focus();
	await page.keyboard.press('Enter');
	await expect(verdict(page)).toHaveText('Not quite. The right order is shown above.');
	await expect(page.getByText('Right order:')).toBeVisible();
	await expect(page.locator('.events li.wrong')).not.toHaveCount(0);
});

test('the default quiz mixes every kind, kinds take turns, and no two questions share a fact', async ({
	page
}) => {
	await page.goto('/quiz');
	await expect(page.getByText('Question types: all')).toBeVisible();
	const seen: Item[] = [];
	for (let q = 1; q <= 10; q++) {
		await expect(page.getByText(`Question ${q} of 10`)).toBeVisible();
		const prompt = (await page.locator('#quiz-question').textContent()) ?? '';
		let item: Item | undefined;
		if (await page.locator('.statement').count()) {
			const statement = (await page.locator('.statement').textContent())?.replace(
				/^Statement:\s*/,
				''
			);
			item = ofKind('truefalse').find((i) => i.statement === statement);
			await page.keyboard.press('T');
		} else if (await page.locator('.sentence').count()) {
			const sentence = (await page.locator('.sentence').textContent())?.replace(/\s+/g, ' ').trim();
			item = ofKind('cloze').find(
				(i) => `${i.before}______(blank)${i.after}`.replace(/\s+/g, ' ').trim() === sentence
			);
			if (item?.kind === 'cloze' && item.options) await page.keyboard.press('A');
			else {
				await page.getByRole('textbox', { name: 'Missing word(s)' }).fill('x');
				await page.keyboard.press('Enter');
			}
		} else if (await page.locator('.pairs').count()) {
			const firstLeft = await page.locator('.pairs label').first().textContent();
			item = ofKind('matching').find((i) => i.prompt === prompt && i.pairs[0]?.left === firstLeft);
			// Every row must be answered before Check counts.
			await page.getByRole('button', { name: 'Check' }).click();
			await expect(page.getByRole('alert')).toHaveText('Choose a match for every row first.');
			await expect(page.locator('.pairs select').first()).toBeFocused();
			await expect(verdict(page)).toHaveCount(0);
			for (const select of await page.locator('.pairs select').all())
				await select.selectOption({ index: 1 });
			await page.getByRole('button', { name: 'Check' }).click();
		} else if (await page.locator('.events').count()) {
			item = ofKind('timeline').find((i) => i.prompt === prompt);
			await page.getByRole('button', { name: 'Check' }).click();
		} else {
			item = ofKind('mcq').find((i) => i.prompt === prompt);
			await page.keyboard.press('A');
		}
		expect(item, prompt).toBeTruthy();
		seen.push(item as Item);
		await expect(verdict(page)).toBeVisible();
		await next(page, q === 10);
	}
	const kinds = seen.map((i) => i.kind);
	expect(new Set(kinds)).toEqual(new Set(['mcq', 'truefalse', 'cloze', 'matching', 'timeline']));
	// The first round: one of each kind, in the order of the "Question types" list.
	expect(kinds.slice(0, 5)).toEqual(['mcq', 'truefalse', 'cloze', 'matching', 'timeline']);
	const facts = seen.flatMap((i) => i.factIds);
	expect(new Set(facts).size).toBe(facts.length);
	await expect(page.getByRole('heading', { name: /^Your score: \d+ \/ 10$/ })).toBeVisible();
});

test('a quiz question that came due is answered in /study, and the suggested grade confirmed', async ({
	page
}) => {
	const item = ofKind('truefalse')[0] as TrueFalse;
	await dueInStudy(page, item.id);
	await page.reload();
	await expect(page.locator('.statement')).toContainText(item.statement);
	// Answered, not revealed: no "Show answer" for a question with its own answer buttons.
	await expect(page.getByRole('button', { name: /show answer/i })).toHaveCount(0);
	await page.keyboard.press(item.truth ? 'F' : 'T');
	await expect(verdict(page)).toHaveText(`Not quite. The answer is ${item.answer}.`);
	await expect(page.getByText('Suggested: Again (your answer was wrong).')).toBeVisible();
	await expect(page.getByRole('button', { name: /^Again, next in/ })).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page.locator('.statement')).toHaveCount(0);
	const logs = (await readStore(page))
		.filter(([k]) => k.startsWith('log:') && k.endsWith(item.id))
		.map(([, v]) => v as { grade: number; via: string });
	expect(logs).toEqual([expect.objectContaining({ grade: 1, via: 'study' })]);
});

test.describe('on a small phone (360 × 740 px)', () => {
	test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

	/** Buttons, links, fields and selects under 44×44 CSS px. */
	const smallTargets = (page: Page) =>
		page.evaluate(() =>
			[...document.querySelectorAll<HTMLElement>('button, a.button, input, select, summary')]
				.filter((el) => el.offsetParent !== null)
				.map((el) => {
					const target = el.matches('input[type=checkbox]') ? (el.closest('label') ?? el) : el;
					return { text: el.textContent?.trim() || el.id, box: target.getBoundingClientRect() };
				})
				.filter(({ box }) => box.width < 44 || box.height < 44)
				.map(({ text, box }) => `${text} ${Math.round(box.width)}×${Math.round(box.height)}`)
		);
	const overflows = (page: Page) =>
		page.evaluate(
			() => document.documentElement.scrollWidth > document.documentElement.clientWidth
		);

	/** The verdict is in view, above the sticky bar with the Next button, not under it. */
	async function expectVerdictInView(page: Page) {
		await expect(verdict(page)).toBeVisible();
		const shown = await verdict(page).boundingBox();
		const bar = await page.locator('.actions').boundingBox();
		expect(shown!.y).toBeGreaterThanOrEqual(0);
		expect(shown!.y + shown!.height).toBeLessThanOrEqual(bar!.y + 1);
	}

	for (const [kind, key] of [
		['True or false', 'T'],
		['Multiple choice', 'B']
	]) {
		test(`${kind} answered by keyboard: the verdict comes into view above the Next bar`, async ({
			page
		}) => {
			await startQuiz(page, kind!);
			await page.getByText('Question types:').click(); // the panel pushes the question down
			await page.locator('h1').click(); // focus out of the panel (keys there are not answers)
			await page.evaluate(() => scrollTo(0, 0));
			await page.keyboard.press(key!);
			await expectVerdictInView(page);
		});
	}

	for (const kind of KINDS) {
		test(`${kind}: 44 px targets and no sideways scrolling, before and after answering`, async ({
			page
		}) => {
			await startQuiz(page, kind);
			await page.getByText('Question types:').click();
			expect(await smallTargets(page)).toEqual([]);
			expect(await overflows(page)).toBe(false);
			// Answer anything by touch.
			const typed = page.getByRole('textbox', { name: 'Missing word(s)' });
			if (kind === 'Fill in the blank' && (await typed.count())) await typed.fill('something');
			if (kind === 'Matching')
				for (const select of await page.locator('.pairs select').all())
					await select.selectOption({ index: 1 });
			const check = page.getByRole('button', { name: 'Check' });
			await ((await check.count()) ? check : page.locator('article button').first()).tap();
			await expectVerdictInView(page);
			expect(await smallTargets(page)).toEqual([]);
			expect(await overflows(page)).toBe(false);
		});
	}
});
