import type { Plan, ProposedScenario } from '../../data/plan/types.js';
import type { PlanningInput, PolicyId } from '../../planner/model/types.js';
import { scenarioDeltas } from '../../planner/scenario/assembleScenario.js';
import { planMetrics } from '../../planner/scenario/planMetrics.js';
import { scenarioSummary } from '../../planner/scenario/scenarioSummary.js';
import { councilDistribution, type CouncilInput } from './councilDistribution.js';

/**
 * A scenario whose figures for the regions under manual distribution are what their councils will
 * distribute (`councilDistribution`), not the planner's rationing of their own stock, which nobody
 * executes there: their allocations (but standing norms) are replaced by the councils' expected deliveries
 * (allocations are not executed, see `executionOf`; they carry the plan's prediction), and every
 * figure, the summary and the deltas are computed again from the plan, so what the panel reads is
 * the prediction the scoreboard holds the world to.
 */
export function withCouncilFigures(
	scenario: ProposedScenario,
	input: PlanningInput,
	councils: readonly Omit<CouncilInput, 'quotas'>[],
	currentPlan: Plan | null
): ProposedScenario {
	if (councils.length === 0) return scenario;
	const manual = new Set(councils.map((c) => c.region));
	// Standing norms (housing) stay the planner's; every other delivery there is the council's, substitutes
	// included (by nutrient, the wheat and quinoa people eat as food).
	const standing = new Set(input.resources.filter((r) => r.norm?.kind === 'stock').map((r) => r.id));
	const allocations = [
		...scenario.plan.allocations.filter((a) => !manual.has(a.region) || standing.has(a.resource)),
		...councils.flatMap((c) => councilDistribution(input, { ...c, quotas: scenario.plan.quotas }))
	];
	const plan = { ...scenario.plan, allocations };
	const figures = planMetrics(plan, input);
	const reserves = scenario.metrics.reserves ?? [];
	return {
		...scenario,
		summary: scenarioSummary(figures, input, scenario.policy as PolicyId, reserves),
		metrics: {
			...scenario.metrics,
			minCoverage: figures.minCoverage,
			meanCoverage: figures.meanCoverage,
			gini: figures.gini,
			shortfallPersonDays: figures.shortfallPersonDays
		},
		plan,
		coverage: figures.coverage,
		...(currentPlan ? { deltas: scenarioDeltas(figures, planMetrics(currentPlan, input)) } : {})
	};
}
