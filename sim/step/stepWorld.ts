import type { CompiledWorld } from '../world/types.js';
import type { PeriodRates, StepContext } from './context.js';
import type { SimState } from './types.js';

/**
 * One step of physics, in order: arrivals, production (sites without inputs first), departures,
 * consumption, spoilage, overflow. Every unit that leaves a stock is booked in `state.totals`, so
 * a run conserves mass per resource (see `balanceOf`). Flat loops over typed arrays: this is the hot path.
 */
export function stepWorld(world: CompiledWorld, state: SimState, ctx: StepContext, rates: PeriodRates | null): void {
	const { K, L, P } = world;
	const { dt } = ctx;
	const stock = state.stock;
	const totals = state.totals;
	const slots = state.slots;
	const slot = state.step % slots;

	// Arrivals.
	if (slots > 1) {
		for (let lane = 0; lane < L; lane++) {
			const i = lane * slots + slot;
			const amount = state.transit[i]!;
			if (amount > 0) {
				stock[world.arcTo[world.laneArc[lane]!]! * K + world.laneResource[lane]!]! += amount;
				state.transit[i] = 0;
			}
		}
	}

	// Production: within capacity, the plan's target (or need plus room to store), and inputs on hand.
	for (let pass = 0; pass < 2; pass++) {
		for (let p = 0; p < P; p++) {
			if (ctx.hasInputs[p] !== pass) continue;
			const r = world.prodRegion[p]!;
			const k = world.prodResource[p]!;
			const rk = r * K + k;
			let q =
				world.prodCapacity[p]! * state.season[p]! * state.yieldFactor[p]! * (1 - state.disruption[p]!) * state.capacityFactor[p]! * state.labourFactor[r]! * dt;
			const target = rates ? rates.production[rk]! : NaN;
			if (!Number.isNaN(target)) q = Math.min(q, target * dt * ctx.capacityShare[p]!);
			else {
				const outgoing = rates ? rates.outgoing[rk]! : 0;
				const room = world.storageCap[rk]! - stock[rk]! + (state.request[rk]! + outgoing) * dt;
				q = Math.min(q, Math.max(0, room * ctx.capacityShare[p]!));
			}
			const from = world.inputStart[p]!;
			const to = world.inputStart[p + 1]!;
			for (let i = from; i < to; i++) {
				const per = world.inputPerUnit[i]!;
				if (per > 0) q = Math.min(q, stock[r * K + world.inputResource[i]!]! / per);
			}
			if (q <= 0) continue;
			for (let i = from; i < to; i++) {
				const ik = world.inputResource[i]!;
				const used = q * world.inputPerUnit[i]!;
				stock[r * K + ik]! -= used;
				totals.inputs[ik]! += used;
				if (ctx.isEnergy[ik]) state.dayEnergy += used;
			}
			stock[rk]! += q;
			totals.produced[k]! += q;
			state.dayProduced[k]! += q;
			state.sinceProduced[p]! += q;
		}
	}

	// Departures on open arcs, within lane capacity and the stock at the origin; loss is taken at departure.
	if (rates) {
		const stepsPerDay = ctx.stepsPerDay;
		for (let lane = 0; lane < L; lane++) {
			const rate = rates.transfer[lane]!;
			if (rate <= 0) continue;
			const a = world.laneArc[lane]!;
			if (state.arcOpen[a] === 0) continue;
			const k = world.laneResource[lane]!;
			const origin = world.arcFrom[a]! * K + k;
			const amount = Math.min(rate * dt, world.laneCapacity[lane]! * dt, stock[origin]!);
			if (amount <= 0) continue;
			stock[origin]! -= amount;
			const loss = amount * world.arcLoss[a]!;
			totals.transportLoss[k]! += loss;
			state.dayWaste[k]! += loss;
			const lead = world.arcLeadDays[a]! * stepsPerDay;
			if (lead === 0) stock[world.arcTo[a]! * K + k]! += amount - loss;
			else state.transit[lane * slots + ((state.step + lead) % slots)]! += amount - loss;
			state.dayTonneKm += amount * ctx.tonnesPerUnit[k]! * world.arcKm[a]!;
			state.dayEnergy += amount * world.laneEnergyPerUnit[lane]!;
		}
	}

	// Consumption, spoilage, overflow.
	const R = world.R;
	for (let r = 0; r < R; r++) {
		const persons = state.adults[r]! + state.children[r]!;
		for (let k = 0; k < K; k++) {
			const rk = r * K + k;
			let s = stock[rk]!;
			const kind = world.normKind[k]!;
			if (kind === 1) {
				const needStep = state.coverNeed[rk]! * dt;
				let want = state.request[rk]! * dt;
				const cap = rates ? rates.allocation[rk]! : NaN;
				if (!Number.isNaN(cap)) want = Math.min(want, cap * dt);
				const own = want < s ? want : s;
				s -= own;
				totals.consumed[k]! += own;
				state.dayConsumed[k]! += own;
				state.sinceConsumed[rk]! += own;
				let got = own;
				const sub = world.substitute[k]!;
				if (own < want && sub >= 0) {
					// The catalogue allows a substitute for part of the need (wheat ← quinoa up to 20%).
					const sk = r * K + sub;
					const extra = Math.min(want - own, world.substituteShare[k]! * want, stock[sk]!);
					if (extra > 0) {
						stock[sk]! -= extra;
						totals.consumed[sub]! += extra;
						state.dayConsumed[sub]! += extra;
						state.sinceConsumed[sk]! += extra;
						got += extra;
					}
				}
				if (needStep > 0) {
					const covered = got < needStep ? got : needStep;
					state.dayNeed[rk]! += needStep;
					state.dayGot[rk]! += covered;
					state.dayShortfall[rk]! += (1 - covered / needStep) * persons * dt;
				}
			} else if (kind === 2) {
				const need = state.coverNeed[rk]!;
				if (need > 0) {
					const covered = s < need ? s : need;
					state.dayNeed[rk]! += need * dt;
					state.dayGot[rk]! += covered * dt;
					state.dayShortfall[rk]! += (1 - covered / need) * persons * dt;
				}
			}
			const spoil = s * ctx.spoilPerStep[k]!;
			if (spoil > 0) {
				s -= spoil;
				totals.spoiled[k]! += spoil;
				state.dayWaste[k]! += spoil;
			}
			const over = s - world.storageCap[rk]!;
			if (over > 0) {
				s -= over;
				totals.overflow[k]! += over;
				state.dayWaste[k]! += over;
			}
			stock[rk] = s;
		}
	}
	state.step++;
}
