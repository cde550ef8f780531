// Renders the app icons from one SVG with the system Chromium. Run once; the PNGs are committed.
// Usage: node scripts/make-icons.js (with pngquant installed, apt-get install -y pngquant)
import { chromium } from 'playwright-core';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const svg = (maskable) => `
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512">
  <rect width="512" height="512" rx="${maskable ? 0 : 96}" fill="#1f3a5f"/>
  <g transform="${maskable ? 'translate(77 77) scale(0.7)' : ''}">
    <rect x="150" y="96" width="250" height="320" rx="28" fill="#8fb3de" transform="rotate(8 275 256)"/>
    <rect x="112" y="96" width="250" height="320" rx="28" fill="#ffffff"/>
    <text x="237" y="318" font-family="DejaVu Sans, sans-serif" font-weight="700" font-size="190" fill="#1f3a5f" text-anchor="middle">B</text>
    <rect x="152" y="360" width="170" height="18" rx="9" fill="#c8102e"/>
  </g>
</svg>`;

const targets = [
	['static/icons/icon-192.png', 192, false],
	['static/icons/icon-512.png', 512, false],
	['static/icons/maskable-512.png', 512, true],
	['static/icons/apple-touch-icon.png', 180, true],
	['static/favicon.png', 48, false]
];

const executablePath = existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
const page = await browser.newPage();
for (const [file, size, maskable] of targets) {
	await page.setViewportSize({ width: size, height: size });
	await page.setContent(
		`<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg(maskable)}`
	);
	await page.screenshot({ path: file, omitBackground: true });
	console.log(file);
}
await browser.close();

// They are precached: quantise them (pngquant, Debian package `pngquant`) to about half the bytes.
const quantise = spawnSync('pngquant', [
	'--quality=80-100',
	'--speed=1',
	'--strip',
	'--force',
	'--ext=.png',
	...targets.map(([file]) => file)
]);
console.log(quantise.error ? 'pngquant not found: icons left unquantised' : 'icons quantised');
