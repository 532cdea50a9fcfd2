import { substituteAllowed } from '../../data/plan/substitution.js';
import type { CompiledWorld } from '../world/types.js';
import type { PeriodRates, StepContext } from './context.js';
import type { SimState } from './types.js';

/**
 * Consumption, spoilage and overflow of one step over the active cells. A function of its own, not
 * a phase of one big step: V8 optimises each loop on its own, so a branch first taken late in a run
 * (a substitute, an overflow) deoptimises this loop only, not every phase of the step.
 */
export function consume(
	world: CompiledWorld,
	state: SimState,
	ctx: StepContext,
	rates: PeriodRates | null
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
	const request = state.request;
	const coverNeed = state.coverNeed;
	const dayGot = state.dayGot;
	const storageCap = world.storageCap;
	const normKind = world.normKind;
	const substituteStart = world.substituteStart;
	const nutrients = world.nutrients;
	const allocation = rates ? rates.allocation : null;
	const spoilPerStep = ctx.spoilPerStep;
	const cells = ctx.activeCells;
	const cellResource = ctx.tables.cellResource;
	for (let c = 0; c < cells.length; c++) {
		const rk = cells[c]!;
		const k = cellResource[c]!;
		let s = stock[rk]!;
		const kind = normKind[k]!;
		if (kind === 1) {
			const needStep = coverNeed[rk]! * dt;
			const asked = request[rk]! * dt;
			let want = asked;
			const cap = allocation ? allocation[rk]! : NaN;
			if (cap === cap && cap * dt < want) want = cap * dt;
			const own = want < s ? want : s;
			s -= own;
			consumed[k]! += own;
			sinceConsumed[rk]! += own;
			let got = own;
			if (own < asked && substituteStart[k]! < substituteStart[k + 1]!)
				got += takeSubstitutes(world, state, allocation, dt, rk, k, asked, own);
			if (nutrients[k]!.length > 0) got = nutrientReach(world, state, rk, k, own, got);
			dayGot[rk]! += got < needStep ? got : needStep;
		} else if (kind === 2) {
			const need = coverNeed[rk]!;
			dayGot[rk]! += (s < need ? s : need) * dt;
		}
		const spoil = s * spoilPerStep[k]!;
		if (spoil > 0) {
			s -= spoil;
			spoiled[k]! += spoil;
			dayWaste[k]! += spoil;
		}
		const over = s - storageCap[rk]!;
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
