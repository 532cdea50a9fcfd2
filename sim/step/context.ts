import type { CompiledPlan } from '../plan/types.js';
import type { SimOptions } from '../types.js';
import type { CompiledWorld } from '../world/types.js';
import { kernelTables, type KernelTables } from './kernelTables.js';
import { stepsPerDayOf } from './stepSeconds.js';

/** Per-run constants of the step, computed once. */
export interface StepContext {
	readonly options: SimOptions;
	/** Days per step (1 for daily steps, 1/24 for hourly). */
	readonly dt: number;
	readonly stepsPerDay: number;
	/** Per resource: share of a stock lost in one step, 1 − (1 − lossPerDay)^dt. */
	readonly spoilPerStep: Float64Array;
	/** Per resource: tonnes per unit, for t·km. */
	readonly tonnesPerUnit: Float64Array;
	/** Per resource: 1 when the unit is kWh (energy used as an input is reported as energy). */
	readonly isEnergy: Uint8Array;
	/**
	 * Sites in the order they produce: those without inputs first (by resource, then site), so that
	 * energy made this step can feed the rest (in site order).
	 */
	readonly prodOrder: Int32Array;
	readonly plan: CompiledPlan | null;
	/**
	 * Region-resource cells that can hold or need anything (storage, a norm, a production site or an
	 * incoming lane), in rk order; the rest stay zero and the step skips them.
	 */
	readonly activeCells: Int32Array;
	/** Lanes that may carry goods in this run: those the plan uses, and with redistribution every lane of a basic flow resource. */
	readonly transitLanes: Int32Array;
	readonly tables: KernelTables;
}

/** Views of the plan for today's period (null outside the plan's horizon or with no plan). */
export interface PeriodRates {
	/** Per rk, units/day; null when no plan is in force today (redistribution alone), so the step reads nothing. */
	readonly allocation: Float64Array | null;
	readonly production: Float64Array | null;
	readonly transfer: Float64Array;
	/** Per rk: planned outgoing shipments, units/day (production makes room for them). */
	readonly outgoing: Float64Array;
	/** Lanes with a transfer today, so that a step visits only those (most lanes are idle on most days). */
	readonly shipping: Int32Array;
}

/** The lanes among `lanes` with a positive transfer rate. */
export function shippingLanes(transfer: Float64Array, lanes: ArrayLike<number>): Int32Array {
	const out: number[] = [];
	for (let u = 0; u < lanes.length; u++) if (transfer[lanes[u]!]! > 0) out.push(lanes[u]!);
	return Int32Array.from(out);
}

function activeCells(world: CompiledWorld): Int32Array {
	const { K } = world;
	const active = new Uint8Array(world.R * K);
	for (let rk = 0; rk < active.length; rk++)
		if (world.storageCap[rk]! > 0 || world.normKind[rk % K]! > 0 || world.initialStock[rk]! > 0)
			active[rk] = 1;
	for (let p = 0; p < world.P; p++) active[world.prodRegion[p]! * K + world.prodResource[p]!] = 1;
	for (let p = 0; p < world.P; p++)
		for (let i = world.inputStart[p]!; i < world.inputStart[p + 1]!; i++)
			active[world.prodRegion[p]! * K + world.inputResource[i]!] = 1;
	for (let lane = 0; lane < world.L; lane++) {
		const a = world.laneArc[lane]!;
		active[world.arcTo[a]! * K + world.laneResource[lane]!] = 1;
		active[world.arcFrom[a]! * K + world.laneResource[lane]!] = 1;
	}
	const out: number[] = [];
	active.forEach((on, rk) => {
		if (on) out.push(rk);
	});
	return Int32Array.from(out);
}

const hasInputs = (world: CompiledWorld, p: number) =>
	world.inputStart[p + 1]! > world.inputStart[p]! ? 1 : 0;

/** Builds the per-run constants. */
export function createContext(
	world: CompiledWorld,
	options: SimOptions,
	plan: CompiledPlan | null
): StepContext {
	const stepsPerDay = stepsPerDayOf(options.stepHours);
	const dt = 1 / stepsPerDay;
	const { K, P } = world;
	const tonnesPerUnit = Float64Array.from(world.unit, (u) => options.massKgPerUnit[u] / 1000);
	// Sites without inputs touch only their own cell, so they may go resource by resource; those with
	// inputs draw on other cells and keep the site order among themselves.
	const plainResource = (p: number) => (hasInputs(world, p) ? 0 : world.prodResource[p]!);
	const prodOrder = Int32Array.from(
		Array.from({ length: P }, (_, p) => p).sort(
			(a, b) => hasInputs(world, a) - hasInputs(world, b) || plainResource(a) - plainResource(b) || a - b
		)
	);
	const cells = activeCells(world);
	const capSum = new Float64Array(world.R * K);
	for (let p = 0; p < P; p++)
		capSum[world.prodRegion[p]! * K + world.prodResource[p]!]! += world.prodCapacity[p]!;
	// Per site: its share of its region's capacity for that resource (to split a plan's production target).
	const capacityShare = Float64Array.from({ length: P }, (_, p) => {
		const sum = capSum[world.prodRegion[p]! * K + world.prodResource[p]!]!;
		return sum > 0 ? world.prodCapacity[p]! / sum : 0;
	});
	return {
		options,
		dt,
		stepsPerDay,
		spoilPerStep: Float64Array.from(world.lossPerDay, (loss) => 1 - Math.pow(1 - loss, dt)),
		tonnesPerUnit,
		isEnergy: Uint8Array.from(world.unit, (u) => (u === 'kWh' ? 1 : 0)),
		prodOrder,
		plan,
		activeCells: cells,
		tables: kernelTables(world, cells, prodOrder, capacityShare, stepsPerDay, tonnesPerUnit),
		transitLanes: Int32Array.from(
			Array.from({ length: world.L }, (_, lane) => lane).filter((lane) => {
				const k = world.laneResource[lane]!;
				return (
					(plan !== null && plan.usedLanes.includes(lane)) ||
					(options.redistribution.enabled && world.normKind[k] === 1 && world.tier[k] === 'basic')
				);
			})
		)
	};
}

/** Today's plan rates, or null when the plan does not cover `day`. */
export function periodRates(
	world: CompiledWorld,
	plan: CompiledPlan | null,
	day: number
): PeriodRates | null {
	if (!plan) return null;
	const offset = day - plan.startDay;
	if (offset < 0) return null;
	const p = Math.floor(offset / plan.periodDays);
	if (p >= plan.periods) return null;
	const RK = world.R * world.K;
	const transfer = plan.transferRate.subarray(p * world.L, (p + 1) * world.L);
	const outgoing = new Float64Array(RK);
	for (let lane = 0; lane < world.L; lane++) {
		if (transfer[lane]! > 0)
			outgoing[world.arcFrom[world.laneArc[lane]!]! * world.K + world.laneResource[lane]!]! +=
				transfer[lane]!;
	}
	return {
		allocation: plan.allocationRate.subarray(p * RK, (p + 1) * RK),
		production: plan.productionRate.subarray(p * RK, (p + 1) * RK),
		transfer,
		outgoing,
		shipping: shippingLanes(transfer, plan.usedLanes)
	};
}
