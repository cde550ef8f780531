import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

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
		version: { name: process.env.npm_package_version ?? '0.0.0' },
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'img-src': ['self', 'data:', 'blob:'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
