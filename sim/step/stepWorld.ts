import type { CompiledWorld } from '../world/types.js';
import type { Arrivals } from './arrivals.js';
import { consume } from './consume.js';
import type { PeriodRates, StepContext } from './context.js';
import type { DayTables, SimState } from './types.js';

/**
 * One step of physics, in order: arrivals, production (sites without inputs first), departures,
 * consumption, spoilage, overflow. Every unit that leaves a stock is booked in `state.totals`, so
 * a run conserves mass per resource (see `balanceOf`). This is the hot path: flat loops over typed
 * arrays hoisted into locals, no allocation, no calls per element. Each phase is a function of its
 * own, so that V8 optimises (and, on a branch first taken late, deoptimises) one loop at a time.
 */
export function stepWorld(
	world: CompiledWorld,
	state: SimState,
	ctx: StepContext,
	rates: PeriodRates | null,
	arrivals: Arrivals,
	day: DayTables
): void {
	if (arrivals.count > 0) arrive(state, ctx, arrivals, day);
	// Energy used as production inputs, then by transport, summed in this order (as one sum).
	let dayEnergy = produce(world, state, ctx, day);
	if (rates) dayEnergy = depart(world, state, ctx, day, dayEnergy);
	state.dayEnergy += dayEnergy;
	consume(world, state, ctx, rates, day);
	state.step++;
}

/** Arrivals on the lanes that shipped recently enough to have goods due today. */
function arrive(state: SimState, ctx: StepContext, arrivals: Arrivals, day: DayTables): void {
	const s = state.step - day.firstStep;
	const stock = state.stock;
	const transit = state.transit;
	const dayInflow = state.dayInflow;
	const onRoad = state.onRoad;
	const laneTo = ctx.tables.laneTo;
	const { lanes, count, slot, ringEnd, ringLength } = arrivals;
	for (let u = 0; u < count; u++) {
		let i = slot[u]! + s;
		if (i >= ringEnd[u]!) i -= ringLength[u]!;
		const amount = transit[i]!;
		if (amount > 0) {
			const lane = lanes[u]!;
			const at = laneTo[lane]!;
			stock[at]! += amount;
			dayInflow[at]! += amount;
			onRoad[lane]! -= amount;
			transit[i] = 0;
		}
	}
}

/**
 * Production: within today's capacity, the plan's target (or need plus room to store), and inputs
 * on hand. Returns `energy` (none so far) plus the energy used up as inputs. Sites without inputs
 * go resource by resource (each resource's sum in registers, its sites in site order).
 */
function produce(world: CompiledWorld, state: SimState, ctx: StepContext, day: DayTables): number {
	const { plainGroupStart, plainSites } = ctx.tables;
	for (let g = 0; g + 1 < plainGroupStart.length; g++)
		producePlain(state, ctx, day, plainGroupStart[g]!, plainGroupStart[g + 1]!);
	return produceWithInputs(world, state, ctx, day, plainSites);
}

/**
 * A site's output this step before its inputs: today's most, or its share of the room in its store
 * (`space`, capacity less stock) plus today's demand on it (`extra`, NaN when a plan's target bounds it).
 */
function bounded(most: number, extra: number, space: number, share: number): number {
	if (extra !== extra) return most;
	const room = space + extra;
	const cap = room > 0 ? room * share : 0;
	return cap < most ? cap : most;
}

/** Sites from..to−1 of one resource, without inputs: each bounded by today's most and its room. */
function producePlain(state: SimState, ctx: StepContext, day: DayTables, from: number, to: number): void {
	const { stock, dayProduced, sinceProduced } = state;
	const order = ctx.prodOrder;
	const { siteCell, siteShare, siteCap } = ctx.tables;
	const { siteMost, siteRoom } = day;
	const k = ctx.tables.siteResource[from]!;
	let made = state.totals.produced[k]!;
	for (let o = from; o < to; o++) {
		const rk = siteCell[o]!;
		const q = bounded(siteMost[o]!, siteRoom[o]!, siteCap[o]! - stock[rk]!, siteShare[o]!);
		if (q <= 0) continue;
		stock[rk]! += q;
		dayProduced[rk]! += q;
		made += q;
		sinceProduced[order[o]!]! += q;
	}
	state.totals.produced[k] = made;
}

/** Sites with inputs, from position `from` on, in site order: inputs on hand bound the output, then are used up. */
function produceWithInputs(
	world: CompiledWorld,
	state: SimState,
	ctx: StepContext,
	day: DayTables,
	from: number
): number {
	const stock = state.stock;
	const totals = state.totals;
	const { siteCell, siteResource, siteShare, siteCap } = ctx.tables;
	const { siteMost, siteRoom } = day;
	const order = ctx.prodOrder;
	const { inputStart, inputResource, inputPerUnit } = world;
	const dayProduced = state.dayProduced;
	const sinceProduced = state.sinceProduced;
	const produced = totals.produced;
	const inputs = totals.inputs;
	const isEnergy = ctx.isEnergy;
	let energy = 0;
	for (let o = from; o < order.length; o++) {
		const p = order[o]!;
		const rk = siteCell[o]!;
		let q = bounded(siteMost[o]!, siteRoom[o]!, siteCap[o]! - stock[rk]!, siteShare[o]!);
		const base = rk - siteResource[o]!;
		const first = inputStart[p]!;
		const last = inputStart[p + 1]!;
		for (let i = first; i < last; i++) {
			const per = inputPerUnit[i]!;
			if (per > 0) q = Math.min(q, stock[base + inputResource[i]!]! / per);
		}
		if (q <= 0) continue;
		for (let i = first; i < last; i++) {
			const ik = inputResource[i]!;
			const use = q * inputPerUnit[i]!;
			stock[base + ik]! -= use;
			inputs[ik]! += use;
			if (isEnergy[ik]) energy += use;
		}
		stock[rk]! += q;
		dayProduced[rk]! += q;
		produced[siteResource[o]!]! += q;
		sinceProduced[p]! += q;
	}
	return energy;
}

/**
 * Departures on today's open lanes, within lane capacity and the stock at the origin; loss is taken
 * at departure. Returns `energy` plus the transport energy, added lane by lane.
 */
function depart(
	world: CompiledWorld,
	state: SimState,
	ctx: StepContext,
	day: DayTables,
	energy: number
): number {
	const stock = state.stock;
	const step = state.step;
	const transit = state.transit;
	const transitStart = state.transitStart;
	const onRoad = state.onRoad;
	const dayInflow = state.dayInflow;
	const dayWaste = state.dayWaste;
	const { laneFrom, laneTo, laneLeadSteps, laneTonneKm, laneLoss } = ctx.tables;
	const laneResource = world.laneResource;
	const laneEnergyPerUnit = world.laneEnergyPerUnit;
	const dayShipped = state.dayShipped;
	const transportLoss = state.totals.transportLoss;
	const { shipLanes, shipMost, shipSlot, ships } = day;
	const s = step - day.firstStep;
	let dayTonneKm = 0;
	for (let u = 0; u < ships; u++) {
		const lane = shipLanes[u]!;
		const origin = laneFrom[lane]!;
		const most = shipMost[u]!;
		const held = stock[origin]!;
		const amount = Math.min(most, held);
		if (amount <= 0) continue;
		const k = laneResource[lane]!;
		stock[origin] = held - amount;
		dayShipped[lane]! += amount;
		const loss = amount * laneLoss[lane]!;
		transportLoss[k]! += loss;
		dayWaste[k]! += loss;
		const lead = laneLeadSteps[lane]!;
		if (lead === 0) {
			stock[laneTo[lane]!]! += amount - loss;
			dayInflow[laneTo[lane]!]! += amount - loss;
		} else {
			// The slot `lead` steps ahead in a ring of lead + 1, from where it stood at the day's first step.
			let i = shipSlot[u]! + s;
			if (i >= transitStart[lane + 1]!) i -= lead + 1;
			transit[i]! += amount - loss;
			onRoad[lane]! += amount - loss;
		}
		dayTonneKm += amount * laneTonneKm[lane]!;
		energy += amount * laneEnergyPerUnit[lane]!;
	}
	state.dayTonneKm += dayTonneKm;
	return energy;
}
