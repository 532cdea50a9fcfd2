import { describe, expect, it } from 'vitest';
import { defaultReferencePaths, loadReference } from '../data/reference/index.js';
import { parseOrThrow } from '../data/schema/index.js';
import planJson from './cases/demo-relief.plan.json' with { type: 'json' };
import shocksJson from './cases/every-shock.shocks.json' with { type: 'json' };
import { PlanSchema } from './plan/schema.js';
import { createRng } from './rng/createRng.js';
import { runSimulation, runSimulationSync } from './run/runSimulation.js';
import { ShocksFile } from './shocks/schema.js';

const reference = await loadReference(defaultReferencePaths);
const plan = parseOrThrow(PlanSchema, planJson, 'demo-relief.plan.json');
const { shocks } = parseOrThrow(ShocksFile, shocksJson, 'every-shock.shocks.json');

describe('conservation per resource', () => {
	it.each([24, 6])(
		'holds across a run with a plan, transfers in transit and every shock (step %i h)',
		(stepHours) => {
			const result = runSimulationSync({
				reference,
				rng: createRng(7),
				plan,
				shocks,
				options: { days: 90, stepHours }
			});
			if (result.status !== 'ok') throw new Error(JSON.stringify(result.issues));
			const { balance } = result.outcome;
			let inTransit = 0;
			for (const [id, b] of Object.entries(balance)) {
				const turnover = b.initial + b.produced;
				const out =
					b.consumed +
					b.inputs +
					b.spoiled +
					b.overflow +
					b.transportLoss +
					b.shockLoss +
					b.final +
					b.inTransit;
				expect(Math.abs(b.residual), id).toBeLessThanOrEqual(1e-9 * Math.max(1, turnover));
				expect(Math.abs(turnover - out), id).toBeLessThanOrEqual(1e-6 * Math.max(1, turnover));
				inTransit += b.inTransit;
			}
			// The checks cover goods on the road at the end, stock destroyed by a shock, and transport loss.
			expect(inTransit).toBeGreaterThan(0);
			expect(balance.wheat!.shockLoss).toBeGreaterThan(0);
			expect(balance.food!.transportLoss).toBeGreaterThan(0);
			expect(balance.energy!.inputs).toBeGreaterThan(0);
		}
	);
});

describe('determinism', () => {
	it('gives byte-identical outcome files for one seed, and different ones for another', async () => {
		const run = async (seed: number) => {
			const result = await runSimulation({
				reference,
				rng: createRng(seed),
				plan,
				shocks,
				options: { days: 60 }
			});
			return JSON.stringify(result);
		};
		const [a, b, c] = [await run(11), await run(11), await run(12)];
		expect(a).toBe(b);
		expect(a).not.toBe(c);
	});

	it('does not let observing change the world (sensors draw from their own stream)', async () => {
		const blind = runSimulationSync({ reference, rng: createRng(3), options: { days: 30 } });
		const seen = await runSimulation({ reference, rng: createRng(3), options: { days: 30 }, observe: true });
		if (blind.status !== 'ok' || seen.status !== 'ok') throw new Error('invalid');
		expect(JSON.stringify(seen.outcome.daily)).toBe(JSON.stringify(blind.outcome.daily));
		expect(seen.outcome.sensors.measured).toBeGreaterThan(0);
	});
});
