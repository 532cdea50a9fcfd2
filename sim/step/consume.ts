import { substituteAllowed } from '../../data/plan/substitution.js';
import type { CompiledWorld } from '../world/types.js';
import type { PeriodRates, StepContext } from './context.js';
import type { DayTables, SimState } from './types.js';

/**
 * Consumption, spoilage and overflow of one step over the active cells. A function of its own, not
 * a phase of one big step: V8 optimises each loop on its own, so a branch first taken late in a run
 * (a substitute, an overflow) deoptimises this loop only, not every phase of the step. Cells of a
 * resource that touches no other cell go resource by resource, so the resource's sums and rates
 * stay in registers; each sum still adds the same cells in the same (region) order, so a run is
 * byte-identical to one in rk order.
 */
export function consume(
	world: CompiledWorld,
	state: SimState,
	ctx: StepContext,
	rates: PeriodRates | null,
	day: DayTables
): void {
	const { useGroupStart, useGroupResource } = ctx.tables;
	const groups = useGroupResource.length;
	for (let g = 0; g < groups; g++) {
		const k = useGroupResource[g]!;
		useAlone(state, ctx, day, useGroupStart[g]!, useGroupStart[g + 1]!, k, world.normKind[k]!);
	}
	useCoupled(world, state, ctx, rates, day, useGroupStart[groups]!);
}

/** Cells from..to−1, all of resource k with norm kind `kind`, none drawing on another cell. */
function useAlone(
	state: SimState,
	ctx: StepContext,
	day: DayTables,
	from: number,
	to: number,
	k: number,
	kind: number
): void {
	const { dt } = ctx;
	const { stock, sinceConsumed, dayGot, dayOverflow, dayWaste, totals } = state;
	const { useCell, useCap } = ctx.tables;
	const { want, need } = day;
	const spoilRate = ctx.spoilPerStep[k]!;
	let used = totals.consumed[k]!;
	let spoiled = totals.spoiled[k]!;
	let overflow = totals.overflow[k]!;
	let waste = dayWaste[k]!;
	for (let c = from; c < to; c++) {
		const rk = useCell[c]!;
		let s = stock[rk]!;
		if (kind === 1) {
			const take = want[c]!;
			const own = take < s ? take : s;
			s -= own;
			used += own;
			sinceConsumed[rk]! += own;
			const needStep = need[c]!;
			dayGot[rk]! += own < needStep ? own : needStep;
		} else if (kind === 2) {
			const held = need[c]!;
			dayGot[rk]! += (s < held ? s : held) * dt;
		}
		const spoil = s * spoilRate;
		if (spoil > 0) {
			s -= spoil;
			spoiled += spoil;
			waste += spoil;
		}
		const over = s - useCap[c]!;
		if (over > 0) {
			s -= over;
			overflow += over;
			waste += over;
			dayOverflow[rk]! += over;
		}
		stock[rk] = s;
	}
	totals.consumed[k] = used;
	totals.spoiled[k] = spoiled;
	totals.overflow[k] = overflow;
	dayWaste[k] = waste;
}

/**
 * The coupled cells, from position `from` on, in rk order: substitutes and nutrients. Spoilage and
 * overflow repeat `useAlone`'s few lines with the sums in arrays: calling `useAlone` for one cell at a
 * time instead made consumption about four times slower (measured on the 300 × 20 world).
 */
function useCoupled(
	world: CompiledWorld,
	state: SimState,
	ctx: StepContext,
	rates: PeriodRates | null,
	day: DayTables,
	from: number
): void {
	const { dt } = ctx;
	const stock = state.stock;
	const totals = state.totals;
	const consumed = totals.consumed;
	const spoiled = totals.spoiled;
	const overflow = totals.overflow;
	const dayWaste = state.dayWaste;
	const dayOverflow = state.dayOverflow;
	const sinceConsumed = state.sinceConsumed;
	const dayGot = state.dayGot;
	const normKind = world.normKind;
	const substituteStart = world.substituteStart;
	const nutrients = world.nutrients;
	const allocation = rates ? rates.allocation : null;
	const spoilPerStep = ctx.spoilPerStep;
	const { useCell, useResource, useCap } = ctx.tables;
	const { asked, want, need } = day;
	for (let c = from; c < useCell.length; c++) {
		const rk = useCell[c]!;
		const k = useResource[c]!;
		let s = stock[rk]!;
		const kind = normKind[k]!;
		if (kind === 1) {
			const needStep = need[c]!;
			const take = want[c]!;
			const own = take < s ? take : s;
			s -= own;
			consumed[k]! += own;
			sinceConsumed[rk]! += own;
			let got = own;
			if (own < asked[c]! && substituteStart[k]! < substituteStart[k + 1]!)
				got += takeSubstitutes(world, state, allocation, dt, rk, k, asked[c]!, own);
			if (nutrients[k]!.length > 0) got = nutrientReach(world, state, rk, k, own, got);
			dayGot[rk]! += got < needStep ? got : needStep;
		} else if (kind === 2) {
			const held = need[c]!;
			dayGot[rk]! += (s < held ? s : held) * dt;
		}
		const spoil = s * spoilPerStep[k]!;
		if (spoil > 0) {
			s -= spoil;
			spoiled[k]! += spoil;
			dayWaste[k]! += spoil;
		}
		const over = s - useCap[c]!;
		if (over > 0) {
			s -= over;
			overflow[k]! += over;
			dayWaste[k]! += over;
			dayOverflow[rk]! += over;
		}
		stock[rk] = s;
	}
}

/**
 * The catalogue allows substitutes for part of what is received (wheat ← quinoa up to 20%; by
 * nutrient, food's kcal ← wheat and quinoa by their energy), by the rule the planner uses; under a
 * plan, up to the substitute's allocation. Returns what they supplied, in k's units.
 */
function takeSubstitutes(
	world: CompiledWorld,
	state: SimState,
	allocation: Float64Array | null,
	dt: number,
	rk: number,
	k: number,
	asked: number,
	own: number
): number {
	const stock = state.stock;
	const { substituteStart, substitute, substituteShare, substitutePerUnit } = world;
	const base = rk - k;
	let got = own;
	const drawn = state.substituteDrawn;
	for (let j = substituteStart[k]!; j < substituteStart[k + 1]!; j++) drawn[j] = 0;
	for (let j = substituteStart[k]!; got < asked && j < substituteStart[k + 1]!; j++) {
		const sub = substitute[j]!;
		const sk = base + sub;
		const perUnit = substitutePerUnit[j]!;
		const subCap = allocation ? allocation[sk]! : NaN;
		const extra = substituteAllowed(
			asked - got,
			own,
			substituteShare[j]!,
			(subCap === subCap ? Math.min(stock[sk]!, subCap * dt) : stock[sk]!) * perUnit
		);
		if (extra > 0) {
			stock[sk]! -= extra / perUnit;
			state.totals.consumed[sub]! += extra / perUnit;
			state.sinceConsumed[sk]! += extra / perUnit;
			drawn[j] = extra / perUnit;
			got += extra;
		}
	}
	return got - own;
}

/**
 * What a cell got, in k's units, as far as its further nutrients reach (the planner's `nut` rows and
 * `planMetrics` say the same): each nutrient's supply, from k itself (`own`) and the substitutes drawn
 * this step, over ρ, its need per unit of k's need; the scarcest nutrient bounds `got`.
 */
function nutrientReach(
	world: CompiledWorld,
	state: SimState,
	rk: number,
	k: number,
	own: number,
	got: number
): number {
	const r = (rk - k) / world.K;
	const persons = state.adults[r]! + state.children[r]!;
	const needPerDay =
		persons * world.norm[k]! +
		state.workers[r]! * world.labourExtra[k]! +
		state.children[r]! * world.childExtra[k]!;
	if (!(needPerDay > 0)) return got;
	const start = world.substituteStart[k]!;
	const drawn = own < got ? state.substituteDrawn : null;
	let reach = got;
	for (const n of world.nutrients[k]!) {
		let supplied = own * n.perUnit;
		if (drawn)
			for (let j = 0; j < n.bySubstitute.length; j++) supplied += drawn[start + j]! * n.bySubstitute[j]!;
		const limit = supplied / ((persons * n.perPerson) / needPerDay);
		if (limit < reach) reach = limit;
	}
	return reach;
}
