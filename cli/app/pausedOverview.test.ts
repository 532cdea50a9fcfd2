import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { ensureBuilt } from '../../web/lib/testing/ensureBuilt.js';
import { loadConfig } from '../config/index.js';
import { startApp } from './startApp.js';

const until = async (check: () => boolean) => {
	while (!check()) await new Promise((r) => setTimeout(r, 20));
};

describe('the overview of a loop whose world waits for people', () => {
	it('says the world is paused for the round since the day it paused, and lists no gateway silent for the pause alone', async () => {
		ensureBuilt();
		const dataDir = await mkdtemp(join(tmpdir(), 'ros-paused-'));
		const flags = {
			dataDir,
			'http.port': '0',
			'mqtt.port': '0',
			'loop.startDate': '2026-01-01',
			'loop.dayMs': '0',
			'loop.autoCouncil': 'false',
			'loop.firstRoundDay': '3'
		};
		const config = await loadConfig({ env: {}, flags });
		const lines: string[] = [];
		const app = await startApp(
			config,
			pino({ level: 'silent' }),
			() => new Date(),
			(l) => lines.push(l)
		);
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
