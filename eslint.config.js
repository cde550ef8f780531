import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

/** The pure core: no UI framework, no storage, no clock, no randomness of its own. */
const pureCore = [
	'src/lib/facts/**',
	'src/lib/items/**',
	'src/lib/srs/**',
	'src/lib/quiz/**',
	'src/lib/stats/**'
];

export default ts.config(
	{
		ignores: [
			'build/',
			'.svelte-kit/',
			'node_modules/',
			'test-results/',
			'playwright-report/',
			'reports/'
		]
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_' }
			],
			// Text from data is rendered as text.
			'svelte/no-at-html-tags': 'error',
			// The app lives at the root of its host (the service worker scope and manifest are
			// absolute), so plain hrefs are right; resolve() would only matter under a base path.
			'svelte/no-navigation-without-resolve': 'off'
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	{
		files: pureCore,
		ignores: ['**/*.test.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{ group: ['svelte', 'svelte/*'], message: 'The pure core must not import Svelte.' },
						{
							group: ['$app/*', '@sveltejs/*'],
							message: 'The pure core must not import SvelteKit.'
						},
						{ group: ['idb-keyval'], message: 'Only src/lib/storage talks to IndexedDB.' },
						{
							group: [
								'$lib/storage',
								'$lib/storage/*',
								'**/storage/*',
								'$lib/state/*',
								'**/state/*'
							],
							message: 'The pure core must not depend on storage or state.'
						}
					]
				}
			],
			'no-restricted-syntax': [
				'error',
				{
					selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
					message: 'Pass `now` in: the pure core has no clock.'
				},
				{
					selector: "NewExpression[callee.name='Date'][arguments.length=0]",
					message: 'Pass `now` in: the pure core has no clock.'
				},
				{
					selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']",
					message: 'Pass a seed in: the pure core has no randomness of its own.'
				},
				{
					selector: "CallExpression[callee.object.name='crypto']",
					message: 'Pass a seed in: the pure core has no randomness of its own.'
				}
			]
		}
	}
);
