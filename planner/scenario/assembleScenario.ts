import type { Plan, ProposedScenario, ScenarioDeltas } from '../../data/plan/types.js';
import type { AllocationModel } from '../model/modelIndex.js';
import type { CheckedOutcome } from '../solver/types.js';
import { explainScenario } from './explainScenario.js';
import { extractPlan } from './extractPlan.js';
import type { Bilingual } from './format.js';
import { planMetrics, type PlanFigures } from './planMetrics.js';
import { policyTexts } from './policyTexts.js';
import { scenarioSummary } from './scenarioSummary.js';
import { reserveDays } from './reserveDays.js';
import { survivalNote } from './survivalNote.js';
import type { MeasuredClaims } from './verifyClaims.js';

type Optimal = Extract<CheckedOutcome, { status: 'optimal' }>;

/** A scenario's figures against the plan in force's (scenario − current). */
export function scenarioDeltas(now: PlanFigures, current: PlanFigures): ScenarioDeltas {
	const before = new Map(current.coverage.map((c) => [`${c.region}|${c.resource}`, c.coverage]));
	return {
		minCoverage: now.minCoverage - current.minCoverage,
		meanCoverage: now.meanCoverage - current.meanCoverage,
		gini: now.gini - current.gini,
		shortfallPersonDays: now.shortfallPersonDays - current.shortfallPersonDays,
		transportTonneKm: now.transportTonneKm - current.transportTonneKm,
		energyKWh: now.energyKWh - current.energyKWh,
		coverage: now.coverage.map((c) => ({
			region: c.region,
			resource: c.resource,
			delta: c.coverage - (before.get(`${c.region}|${c.resource}`) ?? 0)
		}))
	};
}

/** A verified solution turned into the scenario the decision round sees. */
export function assembleScenario(
	id: string,
	m: AllocationModel,
	outcome: Optimal,
	currentPlan: Plan | null,
	changes: readonly Bilingual[],
	measured: MeasuredClaims | null
): ProposedScenario {
	const { solution } = outcome;
	const plan = extractPlan(m, solution.x);
	const figures = planMetrics(plan, m.input, m.settings.rework);
	const reserves = reserveDays(m, solution.x);
	const reserve = reserves.reduce((low, r) => Math.min(low, r.minDays / 30), reserves.length ? Infinity : 0);
	const summary = scenarioSummary(figures, m.input, m.policy, reserves);
	const cross = outcome.crossCheck;
	const survival = survivalNote(m);
	return {
		id,
		policy: m.policy,
		title: policyTexts[m.policy].title,
		summary,
		metrics: {
			minCoverage: figures.minCoverage,
			meanCoverage: figures.meanCoverage,
			gini: figures.gini,
			shortfallPersonDays: figures.shortfallPersonDays,
			transportTonneKm: figures.transportTonneKm,
			energyKWh: figures.energyKWh,
			reserveMonths: reserve,
			reserves
		},
		plan,
		telemetry: m.input.telemetry,
		coverage: figures.coverage,
		// Deltas measure both plans against the catalogue's norms, not the reworked ones: cutting water
		// from 50 to 40 L is a loss of 20 points to the people who drink it, not a change of 0.
		...(currentPlan
			? { deltas: scenarioDeltas(planMetrics(plan, m.input), planMetrics(currentPlan, m.input)) }
			: {}),
		explanations: [
			...(survival ? [survival] : []),
			...explainScenario(m, solution, figures.coverage, measured)
		],
		changes,
		verification: {
			solver: solution.solver,
			objective: solution.objective,
			variables: m.model.variables.length,
			constraints: m.model.constraints.length,
			maxResidual: Math.max(outcome.residuals.maxRowViolation, outcome.residuals.maxBoundViolation),
			crossCheck:
				cross.status === 'skipped'
					? `skipped: ${cross.reason}`
					: `${cross.status} with ${cross.solver} ${cross.algorithm} (objective ${cross.objective}, difference ${cross.difference.toExponential(2)})`
		}
	};
}
