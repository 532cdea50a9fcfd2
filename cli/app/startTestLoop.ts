import pino from 'pino';
import { loadConfig } from '../config/index.js';
import { startApp, type RunningApp } from './startApp.js';

/** The loop the app tests share: free ports, from 2026-01-01, simulated days back to back. */
const fastLoop = {
	'http.port': '0',
	'mqtt.port': '0',
	'loop.startDate': '2026-01-01',
	'loop.dayMs': '0'
};

/**
 * For tests: `npm start` as configured by command-line `flags` (over `fastLoop`), silent but for
 * the loop's announcements, which are pushed to `lines`. Starting it again with the same data
 * directory is a restart.
 */
export async function startTestLoop(flags: Record<string, string>, lines: string[]): Promise<RunningApp> {
	const config = await loadConfig({ env: {}, flags: { ...fastLoop, ...flags } });
	return startApp(
		config,
		pino({ level: 'silent' }),
		() => new Date(),
		(line) => lines.push(line)
	);
}

/** Resolves once `check()` holds, asking every 20 ms (the test's own timeout bounds the wait). */
export async function until(check: () => boolean): Promise<void> {
	while (!check()) await new Promise((r) => setTimeout(r, 20));
}
