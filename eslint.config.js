import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default ts.config(
	{ ignores: ['build/', '.svelte-kit/', 'node_modules/', 'var/'] },
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	{ languageOptions: { globals: { ...globals.browser, ...globals.node } } },
	{
		files: ['**/*.svelte', '**/*.svelte.ts'],
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
		rules: {
			// The console is always served at the root by `resourceos start` (no base path to resolve).
			'svelte/no-navigation-without-resolve': 'off',
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }]
		}
	},
	{
		// The core is pure: it receives ports and never imports I/O or the console.
		files: ['planner/**/*.ts', 'scenarios/**/*.ts', 'sim/**/*.ts'],
		ignores: ['**/*.test.ts', '**/impl/**', '**/node/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							group: [
								'mqtt',
								'aedes',
								'better-sqlite3',
								'@sveltejs/*',
								'node:fs',
								'node:fs/*',
								'node:net',
								'node:http',
								'playwright-core',
								'**/data/*/impl/**',
								'**/sensors/**',
								'**/web/**'
							],
							message: 'The core receives ports; put I/O in an adapter.'
						}
					]
				}
			]
		}
	}
);
