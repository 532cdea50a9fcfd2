import { describe, expect, it } from 'vitest';
import { defaultReferencePaths, loadReference } from '../../data/reference/index.js';
import { createRng } from '../rng/createRng.js';
import { runSimulationSync } from '../run/runSimulation.js';

const reference = await loadReference(defaultReferencePaths);

describe('automatic redistribution (imbalance over 15%)', () => {
	// The demo world specialises: without shipments the regions that make no food live off their reserves until they run out.
	it('moves goods from surplus to deficit regions: coverage rises, inequality falls, the books still balance', () => {
		const run = (enabled: boolean) => {
			const result = runSimulationSync({
				reference,
				rng: createRng(42),
				options: { days: 365, redistribution: { enabled }, citizens: { perRegion: 0 } }
			});
			if (result.status !== 'ok') throw new Error('invalid');
			return result.outcome;
		};
		const [off, on] = [run(false), run(true)];
		expect(off.metrics.transportTonneKm).toBe(0);
		expect(on.metrics.transportTonneKm).toBeGreaterThan(0);
		expect(on.metrics.meanCoverage).toBeGreaterThan(off.metrics.meanCoverage + 0.02);
		expect(on.metrics.gini).toBeLessThan(off.metrics.gini);
		expect(on.metrics.shortfallPersonDays).toBeLessThan(off.metrics.shortfallPersonDays);
		for (const b of Object.values(on.balance))
			expect(Math.abs(b.residual)).toBeLessThanOrEqual(1e-9 * Math.max(1, b.initial + b.produced));
	});
});
