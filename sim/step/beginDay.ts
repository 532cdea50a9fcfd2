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
	const { perDayProbability, minSeverity, maxSeverity, minDays, maxDays } = d;
	const { season, yieldFactor, disruption, disruptionUntil, siteCapacity, capacityFactor, labourFactor } =
		state;
	const { prodAmplitude, prodCapacity, prodRegion } = world;
	// Sites share a few hundred peak days: each day's cosine once per peak, not once per site.
	const { peakDays, sitePeak } = ctx.tables;
	const cosine = Float64Array.from(peakDays, (peak) => Math.cos((2 * Math.PI * (doy - peak)) / YEAR_DAYS));
	for (let p = 0; p < P; p++) {
		season[p] = Math.max(0, 1 + prodAmplitude[p]! * cosine[sitePeak[p]!]!);
		if (redrawYield) yieldFactor[p] = Math.max(0, 1 + options.yieldSd * rng.normal());
		if (disruptionUntil[p]! <= day) disruption[p] = 0;
		if (perDayProbability > 0 && disruption[p] === 0 && rng.next() < perDayProbability) {
			disruption[p] = minSeverity + (maxSeverity - minSeverity) * rng.next();
			disruptionUntil[p] = day + minDays + rng.int(maxDays - minDays + 1);
		}
		siteCapacity[p] =
			prodCapacity[p]! *
			season[p]! *
			yieldFactor[p]! *
			(1 - disruption[p]!) *
			capacityFactor[p]! *
			labourFactor[prodRegion[p]!]!;
	}

	const b = options.behaviour;
	const D = b.sanctionDays;
	// Slot-major ring: today's cohorts are one contiguous row.
	const row = (day % D) * R * K;
	const brng = state.rng.behaviour;
	const plan = ctx.plan;
	// Arrays in locals: a call (the random draw) in the loop would otherwise make V8 reload each one.
	const { adults, children, workers, quotaFactor, dayNeed, need, request, coverNeed, demandFactor } = state;
	const { quotaCut, sanctioned, sanctionRing, overConsumers, everSanctioned, offences } = state;
	const { normKind, norm, labourExtra, childExtra } = world;
	const {
		overConsumerShare,
		sanctionFactor,
		overFactor,
		detectProbability,
		repeatEscalation,
		compensationHours
	} = b;
	const quotas = plan ? plan.quota : null;
	// The run's offence sums, added cell by cell in the same order as before.
	let { caught, repeats: repeated, compensationHours: owed } = offences;
	for (let r = 0; r < R; r++) {
		const persons = adults[r]! + children[r]!;
		const survival = quotaFactor[r]!;
		for (let k = 0; k < K; k++) {
			const rk = r * K + k;
			const kind = normKind[k]!;
			dayNeed[rk] = 0;
			if (kind === 0 || persons <= 0) {
				need[rk] = request[rk] = coverNeed[rk] = 0;
				continue;
			}
			const normK = norm[k]!;
			const needRk =
				(persons * normK + workers[r]! * labourExtra[k]! + children[r]! * childExtra[k]!) * demandFactor[rk]!;
			need[rk] = needRk;
			if (kind === 2) {
				request[rk] = 0;
				coverNeed[rk] = dayNeed[rk] = needRk;
				continue;
			}
			const quota = quotas ? quotas[rk]! : NaN;
			const ratio = (Number.isNaN(quota) || normK === 0 ? 1 : quota / normK) * survival * quotaCut[rk]!;
			// Sanctions expire after D days: the cohort that started D days ago leaves the ring.
			const banned = Math.min(persons, Math.max(0, sanctioned[rk]! - sanctionRing[row + rk]!));
			const eligible = persons - banned;
			const over =
				overConsumerShare > 0 ? Math.max(0, eligible * overConsumerShare * (1 + 0.1 * brng.normal())) : 0;
			const cut = (banned / persons) * (1 - sanctionFactor);
			overConsumers[rk] = over;
			coverNeed[rk] = dayNeed[rk] = needRk * (1 - cut);
			request[rk] = needRk * ratio * (1 + (over / persons) * (overFactor - 1) - cut);
			const detected = over * detectProbability;
			// Tier 1 counts people, not persons: a repeat offence is a caught person among those sanctioned
			// before and eligible again, in proportion (same propensity). Each owes compensation work; a
			// repeat owes it `repeatEscalation` times (the documents' escalation).
			const formerly = Math.max(0, everSanctioned[rk]! - banned);
			const repeats = eligible > 0 ? detected * Math.min(1, formerly / eligible) : 0;
			everSanctioned[rk] = Math.min(persons, everSanctioned[rk]! + detected - repeats);
			caught += detected;
			repeated += repeats;
			owed += (detected + repeats * (repeatEscalation - 1)) * compensationHours;
			sanctionRing[row + rk] = detected;
			sanctioned[rk] = banned + detected;
		}
	}
	offences.caught = caught;
	offences.repeats = repeated;
	offences.compensationHours = owed;
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
