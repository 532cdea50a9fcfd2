import { defineConfig } from 'vitest/config';

/** Tests run in Node against the real modules; the console is tested through a browser. */
export default defineConfig({
	test: {
		include: ['{sim,planner,sensors,web,scenarios,data,cli,harness,bench}/**/*.test.ts'],
		testTimeout: 30_000,
		hookTimeout: 90_000,
		pool: 'forks'
	}
});
