import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { devices, expect, test, type Page } from '@playwright/test';
import { cutNetwork, waitForServiceWorker } from './helpers';

interface RawFact {
	id: string;
	topic: string;
	source: { documentId: string; quote: string };
}
const file = JSON.parse(readFileSync('src/content/facts.json', 'utf8')) as {
	deck: { title: string };
	topics: { id: string; label: string }[];
	facts: RawFact[];
};

/** /browse, once the deck in use is known (the list is busy until then). */
async function openBrowse(page: Page, query = '') {
	await page.goto(`/browse${query}`);
	await expect(page.locator('ol.facts')).toHaveAttribute('aria-busy', 'false');
}
const facts = (page: Page) => page.locator('ol.facts > li > article');

test('every fact of the built-in deck shows its quote, linked to its sentence', async ({
	page
}) => {
	await openBrowse(page);
	await expect(facts(page)).toHaveCount(file.facts.length);
	const quotes = await page.locator('ol.facts blockquote').allTextContents();
	expect(quotes.map((q) => q.trim())).toEqual(file.facts.map((f) => f.source.quote));
	const links = page.getByRole('link', { name: /^Read it in/ });
	await expect(links).toHaveCount(file.facts.length);
	expect(await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(
		file.facts.map((f) => `/sources/${f.source.documentId}#fact-${f.id}`)
	);
	// Every fact has at least its flashcard, and text is text.
	const withCard = facts(page).filter({ has: page.locator('.kind', { hasText: /^Flashcard$/ }) });
	await expect(withCard).toHaveCount(file.facts.length);

	// The links are told apart in a screen reader's list of links: each is described by its fact.
	const title = (await facts(page).first().locator('h2').textContent())?.trim() ?? '';
	expect(title).not.toBe('');
	await expect(links.first()).toHaveAccessibleDescription(title);
	// "Also part of" takes the focus to the question it names, not to the page.
	const partOf = page.locator('article p.muted a[href^="#item-"]').first();
	const target = (await partOf.getAttribute('href')) ?? '';
	await partOf.click();
	await expect(page.locator(`[id="${target.slice(1)}"]`)).toBeFocused();

	await links.first().click();
	await expect(page.locator('mark')).toHaveText(file.facts[0]?.source.quote ?? '');

	// Back from the fifth fact's sentence: the focus is on the link followed, not the page's top.
	await page.goBack();
	await links.nth(4).focus();
	await page.keyboard.press('Enter');
	await expect(page.locator('mark')).toHaveText(file.facts[4]?.source.quote ?? '');
	await page.goBack();
	await expect(links.nth(4)).toBeFocused();
});

test('filters by topic and by question type change the list, and stay in the address', async ({
	page
}) => {
	await openBrowse(page);
	const topic = file.topics.find((t) => file.facts.some((f) => f.topic === t.id));
	if (!topic) throw new Error('the built-in deck has topics');
	const ofTopic = file.facts.filter((f) => f.topic === topic.id);
	expect(ofTopic.length).toBeLessThan(file.facts.length);

	const topicSelect = page.getByLabel('Topic');
	await topicSelect.selectOption(topic.id);
	await expect(facts(page)).toHaveCount(ofTopic.length);
	await expect(page.getByRole('status').filter({ hasText: 'Showing' })).toContainText(
		`Showing ${ofTopic.length} of`
	);
	expect(
		(await page.locator('ol.facts blockquote').allTextContents()).map((q) => q.trim())
	).toEqual(ofTopic.map((f) => f.source.quote));
	await expect(page).toHaveURL(new RegExp(`topic=${topic.id}`));

	await topicSelect.selectOption('');
	const kindSelect = page.getByLabel('Question type');
	await kindSelect.selectOption('mcq');
	const kinds = await page.locator('ol.facts .items .kind').allTextContents();
	expect(kinds.length).toBeGreaterThan(0);
	expect(new Set(kinds)).toEqual(new Set(['Multiple choice']));
	const withMcq = await facts(page).count();
	expect(withMcq).toBeLessThanOrEqual(file.facts.length);
	// Each multiple-choice item shows its four options, one marked right.
	const first = page.locator('ol.facts .items li').first();
	await expect(first.locator('ul li')).toHaveCount(4);
	await expect(first.locator('ul li.key')).toHaveCount(1);

	// Both filters at once, and back from the address after a reload.
	await topicSelect.selectOption(topic.id);
	await page.reload();
	await expect(page.locator('ol.facts')).toHaveAttribute('aria-busy', 'false');
	await expect(topicSelect).toHaveValue(topic.id);
	await expect(kindSelect).toHaveValue('mcq');
	expect(await facts(page).count()).toBeLessThanOrEqual(ofTopic.length);
	await kindSelect.selectOption('');
	await topicSelect.selectOption('');
	await expect(facts(page)).toHaveCount(file.facts.length);
	await expect(page).toHaveURL(/\/browse$/);
});

test('the page as served names no deck and offers no filter until the deck in use is known', async ({
	page,
	request
}) => {
	// What a learner using a teacher's deck sees before their deck loads: not the built-in deck.
	const served = await (await request.get('/browse')).text();
	expect(served).not.toContain(file.deck.title);
	expect(served).toMatch(/<fieldset[^>]* disabled/);

	await openBrowse(page);
	await expect(page.locator('main p').first()).toContainText(file.deck.title);
	await expect(page.getByLabel('Topic')).toBeEnabled();
	await expect(page.getByLabel('Topic').locator('option')).toHaveCount(file.topics.length + 1);
});

test('no accessibility violations (axe, WCAG 2.2 AA)', async ({ page }) => {
	test.slow(); // a colour-contrast check of every fact's text takes axe about 10 s
	await openBrowse(page);
	const axe = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'])
		.analyze();
	expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual(
		[]
	);
});

test('works with no network after one visit, filtered links included', async ({ context }) => {
	const first = await context.newPage();
	await first.goto('/');
	await waitForServiceWorker(first);
	await first.close();
	await cutNetwork(context);

	const page = await context.newPage();
	expect((await page.goto('/browse?kind=mcq'))?.ok()).toBe(true);
	await expect(page.locator('ol.facts')).toHaveAttribute('aria-busy', 'false');
	await expect(page.getByLabel('Question type')).toHaveValue('mcq');
	expect(new Set(await page.locator('ol.facts .items .kind').allTextContents())).toEqual(
		new Set(['Multiple choice'])
	);
	await page.getByRole('link', { name: 'Change deck' }).click();
	await expect(page.locator('h1')).toHaveText('Decks');
	await expect(page.getByText(/500|Internal Error/)).toHaveCount(0);
});

test.describe('on a phone', () => {
	const { viewport, deviceScaleFactor, isMobile, hasTouch, userAgent } = devices['iPhone 13'];
	test.use({
		viewport: { ...viewport, width: 390 },
		deviceScaleFactor,
		isMobile,
		hasTouch,
		userAgent
	});

	test('nothing overflows and the filters are big enough to tap', async ({ page }) => {
		await openBrowse(page, '?kind=mcq');
		expect(
			await page.evaluate(
				() => document.documentElement.scrollWidth > document.documentElement.clientWidth
			)
		).toBe(false);
		for (const select of await page.locator('select').all())
			expect((await select.boundingBox())?.height).toBeGreaterThanOrEqual(44);
	});
});
