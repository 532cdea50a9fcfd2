import type { CitizensDay } from '../citizens/types.js';
import type { StepContext } from '../step/context.js';
import type { SimState } from '../step/types.js';
import type { CompiledWorld } from '../world/types.js';
import { gini } from '../../data/stats/gini.js';
import { round } from './round.js';
import type { DayRecord } from './types.js';

const DAY_MS = 86_400_000;
/** Mean month length in days (365.25 / 12). */
export const MONTH_DAYS = 30.4375;

/** The lowest reserve (months of need) over regions and basic flow resources, with where it is. */
export function lowestReserve(
	world: CompiledWorld,
	state: SimState
): { r: number; k: number; months: number } {
	let best = { r: -1, k: -1, months: Infinity };
	for (let r = 0; r < world.R; r++) {
		for (let k = 0; k < world.K; k++) {
			const rk = r * world.K + k;
			if (world.normKind[k] !== 1 || world.tier[k] !== 'basic' || state.need[rk]! <= 0) continue;
			const months = state.stock[rk]! / (state.need[rk]! * MONTH_DAYS);
			if (months < best.months) best = { r, k, months };
		}
	}
	return best;
}

/** Region coverage today (mean over its basic resources with need), into `out`; NaN when a region has no need. */
export function regionCoverage(
	world: CompiledWorld,
	need: Float64Array,
	got: Float64Array,
	out: Float64Array
): Float64Array {
	for (let r = 0; r < world.R; r++) {
		let sum = 0;
		let n = 0;
		for (let k = 0; k < world.K; k++) {
			const rk = r * world.K + k;
			if (world.tier[k] !== 'basic' || need[rk]! <= 0) continue;
			sum += got[rk]! / need[rk]!;
			n++;
		}
		out[r] = n > 0 ? sum / n : NaN;
	}
	return out;
}

/** Population-weighted mean and Gini of region coverage (regions without need left out). */
export function coverageStats(
	cover: Float64Array,
	persons: ArrayLike<number>
): { mean: number; gini: number } {
	const values: number[] = [];
	const weights: number[] = [];
	for (let r = 0; r < cover.length; r++) {
		if (Number.isNaN(cover[r]!)) continue;
		values.push(cover[r]!);
		weights.push(persons[r]!);
	}
	const W = weights.reduce((a, b) => a + b, 0);
	const mean = W > 0 ? values.reduce((a, v, i) => a + v * weights[i]!, 0) / W : 1;
	return { mean, gini: gini(values, weights) };
}

/** The rounded record of the day just simulated. */
export function summariseDay(
	world: CompiledWorld,
	state: SimState,
	ctx: StepContext,
	activeShocks: readonly string[],
	tiers: CitizensDay | null,
	belowLifeline: number
): DayRecord {
	const dp = ctx.options.decimals;
	const { R, K } = world;
	const persons = Float64Array.from({ length: R }, (_, r) => state.adults[r]! + state.children[r]!);
	const cover = regionCoverage(world, state.dayNeed, state.dayGot, new Float64Array(R));
	const stats = coverageStats(cover, persons);
	const coverage: Record<string, Record<string, number>> = {};
	const byRegion: Record<string, number> = {};
	let shortfall = 0;
	let sanctioned = 0;
	let overConsumers = 0;
	for (let r = 0; r < R; r++) {
		const row: Record<string, number> = {};
		for (let k = 0; k < K; k++) {
			const rk = r * K + k;
			shortfall += state.dayShortfall[rk]!;
			sanctioned += state.sanctioned[rk]!;
			overConsumers += state.overConsumers[rk]!;
			if (world.tier[k] === 'basic' && state.dayNeed[rk]! > 0)
				row[world.resources[k]!] = round(state.dayGot[rk]! / state.dayNeed[rk]!, dp);
		}
		coverage[world.regions[r]!] = row;
		if (!Number.isNaN(cover[r]!)) byRegion[world.regions[r]!] = round(cover[r]!, dp);
	}
	const waste: Record<string, number> = {};
	const reserveMonths: Record<string, number> = {};
	for (let k = 0; k < K; k++) {
		if (state.dayWaste[k]! > 0) waste[world.resources[k]!] = round(state.dayWaste[k]!, dp);
		if (world.normKind[k] !== 1 || world.tier[k] !== 'basic') continue;
		let stock = 0;
		let need = 0;
		for (let r = 0; r < R; r++) {
			stock += state.stock[r * K + k]!;
			need += state.need[r * K + k]!;
		}
		if (need > 0) reserveMonths[world.resources[k]!] = round(stock / (need * MONTH_DAYS), dp);
	}
	const low = lowestReserve(world, state);
	let below = 0;
	for (let rk = 0; rk < R * K; rk++) {
		const k = rk % K;
		if (
			world.normKind[k] === 1 &&
			world.tier[k] === 'basic' &&
			state.need[rk]! > 0 &&
			state.stock[rk]! < state.need[rk]! * MONTH_DAYS * ctx.options.reserveTargetMonths
		)
			below++;
	}
	return {
		day: state.day,
		date: new Date(world.startMs + state.day * DAY_MS).toISOString().slice(0, 10),
		survival: state.survival || state.threat.federation.level === 'survival',
		threat: {
			federation: state.survival ? 'survival' : state.threat.federation.level,
			regions: Object.fromEntries(
				state.threat.regions.flatMap((s, r) => (s.level === 'normal' ? [] : [[world.regions[r]!, s.level]]))
			)
		},
		shocks: activeShocks,
		coverage,
		regionCoverage: byRegion,
		tierCoverage: {
			basic: round(stats.mean, dp),
			social: tiers && tiers.socialAsked > 0 ? round(tiers.socialServed / tiers.socialAsked, dp) : null,
			rare: tiers && tiers.rareAsked > 0 ? round(tiers.rareServed / tiers.rareAsked, dp) : null
		},
		belowLifeline: round(belowLifeline, dp),
		shortfallPersonDays: round(shortfall, dp),
		gini: round(stats.gini, dp),
		waste,
		reserveMonths,
		minReserve: {
			region: world.regions[low.r] ?? '',
			resource: world.resources[low.k] ?? '',
			months: round(Number.isFinite(low.months) ? low.months : 0, dp)
		},
		belowReserveTarget: below,
		transportTonneKm: round(state.dayTonneKm, dp),
		energyKWh: round(state.dayEnergy, dp),
		sanctioned: round(sanctioned, dp),
		overConsumers: round(overConsumers, dp)
	};
}
