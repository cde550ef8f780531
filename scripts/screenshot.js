// Makes the README screenshot: /study on a phone-sized screen (Pixel 7), in the real browser,
// against the built app. Usage: npm run build && node scripts/screenshot.js
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { chromium, devices } from 'playwright-core';

const port = 4190;
const server = spawn('node', ['scripts/serve.js', '--port', String(port)], { stdio: 'ignore' });
try {
	await new Promise((resolve) => setTimeout(resolve, 800));
	const executablePath = existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
	const browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
	const { viewport, deviceScaleFactor, isMobile, hasTouch, userAgent } = devices['Pixel 7'];
	const page = await browser.newPage({
		viewport,
		deviceScaleFactor,
		isMobile,
		hasTouch,
		userAgent
	});
	await page.goto(`http://localhost:${port}/study`);
	await page.getByRole('button', { name: /show answer/i }).click();
	await page.getByRole('button', { name: /^Good/ }).waitFor();
	mkdirSync('docs', { recursive: true });
	await page.screenshot({ path: 'docs/study-phone.png' });
	console.log('docs/study-phone.png');
	await browser.close();
} finally {
	server.kill();
}
