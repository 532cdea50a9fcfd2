import { describe, expect, it } from 'vitest';
import { defaultReferencePaths, loadReference } from '../../data/reference/index.js';
import { parseOrThrow } from '../../data/schema/index.js';
import planJson from '../cases/demo-relief.plan.json' with { type: 'json' };
import { defaults } from '../defaults.js';
import { compilePlan } from '../plan/compilePlan.js';
import { PlanSchema } from '../plan/schema.js';
import { createRng } from '../rng/createRng.js';
import { compileWorld } from '../world/compileWorld.js';
import { createContext, periodRates } from './context.js';
import { createState } from './createState.js';
import { createDayTables, fillDay } from './dayTables.js';

const reference = await loadReference(defaultReferencePaths);
const world = compileWorld(reference.world, reference.catalogue);
const compiled = compilePlan(parseOrThrow(PlanSchema, planJson, 'demo-relief.plan.json'), world);
if (!compiled.ok) throw new Error('bug: the demo plan does not compile');
const plan = compiled.plan;
const options = { ...defaults, stepHours: 6 };
const ctx = createContext(world, options, plan);
const { K } = world;
const cell = (region: string, resource: string) =>
	world.regionIndex.get(region)! * K + world.resourceIndex.get(resource)!;

describe('day tables (what a step reads that holds all day)', () => {
	const state = createState(world, options, createRng(1), 0, 0);
	state.request.fill(1000);
	state.coverNeed.fill(800);
	state.siteCapacity.fill(400);
	// Tundra asks for more food than the plan allocates it.
	state.request[cell('tundra', 'food')] = 1e9;
	const rates = periodRates(world, plan, 0)!;
	const day = createDayTables(ctx.tables);
	fillDay(day, world, state, ctx, rates);
	const dt = 0.25;
	const at = (rk: number) => ctx.tables.useCell.indexOf(rk);

	it("asks for the request, takes no more than the plan's allocation, and counts need per step", () => {
		const food = cell('tundra', 'food');
		expect(day.asked[at(food)]).toBe(1e9 * dt);
		expect(rates.allocation![food]!).toBeLessThan(1e9);
		expect(day.want[at(food)]).toBe(rates.allocation![food]! * dt);
		expect(day.want[at(cell('capital', 'water'))]).toBe(1000 * dt);
		expect(day.need[at(food)]).toBe(800 * dt);
		// A standing stock (housing) counts its whole need, not per step.
		expect(day.need[at(cell('capital', 'housing'))]).toBe(800);
	});

	it("bounds a site by the plan's target share where there is one, else by capacity and leaves room", () => {
		const o = Array.from(ctx.tables.siteCell).indexOf(cell('river-valley', 'wheat'));
		const target = rates.production![cell('river-valley', 'wheat')]!;
		expect(target).toBeGreaterThan(0);
		expect(day.siteMost[o]).toBe(Math.min(400 * dt, target * dt * ctx.tables.siteShare[o]!));
		expect(day.siteRoom[o]).toBeNaN();
		const free = Array.from(ctx.tables.siteCell).findIndex((rk) => !(rates.production![rk]! >= 0));
		expect(day.siteMost[free]).toBe(400 * dt);
		expect(day.siteRoom[free]).toBe((1000 + rates.outgoing[ctx.tables.siteCell[free]!]!) * dt);
	});

	it('lists the shipping lanes on open arcs, each with its bound a step, and none on a closed arc', () => {
		const lanes = Array.from(day.shipLanes.subarray(0, day.ships));
		expect(lanes).toEqual(Array.from(rates.shipping));
		lanes.forEach((lane, u) =>
			expect(day.shipMost[u]).toBe(Math.min(rates.transfer[lane]! * dt, world.laneCapacity[lane]! * dt))
		);
		state.arcOpen[world.laneArc[lanes[0]!]!] = 0;
		fillDay(day, world, state, ctx, rates);
		expect(Array.from(day.shipLanes.subarray(0, day.ships))).not.toContain(lanes[0]);
	});
});
