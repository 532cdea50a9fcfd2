import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startTestLoop, until } from './startTestLoop.js';

describe("npm start's loop", () => {
	it('resumes after a restart where it stopped: the same day, the same plan, no round twice', async () => {
		const dataDir = await mkdtemp(join(tmpdir(), 'ros-start-loop-'));
		const flags = {
			dataDir,
			'loop.autoCouncil': 'true',
			'loop.firstRoundDay': '3',
			'loop.panelSize': '10',
			'loop.reserves': '2'
		};
		const lines: string[] = [];
		const first = await startTestLoop(flags, lines);
		await until(() => first.loop!.loop.day() >= 6);
		await first.stop();
		const checkpoint = JSON.parse(await readFile(join(dataDir, 'loop.json'), 'utf8'));
		expect(checkpoint).toMatchObject({ version: 1, startDate: '2026-01-01' });
		const plan = first.loop!.loop.currentPlan();
		expect(plan?.start).toBe('2026-01-04');

		const second = await startTestLoop(flags, lines);
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
