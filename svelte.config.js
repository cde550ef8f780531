import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { execSync } from 'node:child_process';

// One version per commit: two builds of the same commit give the same service worker.
function version() {
	try {
		return execSync('git rev-parse --short HEAD', { stdio: ['ignore', 'pipe', 'ignore'] })
			.toString()
			.trim();
	} catch {
		return process.env.npm_package_version ?? 'dev';
	}
}

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		// Every page is prerendered; 404.html is the shell a static host (and the service worker)
		// serves for unknown paths, so they get the app's own error page with a way home.
		adapter: adapter({ fallback: '404.html', strict: true }),
		prerender: { entries: ['*'], handleHttpError: 'fail' },
		serviceWorker: { register: false },
		// All CSS is ~3 kB gzipped: inline it, so the first paint does not wait behind JS requests.
		inlineStyleThreshold: Infinity,
		version: { name: version() },
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				// SvelteKit's route announcer carries an inline style attribute.
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
