import { writeFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { gradeByKeyboard, keysWith, readStore } from './helpers';

/** A teacher's own deck: one short source text and four dated facts drawn from it. */
const NOTES = [
	'Belarus became independent in 1991.',
	'Alexander Lukashenko has ruled Belarus since 1994.',
	'A disputed presidential election was held in 2020.',
	'Mass protests followed the election of 2020.'
].join(' ');

function dated(id: string, topic: string, year: string, quote: string, label: string) {
	return {
		id,
		topic,
		event: null,
		claim: { subject: label, relation: 'year', value: year, type: 'year' },
		question: `In which year: ${label}?`,
		status: { kind: 'reported' },
		source: { documentId: 'notes', quote },
		label
	};
}

function teacherDeck(version = 1) {
	return {
		format: 1,
		deck: { id: 'class-7b', title: 'Class 7B: Belarus dates', version },
		documents: [
			{ id: 'notes', file: 'class-notes.txt', title: 'Class notes', summary: 'Four dates.' }
		],
		events: [],
		topics: [
			{ id: 'dates', label: 'Dates' },
			{ id: 'rulers', label: 'Rulers' }
		],
		facts: [
			dated('independence', 'dates', '1991', 'Belarus became independent in 1991.', 'Independence'),
			dated(
				'lukashenko',
				'rulers',
				'1994',
				'Alexander Lukashenko has ruled Belarus since 1994.',
				'Lukashenko comes to power'
			),
			dated(
				'election',
				'dates',
				'2020',
				'A disputed presidential election was held in 2020.',
				'The disputed election'
			)
		],
		distractors: ['1990', '1996', '2001', '2010'].map((value) => ({ type: 'year', value }))
	};
}

const json = (value: unknown) => ({
	name: 'class-7b.json',
	mimeType: 'application/json',
	buffer: Buffer.from(JSON.stringify(value, null, 2))
});
const notes = { name: 'class-notes.txt', mimeType: 'text/plain', buffer: Buffer.from(NOTES) };

async function load(page: Page, file: Parameters<Page['setInputFiles']>[1], texts = [notes]) {
	await page.getByLabel('Fact file (JSON, up to 2 MB)').setInputFiles(file);
	await page.getByLabel('Source texts (.txt, optional)').setInputFiles(texts);
	await page.getByRole('button', { name: 'Check and load' }).click();
}
/** The refused file's problems: a group named by its one-line summary, which takes the focus. */
const alert = (page: Page) => page.getByRole('group', { name: /Nothing was changed\./ });
const audit = async (page: Page) =>
	(
		await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze()
	).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
const readyDecks = async (page: Page) => {
	await page.goto('/decks');
	await expect(page.locator('ul.decks')).toHaveAttribute('aria-busy', 'false');
};
/** Stored decks (a deleted one leaves no readable record). */
/** Stored decks with their file (a deleted deck leaves only its facts' values). */
const storedDecks = async (page: Page) =>
	(await readStore(page)).filter(
		([key, value]) =>
			key.startsWith('deck:') && typeof value === 'object' && value !== null && 'file' in value
	);

test('a valid file with its source text loads, becomes the deck in use and can be browsed', async ({
	page
}) => {
	await readyDecks(page);
	// The files chosen are named in full (the field itself cuts a long name short).
	await page.getByLabel('Fact file (JSON, up to 2 MB)').setInputFiles(json(teacherDeck()));
	await page.getByLabel('Source texts (.txt, optional)').setInputFiles([notes]);
	await expect(page.getByText('Chosen: class-7b.json')).toBeVisible();
	await expect(page.getByText('Chosen: class-notes.txt')).toBeVisible();
	await load(page, json(teacherDeck()));
	const done = page.getByRole('status').filter({ hasText: 'Loaded' });
	// Loaded: the form is empty again, and says no file is chosen.
	await expect(page.getByText(/^Chosen: /)).toHaveCount(0);
	await expect(done).toContainText('Loaded “Class 7B: Belarus dates”: 3 facts');
	await expect(done).toBeFocused();
	await expect(done).toContainText('quotes checked against the text you gave');
	// From the top: clicking "Check and load" scrolled the page, which leaves the file field half
	// under the sticky navigation, and axe counts a half-hidden field as too small a target.
	await page.evaluate(() => scrollTo(0, 0));
	expect(await audit(page)).toEqual([]);
	await expect(page.getByRole('article').filter({ hasText: 'Class 7B' })).toContainText('In use');

	const stored = await readStore(page);
	expect(keysWith(stored, 'deck:')).toEqual(['deck:class-7b']);
	expect(stored.find(([k]) => k === 'meta:active-deck')?.[1]).toBe('class-7b');

	await done.getByRole('link', { name: 'Browse it' }).click();
	await expect(page).toHaveURL(/\/browse$/);
	await expect(page.locator('ol.facts')).toHaveAttribute('aria-busy', 'false');
	await expect(page.getByText('Every fact of Class 7B: Belarus dates')).toBeVisible();
	const quotes = await page.locator('ol.facts blockquote').allTextContents();
	expect(quotes.map((q) => q.trim())).toEqual(teacherDeck().facts.map((f) => f.source.quote));
	await expect(page.getByText('From “Class notes”')).toHaveCount(3);
	await page.getByLabel('Topic').selectOption({ label: 'Dates (2)' });
	await expect(page.locator('ol.facts > li > article')).toHaveCount(2);

	// The quiz offers only the kinds this deck has questions of, all of them chosen.
	await page.goto('/quiz');
	await expect(page.getByText(/^Question 1 of \d+/)).toBeVisible();
	await page.getByText('Question types:').click();
	const boxes = page.locator('.kinds input[type="checkbox"]');
	await expect(boxes.first()).toBeVisible();
	expect(await page.locator('.kinds input[type="checkbox"]:enabled:not(:checked)').count()).toBe(0);
	expect(await page.locator('.kinds input[type="checkbox"]:disabled:checked').count()).toBe(0);

	// Loading a new version (pasted this time) replaces the stored copy.
	await readyDecks(page);
	await page.getByText('…or paste the JSON').click();
	await page.getByLabel('Fact file JSON').fill(JSON.stringify(teacherDeck(2)));
	await page.getByRole('button', { name: 'Check and load' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Loaded' })).toContainText(
		'replacing the copy stored before'
	);
	await expect(page.getByText('version 2')).toBeVisible();
	expect(keysWith(await storedDecks(page), 'deck:')).toEqual(['deck:class-7b']);

	// Back to the built-in deck, then delete the teacher's (after a confirmation).
	await page.getByRole('button', { name: 'Use this deck' }).click();
	const builtin = page.getByRole('article').filter({ hasText: 'Built in' });
	await expect(builtin).toContainText('In use');
	// "Loaded … It is now the deck in use" no longer stands under another deck in use.
	await expect(page.getByRole('status').filter({ hasText: 'Loaded' })).toHaveCount(0);
	// The button gave way to "In use": the focus is there, not lost to the page.
	await expect(builtin.locator('p', { hasText: 'In use' })).toBeFocused();
	await page.goto('/browse');
	await expect(page.locator('ol.facts')).toHaveAttribute('aria-busy', 'false');
	await expect(page.getByText('Every fact of Belarus: two releases')).toBeVisible();

	await readyDecks(page);
	const teacher = page.getByRole('article').filter({ hasText: 'Class 7B' });
	await teacher.getByRole('button', { name: 'Delete…' }).click();
	await expect(teacher.getByRole('button', { name: 'Cancel' })).toBeFocused();
	await teacher.getByRole('button', { name: 'Cancel' }).click();
	await expect(teacher.getByRole('button', { name: 'Delete…' })).toBeFocused();
	// Escape cancels too.
	await teacher.getByRole('button', { name: 'Delete…' }).click();
	await page.keyboard.press('Escape');
	await expect(teacher.getByRole('button', { name: 'Delete…' })).toBeFocused();
	await teacher.getByRole('button', { name: 'Delete…' }).click();
	await teacher
		.getByRole('button', { name: 'Delete “Class 7B: Belarus dates”', exact: true })
		.click();
	await expect(page.getByRole('article').filter({ hasText: 'Class 7B' })).toHaveCount(0);
	// Said, as the focus goes to the list's heading.
	await expect(page.getByRole('heading', { name: 'Decks on this device' })).toBeFocused();
	await expect(page.getByRole('status').filter({ hasText: /^Deleted “Class 7B/ })).toBeVisible();
	expect(await storedDecks(page)).toEqual([]);
	await page.reload();
	await expect(page.getByRole('article')).toHaveCount(1);
});

/** The teacher's deck with the year of independence corrected (version 2). */
function correctedDeck() {
	const corrected = teacherDeck(2);
	corrected.facts[0] = dated(
		'independence',
		'dates',
		'1990',
		'Belarus became independent in 1990.',
		'Independence'
	);
	return corrected;
}

const cardOf = (fact: string) => `card:class-7b/${fact}:flashcard`;

/** Loads the teacher's deck and studies its three flashcards (Good). */
async function loadAndStudy(page: Page) {
	await readyDecks(page);
	await load(page, json(teacherDeck()));
	await expect(page.getByRole('status').filter({ hasText: 'Loaded' })).toBeVisible();
	await page.goto('/study');
	for (let i = 0; i < 3; i++) await gradeByKeyboard(page, '3');
	await expect(page.getByText('3 done today')).toBeVisible();
	expect(keysWith(await readStore(page), 'card:')).toContain(cardOf('independence'));
}

/** Pastes the corrected deck on /decks: the changed question starts again, the others do not. */
async function loadCorrected(page: Page) {
	await readyDecks(page);
	await page.getByText('…or paste the JSON').click();
	await page.getByLabel('Fact file JSON').fill(JSON.stringify(correctedDeck()));
	await page.getByRole('button', { name: 'Check and load' }).click();
	const done = page.getByRole('status').filter({ hasText: 'Loaded' });
	await expect(done).toContainText(
		'This version changed the answer of 1 question you had studied: it starts again as a new card.'
	);
	const stored = keysWith(await readStore(page), 'card:');
	expect(stored).not.toContain(cardOf('independence'));
	expect(stored).toContain(cardOf('lukashenko'));
	expect(stored).toContain(cardOf('election'));
	expect(keysWith(await readStore(page), 'log:')).toHaveLength(3); // the reviews stay
}

test('a new version that corrects an answer: that question is learnt again, the others keep their schedule', async ({
	page
}) => {
	await loadAndStudy(page);
	// The teacher corrects the year of independence (pasted, without the source text).
	await loadCorrected(page);

	// Studying now asks the corrected question again, with its new answer.
	await page.goto('/study');
	await expect(page.getByText('In which year: Independence?')).toBeVisible();
	await page.keyboard.press('Space');
	await expect(page.locator('.answer').filter({ hasText: '1990' })).toBeVisible();
});

test('a deck deleted, then loaded again corrected: the changed question is learnt again all the same', async ({
	page
}) => {
	await loadAndStudy(page);
	await readyDecks(page);
	const teacher = page.getByRole('article').filter({ hasText: 'Class 7B' });
	await teacher.getByRole('button', { name: 'Delete…' }).click();
	await teacher
		.getByRole('button', { name: 'Delete “Class 7B: Belarus dates”', exact: true })
		.click();
	await expect(teacher).toHaveCount(0);
	// Deleting a deck keeps what was learnt of it.
	expect(keysWith(await readStore(page), 'card:')).toHaveLength(3);
	await loadCorrected(page);
});

test('another open tab is told when the deck in use changes, and shows the new one once reloaded', async ({
	page,
	context
}) => {
	const other = await context.newPage();
	await other.goto('/study');
	await expect(other.getByRole('button', { name: /show answer/i })).toBeVisible();
	const notice = other.getByRole('alert').filter({ hasText: 'changed in another tab' });
	const quiz = await context.newPage();
	await quiz.goto('/quiz');
	await expect(quiz.getByText(/^Question 1 of \d+/)).toBeVisible();
	// A question answered: a reload would bring this quiz back, but not once the deck changed.
	await quiz.locator('#quiz-question').focus();
	for (const key of ['T', 'A']) await quiz.keyboard.press(key);
	await expect(quiz.locator('.verdict')).toBeVisible();
	await quiz.getByRole('button', { name: 'Next question' }).click();
	await expect(quiz.getByText(/^Question 2 of \d+/)).toBeVisible();
	const logs = keysWith(await readStore(quiz), 'log:');
	expect(logs).toHaveLength(1);

	await readyDecks(page);
	await load(page, json(teacherDeck()));
	await expect(page.getByRole('status').filter({ hasText: 'Loaded' })).toBeVisible();
	await expect(notice).toBeVisible();
	// No card of the old deck is graded there any more.
	await expect(other.getByText('Studying stops here')).toBeVisible();
	await expect(other.getByRole('button', { name: /show answer/i })).toHaveCount(0);
	await other.keyboard.press('Space');
	await other.keyboard.press('3');
	expect(keysWith(await readStore(other), 'log:')).toEqual(logs);
	// Nor is a question of the old deck answered in a quiz.
	await expect(quiz.getByText('Quizzing stops here')).toBeVisible();
	await expect(quiz.locator('.options button, .statement')).toHaveCount(0);
	await quiz.keyboard.press('A');
	await quiz.keyboard.press('T');
	expect(keysWith(await readStore(quiz), 'log:')).toEqual(logs);
	// The tab that made the change is not told of it.
	await expect(page.getByText('changed in another tab')).toHaveCount(0);
	await notice.getByRole('button', { name: 'Reload the page' }).click();
	await expect(other.getByRole('heading', { level: 2 })).toHaveText(/^In which year: /);
	await expect(notice).toHaveCount(0);
	// The quiz tab reloaded: a new quiz, of the new deck, not the old one's brought back.
	await quiz.reload();
	// (Three facts make fewer than the built-in deck's ten questions.)
	await expect(quiz.locator('#quiz-progress')).toHaveText(/^\s*Question 1 of [1-9] · score 0/);
	await expect(quiz.locator('.verdict')).toHaveCount(0);

	// Going back to the built-in deck is told as well.
	await page
		.getByRole('article')
		.filter({ hasNotText: 'Class 7B' })
		.getByRole('button', { name: 'Use this deck' })
		.click();
	await expect(notice).toBeVisible();
	await other.reload();
	await expect(other.getByRole('heading', { level: 2 })).not.toHaveText(/^In which year: /);
});

test('a file that fails shows every problem with its path and changes nothing', async ({
	page
}) => {
	const dialogs: string[] = [];
	page.on('dialog', (dialog) => {
		dialogs.push(dialog.message());
		void dialog.dismiss();
	});
	await readyDecks(page);
	await load(page, json(teacherDeck()));
	await expect(page.getByRole('status').filter({ hasText: 'Loaded' })).toBeVisible();
	const before = await readStore(page);

	// A quote the source text does not contain.
	const badQuote = teacherDeck();
	const fact = badQuote.facts[1];
	if (fact) fact.source.quote = 'Alexander Lukashenko has ruled Belarus since 1999.';
	await load(page, json(badQuote));
	await expect(alert(page)).toContainText('This fact file was not loaded: 1 problem.');
	await expect(alert(page)).toBeFocused();
	await expect(alert(page).getByRole('listitem')).toHaveText([
		'facts.1.source.quote (fact "lukashenko"): quote is not verbatim in document "notes"'
	]);
	expect(await readStore(page)).toEqual(before);

	// Not JSON at all.
	await load(page, { ...json({}), buffer: Buffer.from('{"format": 1, "deck": {') });
	await expect(alert(page).getByRole('listitem')).toHaveText([/^\(root\): is not valid JSON: /]);
	expect(await readStore(page)).toEqual(before);

	// Hostile: a prototype key, a wrong type, markup, 100,000 levels of nesting.
	const hostile = teacherDeck();
	const [first, second] = hostile.facts as unknown as Record<string, unknown>[];
	if (!first || !second) throw new Error('facts');
	(first.claim as Record<string, unknown>).value = 1991;
	second.question = '<script>alert("hacked")</script>';
	second.note = '<img src=x onerror=alert(1)>';
	const deep = '['.repeat(100_000) + ']'.repeat(100_000);
	const text = JSON.stringify(hostile)
		.replace('{', '{"__proto__": {"polluted": true}, ')
		.replace('"label":"The disputed election"', `"label":"The disputed election","nested":${deep}`);
	await load(page, { ...json({}), buffer: Buffer.from(text) });
	await expect(alert(page).getByRole('listitem')).toHaveText([
		'facts.0.claim.value (fact "independence"): must be text (found the number 1991)',
		/^facts\.2\.nested \(fact "election"\): unknown field "nested"/,
		/^__proto__: unknown field "__proto__"/
	]);
	expect(await page.evaluate(() => ({}) as Record<string, unknown>)).toEqual({});
	expect(await page.evaluate(() => 'polluted' in Object.prototype)).toBe(false);
	expect(await readStore(page)).toEqual(before);

	// Valid in shape, but with markup in its text: refused, shown as text.
	const markup = teacherDeck();
	Object.assign(markup.facts[0] ?? {}, { note: 'See <script>alert("hacked")</script>' });
	await load(page, json(markup));
	await expect(alert(page).getByRole('listitem')).toHaveText([
		/^facts\.0\.note \(fact "independence"\): contains HTML markup \("<script>"\)/
	]);
	expect(await readStore(page)).toEqual(before);

	// Too big to read: 10 MB.
	// (a file on disk: the browser reads it directly, no 10 MB copy through the test protocol)
	const big = test.info().outputPath('big.json');
	writeFileSync(big, Buffer.alloc(10 * 1024 * 1024, 32));
	await load(page, big);
	await expect(alert(page).getByRole('listitem')).toHaveText([
		'(root): is 10.0 MB; files over 2.0 MB are refused'
	]);
	expect(await readStore(page)).toEqual(before);

	expect(dialogs).toEqual([]);
	expect(await audit(page)).toEqual([]);
	await expect(page.getByRole('article').filter({ hasText: 'Class 7B' })).toContainText('In use');
});

test('the built-in fact file can be downloaded as a starting point, and the schema is published', async ({
	page,
	request
}) => {
	await readyDecks(page);
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Download the built-in fact file' }).click()
	]);
	expect(download.suggestedFilename()).toBe('belarus-releases.json');
	const { readFile } = await import('node:fs/promises');
	const saved = JSON.parse(await readFile((await download.path()) ?? '', 'utf8'));
	expect(saved.facts.length).toBeGreaterThan(40);

	const schema = page.getByRole('link', { name: 'fact-file.schema.json' });
	const response = await request.get((await schema.getAttribute('href')) ?? '');
	expect(response.status()).toBe(200);
	expect(Object.keys(await response.json())).toContain('$schema');
});
