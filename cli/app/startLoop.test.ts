import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config/index.js';
import { startApp } from './startApp.js';

const until = async (check: () => boolean) => {
	while (!check()) await new Promise((r) => setTimeout(r, 20));
};

describe("npm start's loop", () => {
	it('resumes after a restart where it stopped: the same day, the same plan, no round twice', async () => {
		const dataDir = await mkdtemp(join(tmpdir(), 'ros-start-loop-'));
		const flags = {
			dataDir,
			'http.port': '0',
			'mqtt.port': '0',
			'loop.startDate': '2026-01-01',
			'loop.dayMs': '0',
			'loop.autoCouncil': 'true',
			'loop.firstRoundDay': '3',
			'loop.panelSize': '10',
			'loop.reserves': '2'
		};
		const config = await loadConfig({ env: {}, flags });
		const lines: string[] = [];
		const first = await startApp(
			config,
			pino({ level: 'silent' }),
			() => new Date(),
			(l) => lines.push(l)
		);
		await until(() => first.loop!.loop.day() >= 6);
		await first.stop();
		const checkpoint = JSON.parse(await readFile(join(dataDir, 'loop.json'), 'utf8'));
		expect(checkpoint).toMatchObject({ version: 1, startDate: '2026-01-01' });
		const plan = first.loop!.loop.currentPlan();
		expect(plan?.start).toBe('2026-01-04');

		const second = await startApp(
			config,
			pino({ level: 'silent' }),
			() => new Date(),
			(l) => lines.push(l)
		);
		try {
			const loop = second.loop!.loop;
			// Opened at the checkpointed day, with the adopted plan replayed into the world.
			expect(loop.currentPlan()).toEqual(plan);
			expect(loop.day()).toBeGreaterThanOrEqual(checkpoint.day);
			await until(() => loop.day() >= checkpoint.day + 2);
		} finally {
			await second.stop();
		}
		expect(lines.filter((l) => /round loop-d0003-1 proposed/.test(l))).toHaveLength(1);
		expect(lines.filter((l) => /round loop-d0003-1 adopted/.test(l))).toHaveLength(1);
	}, 120_000);
});
