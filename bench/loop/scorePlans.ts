import type { CoverageEntry, ProposedScenario } from '../../data/plan/types.js';
import type { CompiledWorld } from '../../sim/world/types.js';
import type { Truth } from './recordTruth.js';

/** One basic good's predicted and executed coverage in a region under a plan, 0..1. */
export interface GoodExecution {
	readonly resource: string;
	readonly predicted: number;
	readonly executed: number;
}

/** One region's predicted and executed coverage under a plan, 0..1. */
export interface RegionExecution {
	readonly region: string;
	readonly predicted: number;
	readonly executed: number;
	/** The same per good the scenario has a figure for, to find what a region's gap is made of. */
	readonly goods: readonly GoodExecution[];
}

/** Predicted (the scenario's coverage over the days it ran) and executed (what the world delivered) coverage of one adopted plan, 0..1. */
export interface PlanExecution {
	readonly day: number;
	/** The day after its last scored day (its horizon, the next adoption or the run's end). */
	readonly end: number;
	readonly scenario: string;
	readonly predicted: number;
	readonly executed: number;
	/** The same per region, to find where a gap comes from. */
	readonly regions: readonly RegionExecution[];
}

const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

/**
 * The scenario's coverage of one region × resource over the plan's first `days` days: its periods'
 * coverage weighted by the days of each in force (the horizon's figure when the plan ran it all).
 */
function predictedOver(entry: CoverageEntry, periodDays: number, days: number): number {
	if (!entry.periods) return entry.coverage;
	let sum = 0;
	for (let d = 0; d < days; d++) sum += entry.periods[Math.floor(d / periodDays)] ?? entry.coverage;
	return days > 0 ? sum / days : entry.coverage;
}

/**
 * Executed coverage computed like the planner's `meanCoverage`: per region, the mean over basic
 * resources with a norm of delivered ÷ need over the plan's days (until its horizon or the next
 * adoption), weighted by population; predicted, the scenario's coverage of the same regions and
 * resources over the same days with the same weights (a plan replaced after a week is held to its
 * first week's promise, not to four weeks it never ran).
 */
export function scorePlans(
	world: Pick<CompiledWorld, 'R' | 'K' | 'tier' | 'norm' | 'regions' | 'resources' | 'adults' | 'children'>,
	truth: Truth,
	adoptions: readonly { readonly day: number; readonly scenario: ProposedScenario }[]
): PlanExecution[] {
	const { R, K } = world;
	return adoptions.map(({ day, scenario }, i) => {
		const horizon = scenario.plan.periods * scenario.plan.periodDays;
		const end = Math.min(day + horizon, adoptions[i + 1]?.day ?? Infinity, truth.need.length);
		const promisedOver = (entry: CoverageEntry) => predictedOver(entry, scenario.plan.periodDays, end - day);
		let weighted = 0;
		let promised = 0;
		let people = 0;
		const regions: RegionExecution[] = [];
		for (let r = 0; r < R; r++) {
			const region = world.regions[r]!;
			const entries = (scenario.coverage ?? []).filter((c) => c.region === region);
			const values: number[] = [];
			const goods: GoodExecution[] = [];
			for (let k = 0; k < K; k++) {
				if (world.tier[k] !== 'basic' || !(world.norm[k]! > 0)) continue;
				let need = 0;
				let got = 0;
				for (let d = day; d < end; d++) {
					need += truth.need[d]![r * K + k]!;
					got += Math.min(truth.got[d]![r * K + k]!, truth.need[d]![r * K + k]!);
				}
				if (!(need > 0)) continue;
				values.push(got / need);
				const entry = entries.find((c) => c.resource === world.resources[k]);
				if (entry)
					goods.push({ resource: entry.resource, predicted: promisedOver(entry), executed: got / need });
			}
			if (values.length === 0) continue;
			const planned = entries.map(promisedOver);
			if (planned.length === 0) continue;
			const population = world.adults[r]! + world.children[r]!;
			weighted += mean(values) * population;
			promised += mean(planned) * population;
			people += population;
			regions.push({ region, predicted: mean(planned), executed: mean(values), goods });
		}
		return {
			day,
			end,
			scenario: scenario.id,
			predicted: people > 0 ? promised / people : scenario.metrics.meanCoverage,
			executed: people > 0 ? weighted / people : 1,
			regions
		};
	});
}
