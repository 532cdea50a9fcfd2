import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultReferencePaths } from '../../data/reference/index.js';
import { haveBinary, startInfluxDB, startMosquitto } from '../../harness/index.js';
import type { RunningServer } from '../../harness/index.js';
import { startTestLoop } from './startTestLoop.js';

const DAY = 86_400_000;
const servers: RunningServer[] = [];
afterAll(async () => {
	for (const s of servers) await s.dispose();
});

/**
 * The demo world with the steppe (85,000 people) holding 40 days of water at the start and no water of
 * its own. The rebuilt demo world gives the steppe wells for three quarters of its need, so they are
 * shut here: else its stock would fall by a quarter of a day's need a day and never look short.
 */
async function shortOfWater(dir: string): Promise<string> {
	const world = JSON.parse(await readFile(defaultReferencePaths.world, 'utf8'));
	const steppe = world.regions.find((r: { id: string }) => r.id === 'steppe');
	steppe.storage.find((s: { resource: string }) => s.resource === 'water').initial = 85_000 * 50 * 40;
	steppe.production = steppe.production.filter((p: { resource: string }) => p.resource !== 'water');
	const path = join(dir, 'world.json');
	await writeFile(path, JSON.stringify(world));
	return path;
}

describe.runIf(haveBinary('mosquitto') && haveBinary('influxd'))(
	'the closed loop on Mosquitto and InfluxDB',
	() => {
		it('a region short of water is seen, warned, planned for, voted on, and supplied', async () => {
			const [mosquitto, influx] = await Promise.all([startMosquitto(), startInfluxDB()]);
			servers.push(mosquitto, influx);
			const dir = await mkdtemp(join(tmpdir(), 'ros-loop-e2e-'));
			const flags = {
				dataDir: dir,
				'mqtt.broker': 'external',
				'mqtt.url': mosquitto.url,
				'telemetry.store': 'influxdb',
				'telemetry.influx.url': influx.url,
				'reference.world': await shortOfWater(dir),
				// Neighbours do not ship on their own: with automatic redistribution on (the default) the
				// pipelines would fill the steppe from day 1 and there would be nothing to see, warn or vote on;
				// here only the adopted plan moves water, which is what the test is about.
				'sim.redistribute': 'false',
				'loop.autoCouncil': 'true',
				'loop.firstRoundDay': '28',
				'loop.panelSize': '20',
				'loop.reserves': '4'
			};
			const lines: string[] = [];
			const app = await startTestLoop(flags, lines);
			const loop = app.loop!.loop;
			const store = app.telemetry.store;
			const start = Date.parse('2026-01-01T00:00:00Z');
			const steppeWater = async (from: number, to: number) =>
				(
					await store.aggregate(
						{ region: 'steppe', resource: 'water', quantity: 'stock' },
						from,
						to,
						DAY,
						'sum'
					)
				)
					.flatMap((s) => s.windows)
					.reduce((m, w) => m.set(w.start, (m.get(w.start) ?? 0) + w.value), new Map<number, number>());
			const series = (m: Map<number, number>) =>
				[...m.entries()].sort((a, b) => a[0] - b[0]).map(([, v]) => v);
			const warnedDays: number[] = [];
			try {
				// Until the round on day 28: the sensors show the stock falling, and a warning names the steppe's water.
				while (loop.day() < 28) {
					if (loop.warnings().some((w) => w.region === 'steppe' && w.resource === 'water'))
						warnedDays.push(loop.day());
					await new Promise((r) => setTimeout(r, 20));
				}
				expect(warnedDays.length).toBeGreaterThan(0);
				const seen = series(await steppeWater(start, start + 15 * DAY));
				// The steppe's water store has one gateway, and a reading is lost with the sensors' dropout (1%, seeded):
				// which days go missing moves with every series added to the world, so ask for most days, not a count.
				expect(seen.length).toBeGreaterThanOrEqual(10);
				expect(seen.at(-1)!).toBeLessThan(seen[0]! * 0.75);

				// The round: reviews, strikes, a panel vote (the encrypted ballot, as people's), adoption; the
				// adopted plan sends water to the steppe.
				while (!loop.currentPlan() || loop.day() < 51) await new Promise((r) => setTimeout(r, 50));
				const ledger = (await import('../../data/ledger/index.js')).openLedger(join(dir, 'ledger.sqlite'));
				const adopted = ledger.audit('loop-d0028-1').map((e) => e.kind);
				for (const k of [
					'reviewers-drawn',
					'review',
					'panel-revealed',
					'election-manifest',
					'encrypted-ballot',
					'election-result',
					'tally',
					'adopted',
					'quotas'
				])
					expect(adopted).toContain(k);
				const plan = loop.currentPlan()!;
				const inflow = plan.transfers
					.filter((t) => t.resource === 'water' && t.arc.includes('->steppe'))
					.reduce((a, t) => a + t.amount, 0);
				expect(inflow).toBeGreaterThan(0);
				ledger.close();
				expect(lines.some((l) => /round loop-d0028-1 adopted/.test(l))).toBe(true);

				// The world obeys: the steppe's sensors show its stock falling at less than half the pace once the
				// water arrives, and still there on day 50, ten days after it would have run out.
				// Day 50 is the last the checks read: the test waits for its reading to be stored, not for more days
				// (each simulated day costs a scan of the store, and later days add rounds the checks do not read).
				let values = series(await steppeWater(start, start + 56 * DAY));
				while (values.length <= 50) {
					await new Promise((r) => setTimeout(r, 50));
					values = series(await steppeWater(start, start + 56 * DAY));
				}
				const fall = (from: number, to: number) => (values[from]! - values[to]!) / (to - from);
				expect(fall(33, 46)).toBeLessThan(fall(13, 26) * 0.5);
				expect(values[50]!).toBeGreaterThan(0);
			} finally {
				await app.stop();
			}
			// About 35 s alone on a quiet machine (51 simulated days, two rounds: day 28's and the emergency one
			// when the threat level falls on day 46); the full suite runs beside it on two cores.
		}, 300_000);
	}
);
