import type { ProposedScenario } from '../data/plan/types.js';
import type { ReferenceData } from '../data/reference/types.js';
import { buildPlanningInput } from '../planner/inputs/buildPlanningInput.js';
import { referenceStocks } from '../planner/inputs/referenceStocks.js';
import type { PlanningInput } from '../planner/model/types.js';
import { planRound } from '../planner/planRound.js';
import { abandonedRegions } from '../planner/scenario/abandonedRegions.js';
import type { Solvers } from '../planner/solver/solveChecked.js';
import { createRng, runSimulationSync } from '../sim/index.js';
import type { Figures } from './types.js';

/** Predicted (by the planner) and executed (by the simulation) coverage of one scenario. */
interface Executed {
	readonly policy: string;
	readonly predicted: { readonly min: number; readonly mean: number };
	readonly executed: { readonly min: number; readonly mean: number };
	/** Executed coverage per region and resource over the plan's horizon. */
	readonly coverage: Readonly<Record<string, Readonly<Record<string, number>>>>;
	/** Region × resource pairs whose executed coverage is more than a point off the prediction. */
	readonly offByMoreThanAPoint: number;
}

/**
 * The simulation without chance: no yield noise, disruptions or over-consumers, so a gap is the model's.
 * The world's own rules stay on (redistribution, threat levels, lifeline-first rationing): the check is
 * what the world will do with the plan. The planner expects survival mode where its plan leaves
 * enough people below a lifeline (the scarcity world: housing at a third of the norm) and plans the
 * world's quota cut (`planner/model/predictSurvival.ts`), so the cut is in the prediction.
 */
const exact = {
	yieldSd: 0,
	disruptions: { perDayProbability: 0 },
	behaviour: { overConsumerShare: 0 },
	recordDays: false
} as const;

/** Executes a scenario's plan in the simulation, without chance, for the plan's horizon. */
export function executeScenario(reference: ReferenceData, s: ProposedScenario): Executed {
	const days = s.plan.periods * s.plan.periodDays;
	const run = runSimulationSync({ reference, rng: createRng(1), plan: s.plan, options: { ...exact, days } });
	if (run.status !== 'ok')
		throw new Error(`bug: the simulation refused ${s.id}: ${JSON.stringify(run.issues.slice(0, 3))}`);
	const o = run.outcome;
	return {
		policy: s.policy,
		predicted: { min: s.metrics.minCoverage, mean: s.metrics.meanCoverage },
		executed: { min: o.metrics.minCoverage, mean: o.metrics.meanCoverage },
		coverage: o.coverage,
		offByMoreThanAPoint: s.coverage!.filter(
			(c) => Math.abs(c.coverage - (o.coverage[c.region]?.[c.resource] ?? 0)) > 0.01
		).length
	};
}

/**
 * The execution check: every scenario of a round over the demo world and over its scarcity version
 * (every stock and capacity × 0.3) is executed by the simulation for the plan's horizon, and the
 * coverage it predicted is compared with what the world then delivered.
 */
export async function plannerExecution(
	log: (line: string) => void,
	worlds: Readonly<Record<string, ReferenceData>>,
	solvers: Solvers
): Promise<Figures> {
	const figures: Record<string, number> = {};
	let largest = 0;
	let largestMean = 0;
	let pairsOff = 0;
	for (const [name, reference] of Object.entries(worlds)) {
		const input: PlanningInput = buildPlanningInput(reference, await referenceStocks(reference.world));
		const round = await planRound(input, solvers, { idPrefix: `exec-${name}` });
		let worldGap = 0;
		let worldMeanGap = 0;
		let abandoned = 0;
		for (const s of round.scenarios) {
			const e = executeScenario(reference, s);
			const gap = Math.abs(e.predicted.min - e.executed.min) * 100;
			worldGap = Math.max(worldGap, gap);
			worldMeanGap = Math.max(worldMeanGap, Math.abs(e.predicted.mean - e.executed.mean) * 100);
			pairsOff += e.offByMoreThanAPoint;
			abandoned += abandonedRegions(s.coverage!, input).length;
			const pt = (x: number) => (x * 100).toFixed(1);
			const min = `min coverage predicted ${pt(e.predicted.min)}%, executed ${pt(e.executed.min)}%`;
			const mean = `mean ${pt(e.predicted.mean)}% → ${pt(e.executed.mean)}%`;
			const off = `${e.offByMoreThanAPoint} of ${s.coverage!.length} region × resource pairs off by > 1 point`;
			log(`execution ${name} ${s.policy}: ${min}; ${mean}; ${off}`);
			figures[`execution.${name}.${s.policy}.predictedMin`] = Number(e.predicted.min.toFixed(4));
			figures[`execution.${name}.${s.policy}.executedMin`] = Number(e.executed.min.toFixed(4));
			figures[`execution.${name}.${s.policy}.predictedMean`] = Number(e.predicted.mean.toFixed(4));
			figures[`execution.${name}.${s.policy}.executedMean`] = Number(e.executed.mean.toFixed(4));
		}
		figures[`execution.${name}.maxGapPoints`] = Number(worldGap.toFixed(2));
		figures[`execution.${name}.maxMeanGapPoints`] = Number(worldMeanGap.toFixed(2));
		figures[`${name}.abandonedRegions`] = abandoned;
		largest = Math.max(largest, worldGap);
		largestMean = Math.max(largestMean, worldMeanGap);
	}
	figures.executionMaxGapPoints = Number(largest.toFixed(2));
	// The minimum alone hides a world that delivers less to everyone but the worst-served: the mean
	// and every region × resource pair are held to the same point.
	figures.executionMaxMeanGapPoints = Number(largestMean.toFixed(2));
	figures.executionPairsOffByMoreThanAPoint = pairsOff;
	figures.scarcityZeroRegions = figures['scarcity.abandonedRegions'] ?? 0;
	return figures;
}
