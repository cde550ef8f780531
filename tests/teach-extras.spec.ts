import { expect, test, type Page } from '@playwright/test';
import {
	cutBuiltFile,
	keysWith,
	readStore,
	setWriteDelay,
	slowWrites,
	writeStore
} from './helpers';

/** On /teach: builds and shares a quiz with this title; returns its assignment id. */
async function makeQuiz(page: Page, title: string): Promise<string> {
	await page.getByLabel('Title').fill(title);
	await expect(page.locator('.preview > li').first()).toBeVisible();
	await page.getByRole('button', { name: 'Share', exact: true }).click();
	await expect(page.getByRole('heading', { name: /is ready to share/ })).toBeFocused();
	const href = await page.getByRole('link', { name: 'Collect results' }).getAttribute('href');
	await page.getByRole('button', { name: 'Make another quiz' }).click();
	// The next quiz starts at its title, where the focus now is.
	await expect(page.getByLabel('Title')).toBeFocused();
	return (href ?? '').split('#')[1] ?? '';
}

test('a teacher deletes one of two quizzes, after confirming in place, with its results', async ({
	page
}) => {
	let dialogs = 0;
	page.on('dialog', (d) => {
		dialogs++;
		void d.dismiss();
	});
	await page.goto('/teach');
	const first = await makeQuiz(page, 'Quiz to delete');
	const second = await makeQuiz(page, 'Quiz to keep');
	const list = page.getByRole('region', { name: 'Your quizzes' });
	await expect(list.locator('li')).toHaveCount(2);
	// A result collected for each quiz: the one of the quiz that goes goes with it.
	await writeStore(page, [
		[`result:${first}:ann`, { v: 1, code: 'R1.gone.result' }],
		[`result:${second}:ann`, { v: 1, code: 'R1.kept.result' }]
	]);

	// Pressing Delete asks in place; "Keep it" (focused) and Escape back out.
	await list.getByRole('button', { name: 'Delete “Quiz to delete”' }).click();
	const ask = list.getByRole('group', { name: /Delete “Quiz to delete” from this device\?/ });
	await expect(ask).toBeVisible();
	await expect(ask.getByRole('button', { name: 'Keep it' })).toBeFocused();
	await page.keyboard.press('Escape');
	await expect(ask).toHaveCount(0);
	await expect(list.getByRole('button', { name: 'Delete “Quiz to delete”' })).toBeFocused();
	await page.keyboard.press('Enter');
	await ask.getByRole('button', { name: 'Delete “Quiz to delete”' }).click();
	await expect(
		list.getByRole('status').filter({ hasText: 'Deleted “Quiz to delete”.' })
	).toBeVisible();
	await expect(list.locator('li')).toHaveCount(1);

	await page.reload();
	await expect(list.locator('li')).toHaveCount(1);
	await expect(list.locator('li')).toContainText('Quiz to keep');
	const stored = await readStore(page);
	expect(keysWith(stored, 'quiz:')).toHaveLength(1);
	expect(keysWith(stored, 'result:')).toEqual([`result:${second}:ann`]);
	expect(dialogs).toBe(0);
});

test('two quizzes of one title are told apart on Results by when they were made', async ({
	page
}) => {
	await page.goto('/teach');
	await makeQuiz(page, 'Week 1');
	await makeQuiz(page, 'Week 1');
	await makeQuiz(page, 'Week 2');
	await page.goto('/teach/results');
	const options = page.getByLabel('Quiz', { exact: true }).locator('option');
	await expect(options).toHaveCount(3);
	const texts = await options.allTextContents();
	const week1 = texts.filter((t) => /^Week 1 \(made .+\)$/.test(t));
	expect(new Set(week1).size).toBe(2);
	expect(texts).toContain('Week 2');
});

test('the quiz form says what it will not take, and when the due date has passed', async ({
	page
}) => {
	await page.goto('/teach');
	await page.getByLabel('Title').fill('Timed');
	await expect(page.locator('.preview > li').first()).toBeVisible();
	// The browser's own check is skipped, as a script or an old browser would.
	await page.locator('form').evaluate((form) => form.setAttribute('novalidate', ''));
	for (const minutes of ['2.5', '-3', '1000']) {
		await page.getByLabel('Time limit (minutes, empty for none)').fill(minutes);
		await page.getByRole('button', { name: 'Share', exact: true }).click();
		await expect(page.getByRole('alert')).toHaveText(
			'Give the time limit as whole minutes, from 1 to 600 (empty or 0 for none).'
		);
		// The field it is about is marked, described by the message, and has the focus.
		const field = page.getByLabel('Time limit (minutes, empty for none)');
		await expect(field).toBeFocused();
		await expect(field).toHaveAttribute('aria-invalid', 'true');
		await expect(field).toHaveAccessibleDescription(/whole minutes, from 1 to 600/);
	}
	await page.getByLabel('Time limit (minutes, empty for none)').fill('');
	// A number of questions the preview could only guess at: 0 or -5 once previewed 1.
	const number = page.getByLabel('Number of questions');
	for (const wanted of ['0', '-5', '2.5', '101', '']) {
		await number.fill(wanted);
		await page.getByRole('button', { name: 'Share', exact: true }).click();
		await expect(page.getByRole('alert')).toHaveText(
			'Give the number of questions as a whole number, from 1 to 100.'
		);
		await expect(number).toBeFocused();
		await expect(number).toHaveAttribute('aria-invalid', 'true');
	}
	await number.fill('10');
	// No title: the title field, likewise.
	await page.getByLabel('Title').fill('');
	await page.getByRole('button', { name: 'Share', exact: true }).click();
	await expect(page.getByRole('alert')).toHaveText('Give the quiz a title.');
	await expect(page.getByLabel('Title')).toBeFocused();
	await expect(page.getByLabel('Title')).toHaveAttribute('aria-invalid', 'true');
	// Marked in colour too: the page's own field rule does not hide the error border.
	await expect(page.getByLabel('Title')).toHaveCSS('border-top-width', '3px');
	// Shown under the field, in view with it, not by the Share button a page further down.
	await expect(page.getByRole('alert')).toBeInViewport();
	// No topic: said under "Topics", which take the focus.
	await page.getByLabel('Title').fill('No topics');
	const topics = page.getByRole('group', { name: 'Topics' }).getByRole('checkbox');
	for (const box of await topics.all()) await box.uncheck();
	await page.getByRole('button', { name: 'Share', exact: true }).click();
	await expect(page.getByRole('alert')).toHaveText(
		'Choose at least one topic and kind of question.'
	);
	await expect(page.getByRole('group', { name: 'Topics' })).toBeFocused();
	await expect(page.getByRole('alert')).toBeInViewport();
	await expect(page.getByRole('group', { name: 'Topics' })).toHaveAccessibleDescription(
		'Choose at least one topic and kind of question.'
	);
	for (const box of await topics.all()) await box.check();
	// A new set of questions is said, not only drawn.
	await page.getByRole('button', { name: 'Choose other questions' }).click();
	await expect(
		page.getByRole('status').filter({ hasText: 'Other questions chosen.' })
	).toBeAttached();
	await page.getByLabel('Title').fill('Timed');
	expect(keysWith(await readStore(page), 'quiz:')).toEqual([]);
	// A year the form cannot send (typed, past the picker's range): said under the date.
	await page.getByLabel('Due date').fill('1850-01-01');
	await page.getByRole('button', { name: 'Share', exact: true }).click();
	await expect(page.getByRole('alert')).toHaveText(
		'Give the due date as a day from 1900 to 2199, or leave it empty.'
	);
	await expect(page.getByLabel('Due date')).toBeFocused();
	await expect(page.getByLabel('Due date')).toHaveAttribute('aria-invalid', 'true');
	// A pasted title with a text-direction override: said under the title.
	await page.getByLabel('Title').fill('Timed \u202eevil');
	await page.getByRole('button', { name: 'Share', exact: true }).click();
	await expect(page.getByRole('alert')).toHaveText(
		'The title has control or text-direction characters; type it again.'
	);
	await expect(page.getByLabel('Title')).toBeFocused();
	await page.getByLabel('Title').fill('Timed');
	await page.getByLabel('Due date').fill('2020-01-01');
	await expect(page.getByText('That date has passed: students will see it as past.')).toBeVisible();
	await page.getByLabel('Due date').fill('2099-01-01');
	await expect(page.getByText('That date has passed')).toHaveCount(0);
	await page.getByLabel('Time limit (minutes, empty for none)').fill('1');
	await page.getByRole('button', { name: 'Share', exact: true }).click();
	await expect(page.getByRole('heading', { name: /is ready to share/ })).toBeFocused();
	expect(keysWith(await readStore(page), 'quiz:')).toHaveLength(1);
});

/** A student takes the quiz at `link` without answering, confirming in place; returns the code. */
async function submitUnanswered(page: Page, link: string, name: string): Promise<string> {
	let dialogs = 0;
	page.on('dialog', (d) => {
		dialogs++;
		void d.dismiss();
	});
	await page.goto(link);
	await page.getByLabel('Your name, as your teacher knows you').fill(name);
	await page.getByRole('button', { name: 'Start' }).click();
	await expect(page.getByText('Question 1 of 2')).toBeVisible();
	await page.getByRole('button', { name: 'Submit now' }).click();
	const ask = page.getByRole('group', {
		name: 'You have 2 unanswered questions. Submit anyway?'
	});
	await expect(ask).toBeVisible();
	// The safe choice has focus; Escape backs out to where the student was.
	await expect(ask.getByRole('button', { name: 'Keep answering' })).toBeFocused();
	await page.keyboard.press('Escape');
	await expect(ask).toHaveCount(0);
	await expect(page.getByRole('button', { name: 'Submit now' })).toBeFocused();
	await expect(page.getByText('Question 1 of 2')).toBeVisible();
	// A letter or a digit pressed on "Submit now" answers nothing (WCAG 2.1.4): the keys act in
	// the question, not on a control beside it.
	for (const key of ['A', '1', 'T']) await page.keyboard.press(key);
	await expect(page.getByText('Question 1 of 2')).toBeVisible();
	await expect(page.getByText('Answered 0 of 2')).toBeVisible();
	await page.keyboard.press('Enter');
	await ask.getByRole('button', { name: 'Keep answering' }).click();
	await expect(ask).toHaveCount(0);
	await page.getByRole('button', { name: 'Submit now' }).click();
	await ask.getByRole('button', { name: 'Submit', exact: true }).click();
	await expect(page.getByRole('heading', { name: 'Your score: 0 / 2' })).toBeVisible();
	expect(dialogs).toBe(0);
	return page.getByLabel('Your result code').inputValue();
}

/** On /teach: a 2-question quiz; returns its link and id. */
async function shareSmallQuiz(page: Page, title: string) {
	await page.goto('/teach');
	await page.getByLabel('Title').fill(title);
	await page.getByLabel('Number of questions').fill('2');
	await expect(page.locator('.preview > li')).toHaveCount(2);
	await page.getByRole('button', { name: 'Share', exact: true }).click();
	const link = await page.getByLabel(/^Link for/).inputValue();
	const href = await page.getByRole('link', { name: 'Collect results' }).getAttribute('href');
	return { link, id: (href ?? '').split('#')[1] ?? '' };
}

test('a quiz made on another device is added from its link, and its results are collected there', async ({
	browser
}) => {
	const school = await (await browser.newContext()).newPage();
	const { link, id } = await shareSmallQuiz(school, 'Made at school');
	const student = await (await browser.newContext()).newPage();
	const code = await submitUnanswered(student, link, 'Ann Student');

	// At home, where the quiz was never made: the results link says so.
	const home = await (await browser.newContext()).newPage();
	await home.goto(`/teach/results#${id}`);
	await expect(home.getByText('The quiz this link names is not on this device')).toBeVisible();
	const field = home.getByLabel('A quiz’s link');
	await field.fill('not a link');
	await home.getByRole('button', { name: 'Add the quiz' }).click();
	await expect(home.getByRole('alert')).toHaveText(/^This is not a quiz link from Belarus Study/);
	await expect(field).toBeFocused();
	await expect(field).toHaveAttribute('aria-invalid', 'true');
	expect(keysWith(await readStore(home), 'quiz:')).toEqual([]);
	// The link as a chat gives it, with words around it.
	await field.fill(`Here is the quiz: ${link}.`);
	await home.getByRole('button', { name: 'Add the quiz' }).click();
	const quiz = home.getByLabel('Quiz', { exact: true });
	await expect(quiz).toHaveValue(id);
	await expect(quiz).toBeFocused();
	await home.getByLabel('Paste result codes').fill(code);
	await home.getByRole('button', { name: 'Add codes' }).click();
	await expect(home.getByText('Ann Student: added')).toBeVisible();
	// Which questions each student missed, on screen (not only in the CSV).
	const row = home.getByRole('row', { name: /^Ann Student/ });
	await expect(row.getByRole('cell').last()).toHaveText('1, 2');
	await home.reload();
	await expect(quiz).toHaveValue(id);
	await expect(home.getByText('Ann Student').first()).toBeVisible();
	const stored = await readStore(home);
	expect(keysWith(stored, 'quiz:')).toEqual([`quiz:${id}`]);
	expect(keysWith(stored, 'result:')).toHaveLength(1);
	// Both panels open: each field has its own label (two fields once shared one id). Each shows
	// it can be opened, and that it is (its triangle turns).
	const marker = (summary: string) =>
		home
			.locator('summary', { hasText: summary })
			.evaluate((el) => getComputedStyle(el, '::before').content);
	expect(await marker('Link for students')).toContain('▸');
	for (const summary of ['Link for students', 'Add a quiz from its link'])
		await home
			.locator('details', { has: home.locator('summary', { hasText: summary }) })
			.evaluate((details: HTMLDetailsElement) => (details.open = true));
	expect(await marker('Link for students')).toContain('▾');
	await expect(home.getByLabel('Link for your students', { exact: true })).toHaveValue(link);
	await expect(home.getByLabel('A quiz’s link', { exact: true })).toHaveValue('');
	const ids = await home.evaluate(() => [...document.querySelectorAll('[id]')].map((e) => e.id));
	expect(ids.length).toBe(new Set(ids).size);
});

/** A camera and a QR detector for the page: the detector reads `window.__codes` each time. */
const fakeScanner = () => {
	const w = window as unknown as Record<string, unknown>;
	w.__codes = [];
	w.BarcodeDetector = class {
		static async getSupportedFormats() {
			return ['qr_code', 'ean_13'];
		}
		async detect() {
			return (w.__codes as string[]).map((rawValue) => ({ rawValue }));
		}
	};
	const getUserMedia = async () => {
		const canvas = document.createElement('canvas');
		canvas.width = 64;
		canvas.height = 48;
		canvas.getContext('2d')?.fillRect(0, 0, 64, 48);
		const stream = canvas.captureStream(10);
		w.__stream = stream;
		return stream;
	};
	if (navigator.mediaDevices) navigator.mediaDevices.getUserMedia = getUserMedia;
	else Object.defineProperty(navigator, 'mediaDevices', { value: { getUserMedia } });
};

test('a student submits with questions left after an in-place confirmation; the teacher scans the QR code', async ({
	browser
}) => {
	const teacherContext = await browser.newContext();
	await teacherContext.addInitScript(fakeScanner);
	const teacher = await teacherContext.newPage();
	const { link, id } = await shareSmallQuiz(teacher, 'Scan me');

	const studentContext = await browser.newContext();
	const code = await submitUnanswered(await studentContext.newPage(), link, 'Ann Scanner');
	expect(code).toMatch(/^R1\./);
	await studentContext.close();

	await teacher.goto(`/teach/results#${id}`);
	const box = teacher.getByLabel('Paste result codes');
	await box.fill('From the chat: ');
	await expect(teacher.getByText(/Scan with your phone/)).toHaveCount(0);
	await teacher.getByRole('button', { name: 'Scan QR codes' }).click();
	await expect(teacher.getByRole('button', { name: 'Stop the camera' })).toBeFocused();
	await expect(teacher.getByLabel('Camera view for scanning QR codes')).toBeVisible();
	await expect(teacher.getByText('Point the camera at a student’s QR code.')).toBeVisible();
	// The detector sees the same code on every frame: it lands in the box once.
	await teacher.evaluate((c) => ((window as unknown as { __codes: string[] }).__codes = [c]), code);
	await expect(teacher.getByRole('status').filter({ hasText: 'Scanned 1 code' })).toBeVisible();
	await teacher.waitForTimeout(1000);
	expect(await box.inputValue()).toBe(`From the chat:\n${code}`);

	await teacher.getByRole('button', { name: 'Stop the camera' }).click();
	await expect(teacher.getByRole('button', { name: 'Scan QR codes' })).toBeFocused();
	const tracks = await teacher.evaluate(() =>
		(window as unknown as { __stream: MediaStream }).__stream.getTracks().map((t) => t.readyState)
	);
	expect(tracks).toEqual(['ended']);
	await expect(teacher.locator('video')).toHaveCount(0);

	await teacher.getByRole('button', { name: 'Add codes' }).click();
	await expect(teacher.getByText('1 code read:')).toBeVisible();
	await expect(teacher.getByRole('row', { name: /Ann Scanner/ })).toContainText('0 / 2');
	await teacherContext.close();
});

test('no QR detector: a one-line hint; a refused camera: a plain message', async ({ browser }) => {
	const plain = await browser.newContext();
	await plain.addInitScript(() => {
		delete (window as unknown as { BarcodeDetector?: unknown }).BarcodeDetector;
	});
	const page = await plain.newPage();
	await shareSmallQuiz(page, 'No scanner here');
	await page.goto('/teach/results');
	await expect(
		page.getByText('Scan with your phone’s camera app and paste the text here.')
	).toBeVisible();
	await expect(page.getByRole('button', { name: 'Scan QR codes' })).toHaveCount(0);
	await plain.close();

	const refused = await browser.newContext();
	await refused.addInitScript(fakeScanner);
	await refused.addInitScript(() => {
		navigator.mediaDevices.getUserMedia = () =>
			Promise.reject(new DOMException('Permission denied', 'NotAllowedError'));
	});
	const other = await refused.newPage();
	await shareSmallQuiz(other, 'Camera refused');
	await other.goto('/teach/results');
	await other.getByRole('button', { name: 'Scan QR codes' }).click();
	await expect(other.getByRole('alert')).toHaveText(/The camera was not allowed/);
	await expect(other.getByRole('button', { name: 'Scan QR codes' })).toBeEnabled();
	await refused.close();
});

test.describe('before the app is installed (no service worker yet)', () => {
	// Once the service worker controls the page it serves the file from its precache,
	// which page.route cannot cut: the race would make the test flaky.
	test.use({ serviceWorkers: 'block' });

	test('a QR code that cannot be drawn says why, and the link is still there to copy', async ({
		page
	}) => {
		await cutBuiltFile(page, 'src/lib/quiz/qr.ts');
		await page.goto('/teach');
		await page.getByLabel('Title').fill('No QR today');
		await expect(page.locator('.preview > li').first()).toBeVisible();
		await page.getByRole('button', { name: 'Share', exact: true }).click();
		await expect(page.getByText('The QR code could not be drawn')).toBeVisible();
		await expect(page.getByText(/too long for a QR code/)).toHaveCount(0);
		await expect(page.getByLabel(/^Link for/)).toHaveValue(/\/assignment#2\./);
	});
});

test('codes typed while others are being added stay in the box, to add next', async ({
	browser
}) => {
	const teacherContext = await browser.newContext();
	const teacher = await teacherContext.newPage();
	await slowWrites(teacher);
	const { link, id } = await shareSmallQuiz(teacher, 'Slow adding');
	const studentContext = await browser.newContext();
	const first = await submitUnanswered(await studentContext.newPage(), link, 'Ann First');
	await studentContext.close();

	await teacher.goto(`/teach/results#${id}`);
	const box = teacher.getByLabel('Paste result codes');
	await box.fill(first);
	await setWriteDelay(teacher, 5000); // saving the results takes a moment on this phone
	await teacher.getByRole('button', { name: 'Add codes' }).click();
	await box.press('End');
	await box.pressSequentially('\nBoris: not sent yet');
	expect(await teacher.getByText('1 code read:').count()).toBe(0); // typed while it was adding
	await expect(teacher.getByText('1 code read:')).toBeVisible({ timeout: 15_000 });
	await expect(teacher.getByRole('row', { name: /Ann First/ })).toBeVisible();
	await expect(box).toHaveValue('Boris: not sent yet');
	await teacherContext.close();
});
