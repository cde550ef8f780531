// npm start: build when build/ is missing or older than the sources, then serve it.
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const newest = (path) => {
	const stat = statSync(path);
	if (!stat.isDirectory()) return stat.mtimeMs;
	return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
};
const built = join(root, 'build/index.html');
const inputs = ['src', 'static', 'package.json', 'svelte.config.js', 'vite.config.ts'];
if (
	!existsSync(built) ||
	Math.max(...inputs.map((p) => newest(join(root, p)))) > statSync(built).mtimeMs
) {
	console.log('Building the app…');
	execSync('npm run build', { cwd: root, stdio: 'inherit' });
}
await import('./serve.js');
