import { sveltekit } from '@sveltejs/kit/vite';
import { SvelteKitPWA } from '@vite-pwa/sveltekit';
import { defineConfig } from 'vite';
import { manifest } from './src/lib/pwa-manifest';

export default defineConfig({
	plugins: [
		sveltekit(),
		SvelteKitPWA({
			// Never reload by itself: the app shows "Update available — reload" instead.
			registerType: 'prompt',
			injectRegister: false,
			manifest,
			kit: { adapterFallback: '404.html' },
			workbox: {
				globPatterns: [
					'client/**/*.{js,css,ico,png,svg,webp,webmanifest,txt}',
					'prerendered/**/*.{html,json}'
				],
				navigateFallback: '/404.html',
				// Client-side navigation adds x-sveltekit-invalidated to __data.json requests.
				ignoreURLParametersMatching: [/^utm_/, /^fbclid$/, /^x-sveltekit-invalidated$/],
				cleanupOutdatedCaches: true
			}
		})
	],
	test: {
		include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
		environment: 'node'
	}
});
