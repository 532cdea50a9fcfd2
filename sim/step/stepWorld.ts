import { substituteAllowed } from '../../data/plan/substitution.js';
import type { CompiledWorld } from '../world/types.js';
import type { PeriodRates, StepContext } from './context.js';
import type { SimState } from './types.js';

/**
 * One step of physics, in order: arrivals, production (sites without inputs first), departures,
 * consumption, spoilage, overflow. Every unit that leaves a stock is booked in `state.totals`, so
 * a run conserves mass per resource (see `balanceOf`). This is the hot path: flat loops over typed
 * arrays hoisted into locals, no allocation, no calls per element.
 */
export function stepWorld(
	world: CompiledWorld,
	state: SimState,
	ctx: StepContext,
	rates: PeriodRates | null
): void {
	const { K } = world;
	const { dt } = ctx;
	const stock = state.stock;
	const totals = state.totals;
	const slots = state.slots;
	const transit = state.transit;
	const laneArc = world.laneArc;
	const laneResource = world.laneResource;
	const arcTo = world.arcTo;
	const dayWaste = state.dayWaste;
	const dayInflow = state.dayInflow;
	const onRoad = state.onRoad;
	const sinceConsumed = state.sinceConsumed;
	const consumed = totals.consumed;

	// Arrivals, on the lanes that can carry goods in this run.
	const used = ctx.transitLanes;
	if (used.length > 0 && slots > 1) {
		const slot = state.step % slots;
		for (let u = 0; u < used.length; u++) {
			const lane = used[u]!;
			const i = lane * slots + slot;
			const amount = transit[i]!;
			if (amount > 0) {
				const at = arcTo[laneArc[lane]!]! * K + laneResource[lane]!;
				stock[at]! += amount;
				dayInflow[at]! += amount;
				onRoad[lane]! -= amount;
				transit[i] = 0;
			}
		}
	}

	// Production: within today's capacity, the plan's target (or need plus room to store), and inputs on hand.
	const order = ctx.prodOrder;
	const prodRegion = world.prodRegion;
	const prodResource = world.prodResource;
	const siteCapacity = state.siteCapacity;
	const capacityShare = ctx.capacityShare;
	const inputStart = world.inputStart;
	const inputResource = world.inputResource;
	const inputPerUnit = world.inputPerUnit;
	const storageCap = world.storageCap;
	const request = state.request;
	const production = rates ? rates.production : null;
	const outgoing = rates ? rates.outgoing : null;
	for (let o = 0; o < order.length; o++) {
		const p = order[o]!;
		const r = prodRegion[p]!;
		const k = prodResource[p]!;
		const rk = r * K + k;
		let q = siteCapacity[p]! * dt;
		const target = production ? production[rk]! : NaN;
		if (target === target) q = Math.min(q, target * dt * capacityShare[p]!);
		else {
			const room = storageCap[rk]! - stock[rk]! + (request[rk]! + (outgoing ? outgoing[rk]! : 0)) * dt;
			const cap = room > 0 ? room * capacityShare[p]! : 0;
			if (cap < q) q = cap;
		}
		const from = inputStart[p]!;
		const to = inputStart[p + 1]!;
		for (let i = from; i < to; i++) {
			const per = inputPerUnit[i]!;
			if (per > 0) q = Math.min(q, stock[r * K + inputResource[i]!]! / per);
		}
		if (q <= 0) continue;
		for (let i = from; i < to; i++) {
			const ik = inputResource[i]!;
			const use = q * inputPerUnit[i]!;
			stock[r * K + ik]! -= use;
			totals.inputs[ik]! += use;
			if (ctx.isEnergy[ik]) state.dayEnergy += use;
		}
		stock[rk]! += q;
		state.dayProduced[rk]! += q;
		totals.produced[k]! += q;
		state.sinceProduced[p]! += q;
	}

	// Departures on open arcs, within lane capacity and the stock at the origin; loss is taken at departure.
	if (rates) {
		const stepsPerDay = ctx.stepsPerDay;
		const transfer = rates.transfer;
		const shipping = rates.shipping;
		for (let u = 0; u < shipping.length; u++) {
			const lane = shipping[u]!;
			const rate = transfer[lane]!;
			const a = laneArc[lane]!;
			if (state.arcOpen[a] === 0) continue;
			const k = laneResource[lane]!;
			const origin = world.arcFrom[a]! * K + k;
			const amount = Math.min(rate * dt, world.laneCapacity[lane]! * dt, stock[origin]!);
			if (amount <= 0) continue;
			stock[origin]! -= amount;
			state.dayShipped[lane]! += amount;
			const loss = amount * world.arcLoss[a]!;
			totals.transportLoss[k]! += loss;
			dayWaste[k]! += loss;
			const lead = world.arcLeadDays[a]! * stepsPerDay;
			if (lead === 0) {
				stock[arcTo[a]! * K + k]! += amount - loss;
				dayInflow[arcTo[a]! * K + k]! += amount - loss;
			} else {
				transit[lane * slots + ((state.step + lead) % slots)]! += amount - loss;
				onRoad[lane]! += amount - loss;
			}
			state.dayTonneKm += amount * ctx.tonnesPerUnit[k]! * world.arcKm[a]!;
			state.dayEnergy += amount * world.laneEnergyPerUnit[lane]!;
		}
	}

	// Consumption, spoilage, overflow.
	const normKind = world.normKind;
	const coverNeed = state.coverNeed;
	const allocation = rates ? rates.allocation : null;
	const { substituteStart, substitute, substituteShare, substitutePerUnit } = world;
	const spoilPerStep = ctx.spoilPerStep;
	const dayGot = state.dayGot;
	const spoiled = totals.spoiled;
	const overflow = totals.overflow;
	const cells = ctx.activeCells;
	for (let c = 0; c < cells.length; c++) {
		{
			const rk = cells[c]!;
			const k = rk % K;
			const base = rk - k;
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
				for (let j = substituteStart[k]!; got < asked && j < substituteStart[k + 1]!; j++) {
					// The catalogue allows substitutes for part of what is received (wheat ← quinoa up to
					// 20%; by nutrient, food's kcal ← wheat and quinoa by their energy), by the rule the
					// planner uses; under a plan, up to the substitute's allocation. Amounts in k's units.
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
						consumed[sub]! += extra / perUnit;
						sinceConsumed[sk]! += extra / perUnit;
						got += extra;
					}
				}
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
			}
			stock[rk] = s;
		}
	}
	state.step++;
}
