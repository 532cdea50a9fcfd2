import type { CitizensSummary } from '../citizens/types.js';
import type { StepContext } from '../step/context.js';
import type { SimState } from '../step/types.js';
import type { CompiledWorld } from '../world/types.js';
import { coverageStats, lowestReserve, regionCoverage } from '../outcome/summariseDay.js';
import { round } from '../outcome/round.js';
import type { DayRecord, Outcome, ResourceBalance } from '../outcome/types.js';

export interface OutcomeParts {
	readonly world: CompiledWorld;
	readonly state: SimState;
	readonly ctx: StepContext;
	readonly runNeed: Float64Array;
	readonly runGot: Float64Array;
	readonly daily: readonly DayRecord[];
	readonly sums: {
		readonly shortfall: number;
		readonly tonneKm: number;
		readonly energy: number;
		readonly survivalDays: number;
		readonly delivered: number;
	};
	readonly shocks: number;
	readonly plan: boolean;
	readonly observed: {
		readonly measured: number;
		readonly dropped: number;
		readonly silenced: number;
	} | null;
	readonly citizens: CitizensSummary | null;
	readonly threat: Outcome['threat'];
	readonly quotaCuts: Outcome['quotaCuts'];
	readonly headline: Outcome['headline'];
	readonly deviations: Outcome['deviations'];
}

/** Per resource, the books of the run (unrounded residual first, so that a leak cannot hide in rounding). */
export function balanceOf(world: CompiledWorld, state: SimState): Record<string, ResourceBalance> {
	const { K, R, L } = world;
	const t = state.totals;
	const out: Record<string, ResourceBalance> = {};
	for (let k = 0; k < K; k++) {
		let initial = 0;
		let final = 0;
		for (let r = 0; r < R; r++) {
			initial += world.initialStock[r * K + k]!;
			final += state.stock[r * K + k]!;
		}
		let inTransit = 0;
		for (let lane = 0; lane < L; lane++) {
			if (world.laneResource[lane] !== k) continue;
			for (let i = state.transitStart[lane]!; i < state.transitStart[lane + 1]!; i++)
				inTransit += state.transit[i]!;
		}
		const b = {
			initial,
			produced: t.produced[k]!,
			consumed: t.consumed[k]!,
			inputs: t.inputs[k]!,
			spoiled: t.spoiled[k]!,
			overflow: t.overflow[k]!,
			transportLoss: t.transportLoss[k]!,
			shockLoss: t.shockLoss[k]!,
			final,
			inTransit
		};
		out[world.resources[k]!] = {
			...b,
			residual:
				b.initial +
				b.produced -
				b.consumed -
				b.inputs -
				b.spoiled -
				b.overflow -
				b.transportLoss -
				b.shockLoss -
				b.final -
				b.inTransit
		};
	}
	return out;
}

/** The outcome file: run-level metrics in the planner's `ScenarioMetrics` shape, books per resource, daily records. */
export function buildOutcome(parts: OutcomeParts): Outcome {
	const { world, state, ctx, runNeed, runGot, sums } = parts;
	const dp = ctx.options.decimals;
	const { R, K } = world;
	const coverage: Record<string, Record<string, number>> = {};
	let minCoverage = 1;
	for (let r = 0; r < R; r++) {
		const row: Record<string, number> = {};
		for (let k = 0; k < K; k++) {
			const rk = r * K + k;
			if (world.tier[k] !== 'basic' || runNeed[rk]! <= 0) continue;
			const c = runGot[rk]! / runNeed[rk]!;
			row[world.resources[k]!] = round(c, dp);
			minCoverage = Math.min(minCoverage, c);
		}
		coverage[world.regions[r]!] = row;
	}
	const stats = coverageStats(
		regionCoverage(world, runNeed, runGot, new Float64Array(R)),
		world.adults.map((a, r) => a + world.children[r]!)
	);
	const balance = Object.fromEntries(
		Object.entries(balanceOf(world, state)).map(([id, b]) => [
			id,
			Object.fromEntries(
				Object.entries(b).map(([key, v]) => [key, key === 'residual' ? v : round(v, dp)])
			) as unknown as ResourceBalance
		])
	);
	const low = lowestReserve(world, state);
	const regionBasic = regionCoverage(world, runNeed, runGot, new Float64Array(R));
	const byRegion = parts.citizens?.byRegion;
	const share = (x: number | null | undefined) => (x === null || x === undefined ? null : round(x, dp));
	const tierCoverageByRegion = Object.fromEntries(
		world.regions.map((id, r) => [
			id,
			{
				basic: round(Number.isNaN(regionBasic[r]!) ? 1 : regionBasic[r]!, dp),
				social: share(byRegion?.[id]?.social),
				rare: share(byRegion?.[id]?.rare)
			}
		])
	);
	return {
		version: 1,
		world: world.id,
		startDate: new Date(world.startMs).toISOString().slice(0, 10),
		days: state.day,
		stepHours: ctx.options.stepHours,
		steps: state.step,
		shocks: parts.shocks,
		plan: parts.plan,
		metrics: {
			minCoverage: round(minCoverage, dp),
			meanCoverage: round(stats.mean, dp),
			gini: round(stats.gini, dp),
			shortfallPersonDays: round(sums.shortfall, dp),
			transportTonneKm: round(sums.tonneKm, dp),
			energyKWh: round(sums.energy, dp),
			reserveMonths: round(Number.isFinite(low.months) ? low.months : 0, dp)
		},
		headline: parts.headline,
		coverage,
		survivalDays: sums.survivalDays,
		deviations: parts.deviations,
		offences: {
			caught: round(state.offences.caught, dp),
			repeats: round(state.offences.repeats, dp),
			compensationHours: round(state.offences.compensationHours, dp)
		},
		quotaCuts: parts.quotaCuts.map((c) => ({ ...c, value: round(c.value, dp) })),
		threat: parts.threat,
		tierCoverageByRegion,
		tierCoverage: {
			basic: round(stats.mean, dp),
			social:
				parts.citizens && parts.citizens.socialAsked > 0
					? round(parts.citizens.socialServed / parts.citizens.socialAsked, dp)
					: null,
			rare:
				parts.citizens && parts.citizens.rareAsked > 0
					? round(parts.citizens.rareServed / parts.citizens.rareAsked, dp)
					: null
		},
		citizens: parts.citizens && {
			...parts.citizens,
			awarded: round(parts.citizens.awarded, dp),
			spent: round(parts.citizens.spent, dp),
			burned: round(parts.citizens.burned, dp)
		},
		balance,
		sensors: { ...(parts.observed ?? { measured: 0, dropped: 0, silenced: 0 }), delivered: sums.delivered },
		daily: parts.daily
	};
}
