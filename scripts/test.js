// npm test: unit tests (vitest), a production build, end-to-end tests (Playwright, real Chromium),
// then the line CI counts: "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';

const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit', shell: false }).status ?? 1;
const readJson = (path) => {
	try {
		return JSON.parse(readFileSync(path, 'utf8'));
	} catch {
		return undefined;
	}
};
mkdirSync('reports', { recursive: true });

const unitStatus = run('npx', [
	'vitest',
	'run',
	'--reporter=default',
	'--reporter=json',
	'--outputFile.json=reports/vitest.json'
]);
const buildStatus = run('npm', ['run', 'build']);
const e2eStatus = buildStatus === 0 ? run('npx', ['playwright', 'test']) : 1;

const unit = readJson('reports/vitest.json');
const e2e = buildStatus === 0 ? readJson('reports/playwright.json') : undefined;
let passed = (unit?.numPassedTests ?? 0) + (e2e?.stats?.expected ?? 0);
let failed = (unit?.numFailedTests ?? 0) + (e2e?.stats?.unexpected ?? 0) + (e2e?.stats?.flaky ?? 0);
// A runner that crashed before reporting counts as a failure, never as silence.
if (!unit && unitStatus !== 0) failed++;
if (buildStatus !== 0) failed++;
if (buildStatus === 0 && !e2e && e2eStatus !== 0) failed++;

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(unitStatus || buildStatus || e2eStatus || (failed ? 1 : 0));
