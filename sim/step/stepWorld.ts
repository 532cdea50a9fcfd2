import { substituteAllowed } from '../../data/plan/substitution.js';
import type { CompiledWorld } from '../world/types.js';
import type { Arrivals } from './arrivals.js';
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
	rates: PeriodRates | null,
	arrivals: Arrivals
): void {
	const { L } = world;
	const { dt } = ctx;
	const stock = state.stock;
	const totals = state.totals;
	const slots = state.slots;
	const transit = state.transit;
	const laneArc = world.laneArc;
	const laneResource = world.laneResource;
	const dayWaste = state.dayWaste;
	const dayOverflow = state.dayOverflow;
	const dayInflow = state.dayInflow;
	const onRoad = state.onRoad;
	const sinceConsumed = state.sinceConsumed;
	const consumed = totals.consumed;
	const { siteCell, plainSites, cellResource, laneFrom, laneTo, laneLeadSteps, laneTonneKm } = ctx.tables;

	// Arrivals, on the lanes that shipped recently enough to have goods due today.
	const used = arrivals.lanes;
	const dueLanes = arrivals.count;
	if (dueLanes > 0 && slots > 1) {
		// Slot-major ring: this step's arrivals are one contiguous row, read in lane order.
		const row = (state.step % slots) * L;
		for (let u = 0; u < dueLanes; u++) {
			const lane = used[u]!;
			const i = row + lane;
			const amount = transit[i]!;
			if (amount > 0) {
				const at = laneTo[lane]!;
				stock[at]! += amount;
				dayInflow[at]! += amount;
				onRoad[lane]! -= amount;
				transit[i] = 0;
			}
		}
	}

	// Production: within today's capacity, the plan's target (or need plus room to store), and inputs on hand.
	const order = ctx.prodOrder;
	const prodResource = world.prodResource;
	const siteCapacity = state.siteCapacity;
	const capacityShare = ctx.capacityShare;
	const inputStart = world.inputStart;
	const inputResource = world.inputResource;
	const inputPerUnit = world.inputPerUnit;
	const storageCap = world.storageCap;
	const request = state.request;
	const dayProduced = state.dayProduced;
	const sinceProduced = state.sinceProduced;
	const produced = totals.produced;
	const isEnergy = ctx.isEnergy;
	const production = rates ? rates.production : null;
	const outgoing = rates ? rates.outgoing : null;
	let dayEnergy = 0;
	for (let o = 0; o < order.length; o++) {
		const p = order[o]!;
		const rk = siteCell[o]!;
		let q = siteCapacity[p]! * dt;
		const target = production ? production[rk]! : NaN;
		if (target === target) q = Math.min(q, target * dt * capacityShare[p]!);
		else {
			const room = storageCap[rk]! - stock[rk]! + (request[rk]! + (outgoing ? outgoing[rk]! : 0)) * dt;
			const cap = room > 0 ? room * capacityShare[p]! : 0;
			if (cap < q) q = cap;
		}
		if (o >= plainSites) {
			// Inputs on hand bound the output, then are used up (sites without inputs come first).
			const base = rk - prodResource[p]!;
			const from = inputStart[p]!;
			const to = inputStart[p + 1]!;
			for (let i = from; i < to; i++) {
				const per = inputPerUnit[i]!;
				if (per > 0) q = Math.min(q, stock[base + inputResource[i]!]! / per);
			}
			if (q <= 0) continue;
			for (let i = from; i < to; i++) {
				const ik = inputResource[i]!;
				const use = q * inputPerUnit[i]!;
				stock[base + ik]! -= use;
				totals.inputs[ik]! += use;
				if (isEnergy[ik]) dayEnergy += use;
			}
		} else if (q <= 0) continue;
		stock[rk]! += q;
		dayProduced[rk]! += q;
		produced[prodResource[p]!]! += q;
		sinceProduced[p]! += q;
	}

	// Departures on open arcs, within lane capacity and the stock at the origin; loss is taken at departure.
	if (rates) {
		const transfer = rates.transfer;
		const shipping = rates.shipping;
		const arcOpen = state.arcOpen;
		const laneCapacity = world.laneCapacity;
		const laneEnergyPerUnit = world.laneEnergyPerUnit;
		const arcLoss = world.arcLoss;
		const dayShipped = state.dayShipped;
		const transportLoss = totals.transportLoss;
		let dayTonneKm = 0;
		// The ring's row now; a lead is shorter than the ring, so one wrap at most (no modulo per lane).
		const now = state.step % slots;
		for (let u = 0; u < shipping.length; u++) {
			const lane = shipping[u]!;
			const a = laneArc[lane]!;
			if (arcOpen[a] === 0) continue;
			const origin = laneFrom[lane]!;
			const amount = Math.min(transfer[lane]! * dt, laneCapacity[lane]! * dt, stock[origin]!);
			if (amount <= 0) continue;
			const k = laneResource[lane]!;
			stock[origin]! -= amount;
			dayShipped[lane]! += amount;
			const loss = amount * arcLoss[a]!;
			transportLoss[k]! += loss;
			dayWaste[k]! += loss;
			const lead = laneLeadSteps[lane]!;
			if (lead === 0) {
				stock[laneTo[lane]!]! += amount - loss;
				dayInflow[laneTo[lane]!]! += amount - loss;
			} else {
				const slot = now + lead < slots ? now + lead : now + lead - slots;
				transit[slot * L + lane]! += amount - loss;
				onRoad[lane]! += amount - loss;
			}
			dayTonneKm += amount * laneTonneKm[lane]!;
			dayEnergy += amount * laneEnergyPerUnit[lane]!;
		}
		state.dayTonneKm += dayTonneKm;
	}
	state.dayEnergy += dayEnergy;

	// Consumption, spoilage, overflow.
	const normKind = world.normKind;
	const coverNeed = state.coverNeed;
	const allocation = rates ? rates.allocation : null;
	const substitute = world.substitute;
	const spoilPerStep = ctx.spoilPerStep;
	const dayGot = state.dayGot;
	const spoiled = totals.spoiled;
	const overflow = totals.overflow;
	const cells = ctx.activeCells;
	for (let c = 0; c < cells.length; c++) {
		const rk = cells[c]!;
		const k = cellResource[c]!;
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
			const sub = substitute[k]!;
			if (own < asked && sub >= 0) {
				// The catalogue allows a substitute for part of what is received (wheat ← quinoa up to
				// 20%), by the rule the planner uses; under a plan, up to the substitute's allocation.
				const sk = base + sub;
				const subCap = allocation ? allocation[sk]! : NaN;
				const extra = substituteAllowed(
					asked - own,
					own,
					world.substituteShare[k]!,
					subCap === subCap ? Math.min(stock[sk]!, subCap * dt) : stock[sk]!
				);
				if (extra > 0) {
					stock[sk]! -= extra;
					consumed[sub]! += extra;
					sinceConsumed[sk]! += extra;
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
			dayOverflow[rk]! += over;
		}
		stock[rk] = s;
	}
	state.step++;
}
