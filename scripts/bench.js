// npm run bench: measures the app's budgets on the production build and prints one line per
// measurement (name, figure, budget, ok/OVER). Exit code 1 when any figure is over budget,
// 2 when a measurement could not be made, 0 otherwise. No other test asserts timings: this is
// the one place they are checked, on demand.
//
// What it measures, and why:
//   1. First-load JavaScript of every prerendered page, gzipped (≤ 60 kB each): what a phone on
//      a slow network must fetch and parse before the page is interactive. It is every JS file the
//      page's HTML references (script src, modulepreload, the import("…") calls of SvelteKit's
//      inline boot script) plus, transitively, their static imports. Dynamic import() calls inside
//      chunks are lazy and not followed. Each file is counted once per page. The JSON data a page
//      preloads (the built-in deck) is printed under it, not counted: it is data, not script.
//   2. The whole service-worker precache, gzipped (≤ 150 kB): what installing the app offline
//      downloads, parsed from build/sw.js. PNG files (already compressed) count at their raw size;
//      sw.js (with the Workbox runtime inlined), which is not in the list, is not counted.
//   3. Item generation in Node (scripts/bench/generation.ts, run with tsx): the built-in deck
//      (≤ 10 ms, median of 50 runs after a warm-up), and a synthetic 5,000-fact deck (≤ 500 ms,
//      median of 5 runs) so the app keeps up with a large imported fact file.
//   4. Lighthouse (mobile, devtools throttling) on /, /study and /quiz: performance,
//      accessibility, best practices and SEO must each be 100. A page with a category under 100
//      is run twice more and the median reported, with the audits that lost points; its last
//      full report is saved in reports/lighthouse/ (git-ignored). Timings (TBT above all) rise on
//      a busy machine: run the bench alone, and not while build/ is being rebuilt.
//
// Sizes are in kB, 1 kB = 1000 bytes; gzip is zlib level 9.
// Usage: node scripts/bench.js [--no-lighthouse] [--build]
//   --build forces a fresh build; without it, the build runs only when build/ is missing.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const ROOT = new URL('..', import.meta.url).pathname;
const BUILD = join(ROOT, 'build');
const KB = 1000;
const BUDGET = {
	firstLoadJs: 60 * KB,
	precache: 150 * KB,
	builtinGenerationMs: 10,
	syntheticGenerationMs: 500,
	// Twice the synthetic deck's facts (the import's limit), each value a trap: twice its budget.
	oneRelationGenerationMs: 1000,
	lighthouse: 100
};
const LIGHTHOUSE_PAGES = ['/', '/study', '/quiz'];
const LIGHTHOUSE_CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const LIGHTHOUSE_PORT = 4199;
/** Formats that are already compressed: gzip would not shrink them, so they count raw. */
const RAW_FORMATS = new Set(['.png']);

const args = new Set(process.argv.slice(2));
const rows = [];
let errors = 0;

// ---------------------------------------------------------------- output

const kb = (bytes) => `${(bytes / KB).toFixed(1)} kB`;
const ms = (value) => `${value.toFixed(1)} ms`;

function printHeader() {
	console.log('Belarus Study budgets (sizes in kB, 1 kB = 1000 bytes; gzip level 9)\n');
	console.log(
		`${'measurement'.padEnd(56)}${'figure'.padStart(12)}${'budget'.padStart(12)}  status`
	);
	console.log('-'.repeat(88));
}

/** Prints a row at once (Lighthouse is slow) and keeps it for the exit code. */
function report(name, figure, budget, over) {
	rows.push({ name, over });
	const status = over ? 'OVER' : 'ok';
	console.log(`${name.padEnd(56)}${figure.padStart(12)}${budget.padStart(12)}  ${status}`);
}

function reportError(section, error) {
	errors++;
	console.log(`${section.padEnd(56)}${'error'.padStart(12)}${''.padStart(12)}  ERROR`);
	console.log(`    ${error instanceof Error ? error.message : String(error)}`);
}

const note = (text) => console.log(`    ${text}`);

// ---------------------------------------------------------------- build

function ensureBuild() {
	if (!args.has('--build') && existsSync(join(BUILD, 'sw.js'))) return;
	console.error('Building (npm run build)…');
	const { status } = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: ['ignore', 2, 2] });
	if (status !== 0) throw new Error(`npm run build failed (exit ${status})`);
}

// ---------------------------------------------------------------- files and gzip

const gzipCache = new Map();

function gzippedSize(file) {
	if (!gzipCache.has(file)) gzipCache.set(file, gzipSync(readFileSync(file), { level: 9 }).length);
	return gzipCache.get(file);
}

function listFiles(dir, ext) {
	return readdirSync(dir, { withFileTypes: true, recursive: true })
		.filter((entry) => entry.isFile() && entry.name.endsWith(ext))
		.map((entry) => join(entry.parentPath ?? entry.path, entry.name))
		.sort();
}

/** A URL found in a file under build/ → the file it names, or undefined for another origin. */
function resolveInBuild(ref, fromFile) {
	const base = new URL(`http://build.invalid/${relative(BUILD, fromFile)}`);
	const url = new URL(ref, base);
	if (url.origin !== base.origin) return undefined;
	const file = join(BUILD, decodeURIComponent(url.pathname));
	if (!existsSync(file)) throw new Error(`${relative(ROOT, fromFile)} references missing ${ref}`);
	return file;
}

// ---------------------------------------------------------------- 1. first-load JS

/** The JS URLs a page's HTML loads up front: script src, modulepreload, inline import("…"). */
function htmlScriptRefs(html) {
	const refs = [];
	for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
		const rel = /\brel\s*=\s*["']?([^"'\s>]+)/i.exec(tag)?.[1];
		const href = /\bhref\s*=\s*["']([^"']+)["']/i.exec(tag)?.[1];
		if (rel?.toLowerCase() === 'modulepreload' && href) refs.push(href);
	}
	for (const [, attrs, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
		const src = /\bsrc\s*=\s*["']([^"']+)["']/i.exec(attrs)?.[1];
		if (src) refs.push(src);
		else
			for (const match of body.matchAll(/\bimport\(\s*(["'`])([^"'`]+)\1\s*\)/g))
				refs.push(match[2]);
	}
	return refs;
}

/**
 * Static imports and re-exports of a minified ES module: `import"./x.js"`, `import{a}from"./x.js"`,
 * `export*from"./x.js"`. Dynamic `import(` never matches: a quote or a binding list must follow.
 * Bundled chunks only import each other by relative path.
 */
function staticImports(code) {
	const pattern =
		/(?<![.\w$])(?:import|export)\s*(?:[\w$\s{},*]*?\bfrom\s*)?(["'`])(\.{1,2}\/[^"'`\n]+)\1/g;
	return [...code.matchAll(pattern)].map((match) => match[2]);
}

function firstLoadJs(htmlFile) {
	const files = new Set();
	const visit = (file) => {
		if (files.has(file)) return;
		files.add(file);
		for (const ref of staticImports(readFileSync(file, 'utf8'))) visit(resolveInBuild(ref, file));
	};
	for (const ref of htmlScriptRefs(readFileSync(htmlFile, 'utf8'))) {
		const file = resolveInBuild(ref, htmlFile);
		if (file) visit(file);
	}
	return [...files];
}

function measureFirstLoadJs() {
	for (const page of listFiles(BUILD, '.html')) {
		const files = firstLoadJs(page);
		const bytes = files.reduce((sum, file) => sum + gzippedSize(file), 0);
		const name = `First-load JS gz: ${relative(BUILD, page)} (${files.length} files)`;
		report(name, kb(bytes), `≤ ${kb(BUDGET.firstLoadJs)}`, bytes > BUDGET.firstLoadJs);
		const data = preloadedData(page);
		if (data.length)
			note(
				`and ${data.length} JSON file(s) it preloads (data, not counted): ${kb(data.reduce((sum, file) => sum + gzippedSize(file), 0))}`
			);
	}
}

/** Data files a page's HTML preloads (`<link rel="preload" as="fetch">`): the built-in deck. */
function preloadedData(htmlFile) {
	const html = readFileSync(htmlFile, 'utf8');
	const files = [];
	for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
		const rel = /\brel\s*=\s*["']?([^"'\s>]+)/i.exec(tag)?.[1];
		const as = /\bas\s*=\s*["']?([^"'\s>]+)/i.exec(tag)?.[1];
		const href = /\bhref\s*=\s*["']([^"']+)["']/i.exec(tag)?.[1];
		if (rel?.toLowerCase() === 'preload' && as === 'fetch' && href) {
			const file = resolveInBuild(href, htmlFile);
			if (file) files.push(file);
		}
	}
	return files;
}

// ---------------------------------------------------------------- 2. precache

/** build/sw.js's precache list → files in build/. "/" is index.html; "study" is study.html. */
function precacheFiles() {
	const sw = join(BUILD, 'sw.js');
	const urls = [
		...readFileSync(sw, 'utf8').matchAll(/\{\s*url\s*:\s*(["'])(.*?)\1\s*,\s*revision\s*:/g)
	].map((match) => match[2]);
	if (urls.length === 0) throw new Error('no precache entries found in build/sw.js');
	return urls.map((url) => {
		let path = url.replace(/^\//, '');
		if (path === '' || path.endsWith('/')) path += 'index.html';
		else if (!extname(path)) path += '.html';
		const file = join(BUILD, path);
		if (!existsSync(file)) throw new Error(`precache entry ${url} has no file (${path})`);
		return file;
	});
}

function measurePrecache() {
	const files = precacheFiles();
	const byType = new Map();
	let total = 0;
	for (const file of files) {
		const ext = extname(file);
		const bytes = RAW_FORMATS.has(ext) ? readFileSync(file).length : gzippedSize(file);
		total += bytes;
		byType.set(ext, (byType.get(ext) ?? 0) + bytes);
	}
	const name = `SW precache gz (${files.length} entries, PNG raw)`;
	report(name, kb(total), `≤ ${kb(BUDGET.precache)}`, total > BUDGET.precache);
	const parts = [...byType]
		.sort((a, b) => b[1] - a[1])
		.map(([ext, bytes]) => `${ext} ${kb(bytes)}`);
	note(`by type: ${parts.join(', ')}`);
}

// ---------------------------------------------------------------- 3. item generation

function measureGeneration() {
	const script = join(ROOT, 'scripts/bench/generation.ts');
	const run = spawnSync(process.execPath, ['--import', 'tsx', script], {
		cwd: ROOT,
		encoding: 'utf8'
	});
	if (run.status !== 0) throw new Error(`generation benchmark failed:\n${run.stderr}`);
	const result = JSON.parse(run.stdout.trim().split('\n').at(-1));
	const { builtin, synthetic, oneRelation } = result;
	report(
		`Generation: built-in deck (${builtin.facts} facts, median/${builtin.runs})`,
		ms(builtin.medianMs),
		`≤ ${ms(BUDGET.builtinGenerationMs)}`,
		builtin.medianMs > BUDGET.builtinGenerationMs
	);
	report(
		`Generation: synthetic deck (${synthetic.facts} facts, median/${synthetic.runs})`,
		ms(synthetic.medianMs),
		`≤ ${ms(BUDGET.syntheticGenerationMs)}`,
		synthetic.medianMs > BUDGET.syntheticGenerationMs
	);
	note(
		`synthetic: ${synthetic.distractors} distractors → ${synthetic.items} items ` +
			`(${synthetic.mcqs} MCQs), runs ${ms(synthetic.minMs)}–${ms(synthetic.maxMs)}`
	);
	// Every value a trap: the search for fair wrong options must stay bounded (distractors.ts).
	report(
		`Generation: ${oneRelation.facts} facts of one relation (median/${oneRelation.runs})`,
		ms(oneRelation.medianMs),
		`≤ ${ms(BUDGET.oneRelationGenerationMs)}`,
		oneRelation.medianMs > BUDGET.oneRelationGenerationMs
	);
}

// ---------------------------------------------------------------- 4. Lighthouse

const median = (values) => {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/**
 * Serves build/ like a static host; resolves once it answers, rejects if it exits first.
 * `failure()` tells afterwards whether it died (e.g. build/ was rebuilt under it).
 */
function startServer(port) {
	const server = spawn(process.execPath, [join(ROOT, 'scripts/serve.js'), '--port', String(port)], {
		cwd: ROOT,
		stdio: ['ignore', 'pipe', 'pipe']
	});
	const stop = () => server.exitCode === null && server.kill();
	process.on('exit', stop);
	let stderr = '';
	server.stderr.on('data', (chunk) => (stderr += chunk));
	const failure = () =>
		server.exitCode === null ? undefined : `serve.js exited (${server.exitCode}): ${stderr.trim()}`;
	return new Promise((resolve, reject) => {
		server.on('exit', () => reject(new Error(failure())));
		server.stdout.on('data', () => resolve({ stop, failure }));
	});
}

function chromePath() {
	if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
	return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}

/** One Lighthouse run: category scores (0–100) and the weighted audits that lost points. */
async function lighthouseRun(lighthouse, chromePort, url) {
	const result = await lighthouse(url, {
		port: chromePort,
		output: 'json',
		logLevel: 'error',
		onlyCategories: LIGHTHOUSE_CATEGORIES,
		throttlingMethod: 'devtools'
	});
	const lhr = result?.lhr;
	if (!lhr) throw new Error(`Lighthouse returned no result for ${url}`);
	if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.message}`);
	const scores = {};
	const lost = [];
	for (const id of LIGHTHOUSE_CATEGORIES) {
		const category = lhr.categories[id];
		scores[id] = Math.round((category.score ?? 0) * 100);
		for (const ref of category.auditRefs) {
			const audit = lhr.audits[ref.id];
			if (ref.weight > 0 && audit.score !== null && audit.score < 1)
				lost.push({
					category: id,
					id: ref.id,
					title: audit.title,
					value: audit.displayValue,
					items: detailItems(audit)
				});
		}
	}
	return { scores, lost, lhr };
}

/** What an audit's table says went wrong (a console error's text, an element's snippet…). */
function detailItems(audit) {
	const items = audit.details?.items ?? [];
	return items
		.map((item) => item.description ?? item.node?.snippet ?? item.url ?? item.source)
		.filter((text) => typeof text === 'string')
		.map((text) => text.replace(/\s+/g, ' ').slice(0, 160));
}

async function lighthousePage(lighthouse, chromePort, path) {
	const url = `http://localhost:${LIGHTHOUSE_PORT}${path}`;
	const runs = [];
	const under = () => LIGHTHOUSE_CATEGORIES.some((id) => runs[0].scores[id] < BUDGET.lighthouse);
	do {
		console.error(`  Lighthouse ${path}, run ${runs.length + 1}…`);
		runs.push(await lighthouseRun(lighthouse, chromePort, url));
	} while (under() && runs.length < 3);

	for (const id of LIGHTHOUSE_CATEGORIES) {
		const score = median(runs.map((run) => run.scores[id]));
		const name = `Lighthouse ${path} ${id}${runs.length > 1 ? ` (median/${runs.length})` : ''}`;
		report(name, String(score), `${BUDGET.lighthouse}`, score < BUDGET.lighthouse);
	}
	printLostAudits(runs);
	if (runs.length > 1) note(`full report: ${saveReport(path, runs.at(-1).lhr)}`);
}

/** Each audit that cost points, once, with how many runs it failed in and its values. */
function printLostAudits(runs) {
	const byId = new Map();
	for (const run of runs)
		for (const audit of run.lost) {
			const seen = byId.get(audit.id) ?? { ...audit, runs: 0, values: [], items: [] };
			seen.runs++;
			if (audit.value) seen.values.push(audit.value);
			for (const item of audit.items) if (!seen.items.includes(item)) seen.items.push(item);
			byId.set(audit.id, seen);
		}
	for (const audit of byId.values()) {
		const values = audit.values.length ? ` — ${audit.values.join(' / ')}` : '';
		note(
			`lost points (${audit.category}, ${audit.runs}/${runs.length} runs): ${audit.id} "${audit.title}"${values}`
		);
		for (const item of audit.items.slice(0, 5)) note(`  · ${item}`);
	}
}

/** The last run's full report, for the details a one-line summary cannot give. */
function saveReport(path, lhr) {
	const dir = join(ROOT, 'reports/lighthouse');
	mkdirSync(dir, { recursive: true });
	const file = join(dir, `${path === '/' ? 'index' : path.slice(1).replaceAll('/', '-')}.json`);
	writeFileSync(file, JSON.stringify(lhr));
	return relative(ROOT, file);
}

async function measureLighthouse() {
	if (args.has('--no-lighthouse')) {
		console.log(`${'Lighthouse'.padEnd(56)}${'skipped'.padStart(12)}`);
		return;
	}
	const { default: lighthouse } = await import('lighthouse');
	const chromeLauncher = await import('chrome-launcher');
	const server = await startServer(LIGHTHOUSE_PORT);
	let chrome;
	try {
		chrome = await chromeLauncher.launch({
			chromePath: chromePath(),
			chromeFlags: [
				'--headless=new',
				'--no-sandbox',
				'--disable-gpu',
				'--disable-quic',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync'
			]
		});
		for (const path of LIGHTHOUSE_PAGES) await lighthousePage(lighthouse, chrome.port, path);
	} catch (error) {
		// A dead server makes Lighthouse report a confusing "interstitial": say why instead.
		throw server.failure() ? new Error(server.failure()) : error;
	} finally {
		await chrome?.kill();
		server.stop();
	}
}

// ---------------------------------------------------------------- main

async function section(name, measure) {
	try {
		await measure();
	} catch (error) {
		reportError(name, error);
	}
}

async function main() {
	ensureBuild();
	printHeader();
	await section('First-load JS', measureFirstLoadJs);
	await section('SW precache', measurePrecache);
	await section('Generation', measureGeneration);
	await section('Lighthouse', measureLighthouse);
	const over = rows.filter((row) => row.over).length;
	console.log('-'.repeat(88));
	console.log(`${rows.length} measured, ${over} over budget${errors ? `, ${errors} failed` : ''}`);
	process.exit(over ? 1 : errors ? 2 : 0);
}

main().catch((error) => {
	console.error(error);
	process.exit(2);
});
