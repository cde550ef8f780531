import { sveltekit } from '@sveltejs/kit/vite';
import { SvelteKitPWA } from '@vite-pwa/sveltekit';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	build: {
		rolldownOptions: {
			output: {
				// Fewer, larger files: a phone on a slow network pays a round trip per file (six at a
				// time over HTTP/1.1). Code every page needs, and the study core most pages share.
				codeSplitting: {
					groups: [
						{
							name: 'framework',
							test: /node_modules[\\/](svelte|@sveltejs|esm-env|devalue|clsx)[\\/]|preload-helper|rolldown[:\\/]runtime|src[\\/]lib[\\/](components[\\/]later|state[\\/]next-task)/,
							priority: 30
						},
						{
							// The learner's memory: study, quiz, home and assignments; not the teacher's pages.
							// The study queue (srs/queue, srs/available) goes with study.svelte.ts (home, /study).
							name: 'learner',
							test: /src[\\/]lib[\\/](state[\\/](learner\.svelte|ready\.ts)|storage[\\/](progress|records)|srs[\\/](grades|day))/,
							priority: 15
						},
						{
							name: 'core',
							test: /src[\\/]lib[\\/](count\.ts|state[\\/](builtin-deck|deck\.svelte|deck-ready|load-failure)|storage[\\/](kv|keys|decks|open-store|schema)|deck(-seed)?\.ts|items[\\/](bank|response|answer|types|describe|clues)|components[\\/](SourceQuote|source-links|items[\\/](keys|ItemSources)))|node_modules[\\/]idb-keyval[\\/]/,
							priority: 20
						},
						{
							name: 'items-ui',
							test: /src[\\/]lib[\\/]components[\\/]items[\\/]/,
							priority: 10
						}
					]
				}
			}
		}
	},
	plugins: [
		sveltekit(),
		SvelteKitPWA({
			// Never reload by itself: the app shows "Update available — reload" instead.
			registerType: 'prompt',
			// Absolute, or a page under /sources/ would register /sources/sw.js.
			base: '/',
			scope: '/',
			injectRegister: false,
			// What the phone shows when the app is installed.
			manifest: {
				name: 'Belarus Study',
				short_name: 'Belarus Study',
				description:
					'Flashcards and quizzes on two documents about political prisoners released in Belarus. Works offline.',
				start_url: '/',
				scope: '/',
				display: 'standalone',
				orientation: 'portrait',
				theme_color: '#1f3a5f',
				background_color: '#ffffff',
				lang: 'en',
				icons: [
					{ src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
					{ src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
					{
						src: '/icons/maskable-512.png',
						sizes: '512x512',
						type: 'image/png',
						purpose: 'maskable'
					}
				]
			},
			// The manifest's icons are precached (or not) by the glob patterns below.
			includeManifestIcons: false,
			// 404.html is written by the adapter after the service worker is built: add it by hand.
			kit: { adapterFallback: '404.html', spa: true },
			workbox: {
				globPatterns: [
					'client/**/*.{js,css,ico,png,svg,webp,webmanifest,txt,json}',
					'prerendered/**/*.{html,json}'
				],
				// The large icons are read once, online, by the browser that installs the app (and kept
				// by the phone), so they are not cached for offline use; the favicon and icon-192 are.
				globIgnores: [
					'client/icons/icon-512.png',
					'client/icons/maskable-512.png',
					'client/icons/apple-touch-icon.png'
				],
				navigateFallback: '/404.html',
				// Client-side navigation adds x-sveltekit-invalidated to __data.json requests.
				ignoreURLParametersMatching: [/^utm_/, /^fbclid$/, /^x-sveltekit-invalidated$/],
				cleanupOutdatedCaches: true,
				// One file: with the runtime in a file of its own, a failed fetch of it left an
				// installed worker with no handlers at all (nothing cached, nothing served offline).
				inlineWorkboxRuntime: true,
				// The first install takes control at once; updates still wait for the user (prompt).
				clientsClaim: true
			}
		})
	],
	test: {
		include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
		environment: 'node',
		// CI runs on a fresh, shared 2-core machine where the property tests and the tsx
		// subprocesses can take several times longer than here; a slow run is not a failure.
		testTimeout: 60_000,
		hookTimeout: 60_000
	}
});
