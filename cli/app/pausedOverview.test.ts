import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ensureBuilt } from '../../web/lib/testing/ensureBuilt.js';
import { startTestLoop, until } from './startTestLoop.js';

describe('the overview of a loop whose world waits for people', () => {
	it('says the world is paused for the round since the day it paused, and lists no gateway silent for the pause alone', async () => {
		ensureBuilt();
		const dataDir = await mkdtemp(join(tmpdir(), 'ros-paused-'));
		const lines: string[] = [];
		const flags = { dataDir, 'loop.autoCouncil': 'false', 'loop.firstRoundDay': '3' };
		const app = await startTestLoop(flags, lines);
		try {
			await until(() => lines.some((l) => /waits for people/.test(l)));
			// The loop marks the pause once its tick returns, just after it announces the wait.
			let page = '';
			for (let i = 0; i < 100 && !page.includes('data-paused'); i++) {
				if (i > 0) await new Promise((r) => setTimeout(r, 50));
				page = await (await fetch(`${app.consoleUrl}?lang=en`)).text();
			}
			expect(page.includes('data-paused')).toBe(true);
			expect(page).toMatch(/The world is paused for round loop-d0003-1 since 2026-01-04 00:00 UTC/);
			// Every gateway reported up to the pause: none is listed as silent.
			expect(/data-gateway="silent"/.test(page)).toBe(false);
			expect(page).toMatch(/Every known gateway is reporting/);
			// Nor every sensor series (without the pause rule: all of them); one silent before the pause may stay.
			const [, silent, total] = page.match(/; (\d+) of (\d+) sensor series silent/)!.map(Number);
			expect(silent).toBeLessThanOrEqual(Math.ceil(total! / 100));
		} finally {
			await app.stop();
			await rm(dataDir, { recursive: true, force: true });
		}
	}, 120_000);
});
