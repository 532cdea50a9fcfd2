import { describe, expect, it } from 'vitest';
import { defaultReferencePaths, loadReference } from '../../data/reference/index.js';
import { defaults } from '../defaults.js';
import { createRng } from '../rng/createRng.js';
import { runSimulationSync } from '../run/runSimulation.js';
import type { Shock } from '../shocks/types.js';
import { createState } from '../step/createState.js';
import { compileWorld } from '../world/compileWorld.js';
import { createServiceDesk } from './createServiceDesk.js';

const reference = await loadReference(defaultReferencePaths);
const world = compileWorld(reference.world, reference.catalogue);
const N = defaults.citizens.perRegion;
const energy = world.resourceIndex.get('energy')!;
const trip = world.resourceIndex.get('holiday-trip')!;

/** A desk with labour to spare (50 h a day per worker), so that energy is what limits. */
function setUp(hoursPerWorker = 50) {
	const state = createState(world, defaults, createRng(0), 0, 0);
	const desk = createServiceDesk(world, state, N, defaults.citizens.workShare, hoursPerWorker, 30);
	const rk = 0 * world.K + energy;
	state.need[rk] = 1_000_000; // kWh a day
	const floor = world.reserveDays[energy]! * state.need[rk]!;
	// One sample request for a trip stands for (region's people ÷ N) trips of 400 kWh each.
	const perRequest = (400 * (state.adults[0]! + state.children[0]!)) / N;
	return { state, desk, rk, floor, perRequest };
}

describe('tiers 2 and 3 draw on the same world', () => {
	it('a social good draws its energy and labour from its region, only above the strategic reserve', () => {
		const { state, desk, rk, floor, perRequest } = setUp();
		state.stock[rk] = floor + 3.5 * perRequest;
		desk.open();
		expect(desk.capacity(0, trip)).toBe(3);
		desk.draw(0, trip, 3);
		expect(state.stock[rk]).toBeCloseTo(floor + 0.5 * perRequest, 6);
		expect(state.totals.consumed[energy]).toBeCloseTo(3 * perRequest, 6);
		expect(desk.capacity(0, trip)).toBe(0);
		expect(desk.summary().drawn.energy).toBeCloseTo(3 * perRequest, 6);
		expect(desk.summary().labourHours).toBeCloseTo((3 * 20 * perRequest) / 400, 6);
	});

	it('labour limits too: about one trip request a day per region at the default hours; none under quarantine', () => {
		const { state, desk, rk, floor, perRequest } = setUp(defaults.citizens.serviceHoursPerWorker);
		state.stock[rk] = floor + 100 * perRequest;
		desk.open();
		const hours = state.adults[0]! * defaults.citizens.workShare * defaults.citizens.serviceHoursPerWorker;
		expect(desk.capacity(0, trip)).toBe(Math.floor(hours / ((20 * perRequest) / 400)));
		expect(desk.capacity(0, trip)).toBeGreaterThanOrEqual(1);
		expect(desk.capacity(0, trip)).toBeLessThanOrEqual(2);
		state.labourFactor[0] = 0;
		desk.open();
		expect(desk.capacity(0, trip)).toBe(0);
		expect(desk.capacity(1, trip)).toBeGreaterThan(0);
	});

	it('basic needs win when energy is short: the same tier-1 outcome with and without tiers 2–3', () => {
		const shortage: Shock[] = [
			{ kind: 'capacity-loss', start: 10, days: 40, resource: 'energy', fraction: 0.5 }
		];
		const run = (perRegion: number) => {
			const result = runSimulationSync({
				reference,
				rng: createRng(3),
				shocks: shortage,
				options: { days: 60, citizens: { perRegion } }
			});
			if (result.status !== 'ok') throw new Error(JSON.stringify(result.issues));
			return result.outcome;
		};
		const withTiers = run(N);
		const without = run(0);
		expect(without.metrics.minCoverage).toBeLessThan(0.9); // the shortage is real
		expect(withTiers.citizens!.services.drawn.energy).toBeGreaterThan(0);
		for (const key of ['minCoverage', 'meanCoverage', 'shortfallPersonDays'] as const)
			expect(withTiers.metrics[key]).toBe(without.metrics[key]);
		expect(withTiers.headline).toEqual(without.headline);
	});
});
