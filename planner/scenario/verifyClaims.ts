import type { CoverageEntry } from '../../data/plan/types.js';
import { allocationModelFactory } from '../model/buildAllocationModel.js';
import type { AllocationModel } from '../model/modelIndex.js';
import type { PlanningInput } from '../model/types.js';
import type { LpSolver, SolveOutcome } from '../solver/types.js';
import { capacityClaim, mostValuableArc, worstEntries, type ExplainedSolution } from './capacityClaim.js';
import { extractPlan } from './extractPlan.js';
import { planMetrics, type PlanFigures } from './planMetrics.js';
import { solveForWorld } from './solveForWorld.js';

/** What 10% more capacity on one arc did when the policy was solved again. */
export interface MeasuredEffect {
	readonly arc: string;
	readonly resource: string;
	/** Change of the explained region's coverage of the resource, in shares (0.021 = 2.1 points). */
	readonly coverageGain: number;
	/** Change of the population-weighted mean coverage, in shares. */
	readonly meanGain: number;
	/** Person-days of shortfall avoided (negative: more shortfall). */
	readonly personDaysAvoided: number;
}

/** Measured effects of the explanation's claims, keyed `region|resource` and `best` for the network line. */
export type MeasuredClaims = ReadonlyMap<string, MeasuredEffect>;

/** The same input with one arc's capacity for `resource` raised by `factor`. */
function widened(input: PlanningInput, arc: string, resource: string, factor: number): PlanningInput {
	return {
		...input,
		arcs: input.arcs.map((a) =>
			a.id !== arc
				? a
				: {
						...a,
						carries: a.carries.map((c) =>
							c.resource === resource ? { ...c, capacityPerDay: c.capacityPerDay * factor } : c
						)
					}
		)
	};
}

/**
 * Re-solves the policy once per claimed arc with 10% more capacity on it and measures what changed
 * (Dantzig's duals are marginal values and say nothing of a 10% step past a degenerate vertex; the
 * re-solve does). An explanation is only printed with an effect measured here.
 */
export async function verifyClaims(
	m: AllocationModel,
	solution: ExplainedSolution,
	before: PlanFigures,
	solver: LpSolver,
	timeLimitSeconds: number
): Promise<MeasuredClaims> {
	const out = new Map<string, MeasuredEffect>();
	const cache = new Map<string, PlanFigures | null>();
	const measure = async (arc: string, resource: string) => {
		const key = `${arc}|${resource}`;
		if (!cache.has(key)) {
			const input = widened(m.input, arc, resource, 1.1);
			// Solved as the round solves, expecting the world's survival mode where the wider arc leads to it.
			const { m: again, outcome } = await solveForWorld<SolveOutcome>(
				allocationModelFactory(input, m.settings)(m.policy),
				(model, previous) =>
					solver.solve(model, {
						timeLimitSeconds,
						basis: previous?.status === 'optimal' ? (previous.basis ?? null) : null
					}),
				(o) => (o.status === 'optimal' ? o.x : null),
				m.survival.causes
			);
			cache.set(
				key,
				outcome.status === 'optimal'
					? planMetrics(extractPlan(again, outcome.x), input, m.settings.rework)
					: null
			);
		}
		return cache.get(key)!;
	};
	const effect = (after: PlanFigures, arc: string, resource: string, c?: CoverageEntry): MeasuredEffect => {
		const of = (f: PlanFigures) =>
			f.coverage.find((k) => k.region === c?.region && k.resource === c?.resource)?.coverage ?? 0;
		return {
			arc,
			resource,
			coverageGain: c ? of(after) - of(before) : 0,
			meanGain: after.meanCoverage - before.meanCoverage,
			personDaysAvoided: before.shortfallPersonDays - after.shortfallPersonDays
		};
	};
	for (const c of worstEntries(before.coverage)) {
		const claim = capacityClaim(m, solution, c);
		if (!claim) continue;
		const after = await measure(claim.arc, claim.resource);
		if (after) out.set(`${c.region}|${c.resource}`, effect(after, claim.arc, claim.resource, c));
	}
	const best = mostValuableArc(m, solution);
	if (best) {
		const after = await measure(best.arc, best.resource);
		if (after) out.set('best', effect(after, best.arc, best.resource));
	}
	return out;
}
