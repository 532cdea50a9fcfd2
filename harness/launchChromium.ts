import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { requireBinary } from './findBinary.js';

/** A headless Debian Chromium driven by playwright-core, with a fresh profile. */
export interface RunningBrowser {
	/** Open pages with `context.newPage()`. */
	readonly context: BrowserContext;
	close(): Promise<void>;
}

/** Flags that keep Chromium off the network (closed here) and working as root. */
const FLAGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];

/** Launches Debian's Chromium (never a downloaded browser) with a fresh user-data dir. */
export async function launchChromium(): Promise<RunningBrowser> {
	const executablePath = requireBinary('chromium');
	const profile = await mkdtemp(join(tmpdir(), 'ros-chromium-'));
	const context = await chromium.launchPersistentContext(profile, {
		executablePath,
		headless: true,
		args: FLAGS
	});
	return {
		context,
		close: async () => {
			await context.close();
			await rm(profile, { recursive: true, force: true });
		}
	};
}
