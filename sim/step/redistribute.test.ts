import { describe, expect, it } from 'vitest';
import { defaultReferencePaths, loadReference } from '../../data/reference/index.js';
import { createRng } from '../rng/createRng.js';
import { defaults } from '../defaults.js';
import { runSimulationSync } from '../run/runSimulation.js';
import { compileWorld } from '../world/compileWorld.js';
import { createContext } from './context.js';
import { createState } from './createState.js';
import { redistribute } from './redistribute.js';

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

	it('autonomy clusters: a region on local reserves ships only within its cluster', () => {
		// River Valley holds 200 days of water, everyone else 30; it has pipelines to the Capital and Lakeside.
		const shipped = (clustered: boolean, localReserves: boolean) => {
			const world = compileWorld(
				{
					...reference.world,
					regions: reference.world.regions.map((r) =>
						clustered && (r.id === 'river-valley' || r.id === 'capital') ? { ...r, cluster: 'centre' } : r
					)
				},
				reference.catalogue
			);
			const state = createState(world, defaults, createRng(1), 0, 0);
			const water = world.resourceIndex.get('water')!;
			const valley = world.regionIndex.get('river-valley')!;
			for (let r = 0; r < world.R; r++) {
				state.need[r * world.K + water] = 1000;
				state.stock[r * world.K + water] = (r === valley ? 200 : 30) * 1000;
			}
			state.localReserves[valley] = localReserves ? 1 : 0;
			const ctx = createContext(world, defaults, null);
			const { transfer } = redistribute(world, state, ctx, null, defaults.redistribution);
			const lane = (arc: string) => transfer[world.laneIndex.get(`${world.arcIndex.get(arc)}:${water}`)!]!;
			return [lane('river-valley->capital:pipeline'), lane('river-valley->lakeside:pipeline')];
		};
		const [open, closed, cluster] = [shipped(false, false), shipped(false, true), shipped(true, true)];
		expect(open[0]).toBeGreaterThan(0);
		expect(open[1]).toBeGreaterThan(0);
		expect(closed).toEqual([0, 0]);
		expect(cluster[0]).toBeGreaterThan(0);
		expect(cluster[1]).toBe(0);
	});
});
