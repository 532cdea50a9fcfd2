import type { CompiledWorld } from '../world/types.js';
import type { StepContext } from './context.js';
import type { SimState } from './types.js';

const DAY_MS = 86_400_000;
const YEAR_DAYS = 365;

/** Day of the year, 1..366, of a run day (UTC calendar). */
export function dayOfYear(world: CompiledWorld, day: number): number {
	const date = new Date(world.startMs + day * DAY_MS);
	return Math.floor((date.getTime() - Date.UTC(date.getUTCFullYear(), 0, 1)) / DAY_MS) + 1;
}

/**
 * Prepares a day: seasonal capacity (a cosine around the peak day, as is usual for crop and solar
 * cycles), yearly yields, random breakdowns, then people's need and request per region and resource.
 * Shocks are applied before this, so their factors are in place.
 */
export function beginDay(world: CompiledWorld, state: SimState, ctx: StepContext): void {
	const { options } = ctx;
	const { P, R, K } = world;
	const day = state.day;
	const doy = dayOfYear(world, day);
	const rng = state.rng.world;
	const redrawYield = day % YEAR_DAYS === 0 && options.yieldSd > 0;
	const d = options.disruptions;
	for (let p = 0; p < P; p++) {
		state.season[p] = Math.max(
			0,
			1 + world.prodAmplitude[p]! * Math.cos((2 * Math.PI * (doy - world.prodPeakDay[p]!)) / YEAR_DAYS)
		);
		if (redrawYield) state.yieldFactor[p] = Math.max(0, 1 + options.yieldSd * rng.normal());
		if (state.disruptionUntil[p]! <= day) state.disruption[p] = 0;
		if (d.perDayProbability > 0 && state.disruption[p] === 0 && rng.next() < d.perDayProbability) {
			state.disruption[p] = d.minSeverity + (d.maxSeverity - d.minSeverity) * rng.next();
			state.disruptionUntil[p] = day + d.minDays + rng.int(d.maxDays - d.minDays + 1);
		}
		state.siteCapacity[p] =
			world.prodCapacity[p]! *
			state.season[p]! *
			state.yieldFactor[p]! *
			(1 - state.disruption[p]!) *
			state.capacityFactor[p]! *
			state.labourFactor[world.prodRegion[p]!]!;
	}

	const b = options.behaviour;
	const D = b.sanctionDays;
	// Slot-major ring: today's cohorts are one contiguous row.
	const row = (day % D) * R * K;
	const brng = state.rng.behaviour;
	const plan = ctx.plan;
	for (let r = 0; r < R; r++) {
		const adults = state.adults[r]!;
		const children = state.children[r]!;
		const workers = state.workers[r]!;
		const persons = adults + children;
		const survival = state.quotaFactor[r]!;
		for (let k = 0; k < K; k++) {
			const rk = r * K + k;
			const kind = world.normKind[k]!;
			state.dayNeed[rk] = 0;
			if (kind === 0 || persons <= 0) {
				state.need[rk] = state.request[rk] = state.coverNeed[rk] = 0;
				continue;
			}
			const norm = world.norm[k]!;
			const need =
				(persons * norm + workers * world.labourExtra[k]! + children * world.childExtra[k]!) *
				state.demandFactor[rk]!;
			state.need[rk] = need;
			if (kind === 2) {
				state.request[rk] = 0;
				state.coverNeed[rk] = state.dayNeed[rk] = need;
				continue;
			}
			const quota = plan ? plan.quota[rk]! : NaN;
			const ratio = (Number.isNaN(quota) || norm === 0 ? 1 : quota / norm) * survival * state.quotaCut[rk]!;
			// Sanctions expire after D days: the cohort that started D days ago leaves the ring.
			const sanctioned = Math.min(
				persons,
				Math.max(0, state.sanctioned[rk]! - state.sanctionRing[row + rk]!)
			);
			const eligible = persons - sanctioned;
			const over =
				b.overConsumerShare > 0 ? Math.max(0, eligible * b.overConsumerShare * (1 + 0.1 * brng.normal())) : 0;
			const cut = (sanctioned / persons) * (1 - b.sanctionFactor);
			state.overConsumers[rk] = over;
			state.coverNeed[rk] = state.dayNeed[rk] = need * (1 - cut);
			state.request[rk] = need * ratio * (1 + (over / persons) * (b.overFactor - 1) - cut);
			const detected = over * b.detectProbability;
			// Tier 1 counts people, not persons: a repeat offence is a caught person among those sanctioned
			// before and eligible again, in proportion (same propensity). Each owes compensation work; a
			// repeat owes it `repeatEscalation` times (the documents' escalation).
			const formerly = Math.max(0, state.everSanctioned[rk]! - sanctioned);
			const repeats = eligible > 0 ? detected * Math.min(1, formerly / eligible) : 0;
			state.everSanctioned[rk] = Math.min(persons, state.everSanctioned[rk]! + detected - repeats);
			state.offences.caught += detected;
			state.offences.repeats += repeats;
			state.offences.compensationHours +=
				(detected + repeats * (b.repeatEscalation - 1)) * b.compensationHours;
			state.sanctionRing[row + rk] = detected;
			state.sanctioned[rk] = sanctioned + detected;
		}
	}
}

/** Clears today's accumulators; called before shocks so that a stock loss counts as today's waste. */
export function resetDay(state: SimState): void {
	state.dayGot.fill(0);
	state.dayShortfall.fill(0);
	state.dayWaste.fill(0);
	state.dayOverflow.fill(0);
	state.dayInflow.fill(0);
	state.dayShipped.fill(0);
	state.dayProduced.fill(0);
	state.dayTonneKm = 0;
	state.dayEnergy = 0;
}

/** Closes a day: shortfall person-days per rk from need and delivered (people do not move within a day). */
export function endDay(world: CompiledWorld, state: SimState): void {
	const { R, K } = world;
	for (let r = 0; r < R; r++) {
		const persons = state.adults[r]! + state.children[r]!;
		for (let k = 0; k < K; k++) {
			const rk = r * K + k;
			const need = state.dayNeed[rk]!;
			state.dayShortfall[rk] = need > 0 ? (1 - state.dayGot[rk]! / need) * persons : 0;
		}
	}
}
