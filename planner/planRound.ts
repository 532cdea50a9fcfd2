import type { ProposedScenario } from '../data/plan/types.js';
import { sizeOf } from './lp/sizeOf.js';
import { allocationModelFactory } from './model/buildAllocationModel.js';
import type { PlanningInput, PolicyId } from './model/types.js';
import { plannerDefaults } from './plannerDefaults.js';
import { assembleScenario } from './scenario/assembleScenario.js';
import { describeTradeOff } from './scenario/describeTradeOff.js';
import type { Bilingual } from './scenario/format.js';
import { elasticRelaxation } from './scenario/elasticRelaxation.js';
import { extractPlan } from './scenario/extractPlan.js';
import { planMetrics } from './scenario/planMetrics.js';
import { verifyClaims } from './scenario/verifyClaims.js';
import {
	needsByCell,
	reserveDifference,
	routingDifference,
	scenarioDistance
} from './scenario/scenarioDistance.js';
import { solveForWorld } from './scenario/solveForWorld.js';
import { carryBasis } from './solver/carryBasis.js';
import { solveChecked, type Solvers } from './solver/solveChecked.js';
import type { SurvivalCause } from './model/predictSurvival.js';
import type { Basis, CheckedOutcome } from './solver/types.js';
import type { LpModel } from './lp/types.js';
import type { Merge, PlannerOptions, RoundResult } from './types.js';

/** Extra inputs of a round: the texts of model changes (rework) and a clock for timings. */
export interface RoundContext {
	readonly changes?: readonly Bilingual[];
	readonly now?: () => number;
}

/**
 * One planning round: each policy's model is built, solved by the solver suited to its size,
 * verified (residuals; second solver below the threshold), explained, and near-duplicates are
 * merged into the earlier policy's scenario. A model that fails its check never becomes a
 * scenario; an infeasible one is explained by an elastic relaxation.
 */
export async function planRound(
	input: PlanningInput,
	solvers: Solvers,
	options: Partial<PlannerOptions> = {},
	context: RoundContext = {}
): Promise<RoundResult> {
	const o = { ...plannerDefaults, ...options };
	const now = context.now ?? (() => performance.now());
	const needs = needsByCell(input);
	const substituteOf = new Map(
		input.resources.flatMap((r) => r.substitutes.map((s) => [s.by, r.id] as const))
	);
	const kept: { scenario: ProposedScenario; merged: PolicyId[] }[] = [];
	const merges: Merge[] = [];
	const infeasible: RoundResult['infeasible'][number][] = [];
	const failed: RoundResult['failed'][number][] = [];
	const models: RoundResult['models'][number][] = [];
	const timings: RoundResult['timings'][number][] = [];
	const t = now();
	const modelFor = allocationModelFactory(input, o.settings);
	const sharedMs = now() - t;
	const built = (policy: PolicyId) => {
		const started = now();
		const m = modelFor(policy);
		return { m, buildMs: now() - started };
	};
	let next = o.policies.length ? built(o.policies[0]!) : null;
	// Where the last policy's plan put the world in survival mode, and its optimal basis: the next
	// policy starts from both (same world, same physical rows; only the objective and policy rows differ).
	let survivalGuess: readonly SurvivalCause[] = [];
	let last: { model: LpModel; basis: Basis } | null = null;
	for (const [i, policy] of o.policies.entries()) {
		const { buildMs } = next!;
		const t1 = now();
		// The solve is posted (to a worker, when the HiGHS port is one) before the next policy's model
		// is built, so building overlaps solving.
		const pending = solveForWorld<CheckedOutcome>(
			next!.m,
			(model, previous) =>
				solveChecked(
					model,
					solvers,
					o.check,
					previous
						? previous.status === 'optimal'
							? (previous.solution.basis ?? null)
							: null
						: last && model.variables.length >= o.warmStartMinVariables
							? carryBasis(last.model, last.basis, model)
							: null
				),
			(c) => (c.status === 'optimal' ? c.solution.x : null),
			survivalGuess
		);
		next = i + 1 < o.policies.length ? built(o.policies[i + 1]!) : null;
		const { m, outcome, solves } = await pending;
		survivalGuess = m.survival.causes;
		if (outcome.status === 'optimal' && outcome.solution.basis)
			last = { model: m.model, basis: outcome.solution.basis };
		const solveMs = solves.reduce((t, c) => t + (c.status === 'optimal' ? c.solution.ms : 0), 0);
		const t2 = now();
		models.push({ policy, model: m.model });
		timings.push({
			policy,
			size: sizeOf(m.model),
			buildMs: buildMs + (i === 0 ? sharedMs : 0),
			solveMs,
			checkMs: Math.max(0, t2 - t1 - solveMs - (next?.buildMs ?? 0)),
			solver:
				outcome.status === 'optimal'
					? outcome.solution.solver
					: outcome.status === 'failed'
						? null
						: outcome.solver
		});
		switch (outcome.status) {
			case 'failed':
				failed.push({ policy, message: outcome.message });
				continue;
			case 'unbounded':
				failed.push({ policy, message: 'the model is unbounded: a bug in the model, please report it' });
				continue;
			case 'infeasible':
				infeasible.push({ policy, relaxation: await elasticRelaxation(m, solvers) });
				continue;
			case 'optimal':
				break;
		}
		const { residuals, crossCheck, solution } = outcome;
		if (!residuals.ok) {
			const residual = Math.max(residuals.maxRowViolation, residuals.maxBoundViolation).toExponential(2);
			const message = `solution rejected: residual ${residual} at ${residuals.worst} exceeds ${residuals.tolerance}`;
			failed.push({ policy, message });
			continue;
		}
		if (crossCheck.status === 'disagreed') {
			const other = `${crossCheck.solver} found objective ${crossCheck.objective}`;
			failed.push({
				policy,
				message: `solution rejected: ${other}, ${solution.solver} ${solution.objective}`
			});
			continue;
		}
		const measured =
			m.model.variables.length <= o.explainResolveMaxVariables
				? await verifyClaims(
						m,
						outcome.solution,
						planMetrics(extractPlan(m, outcome.solution.x), m.input, m.settings.rework),
						solvers.highs,
						o.check.timeLimitSeconds ?? 120
					)
				: null;
		const scenario = assembleScenario(
			`${o.idPrefix}-${policy}`,
			m,
			outcome,
			o.currentPlan,
			context.changes ?? [],
			measured
		);
		let closest: { index: number; distance: number } | null = null;
		kept.forEach((k, index) => {
			const distance = scenarioDistance(k.scenario.plan, scenario.plan, needs, substituteOf);
			const reserves = reserveDifference(k.scenario.metrics.reserves ?? [], scenario.metrics.reserves ?? []);
			if (
				distance < o.mergeDistance &&
				reserves <= o.mergeReserveDays &&
				(!closest || distance < closest.distance)
			)
				closest = { index, distance };
		});
		if (closest) {
			const { index, distance } = closest as { index: number; distance: number };
			kept[index]!.merged.push(policy);
			merges.push({
				kept: kept[index]!.scenario.policy as PolicyId,
				dropped: policy,
				distance,
				routingDifference: routingDifference(kept[index]!.scenario.plan, scenario.plan),
				reserveDays: reserveDifference(
					kept[index]!.scenario.metrics.reserves ?? [],
					scenario.metrics.reserves ?? []
				)
			});
		} else kept.push({ scenario, merged: [] });
	}
	const fewest = kept.reduce<ProposedScenario | null>(
		(best, k) =>
			!best || k.scenario.metrics.shortfallPersonDays < best.metrics.shortfallPersonDays ? k.scenario : best,
		null
	);
	const scenarios = kept.map((k) => {
		const tradeOff = fewest && describeTradeOff(k.scenario, fewest, input.periods * input.periodDays);
		const summary = tradeOff
			? { en: `${k.scenario.summary.en} ${tradeOff.en}`, ru: `${k.scenario.summary.ru} ${tradeOff.ru}` }
			: k.scenario.summary;
		return { ...k.scenario, summary, ...(k.merged.length ? { mergedPolicies: k.merged } : {}) };
	});
	const notes: Bilingual[] = [];
	for (const mg of merges) {
		const [points, days] = [(mg.distance * 100).toFixed(2), mg.reserveDays.toFixed(1)];
		const routes = `${(mg.routingDifference * 100).toFixed(0)}%`;
		const differ = {
			en: `their deliveries differ by ${points} points of coverage on average and their end reserves by at most ${days} days of need`,
			ru:
				`поставки различаются в среднем на ${points} ` +
				`п.п. обеспечения, резервы в конце — не более ` +
				`чем на ${days} дн. потребности`
		};
		notes.push({
			en: `The ${mg.dropped} scenario was merged into ${mg.kept}: ${differ.en} (routes by ${routes}).`,
			ru: `Сценарий ${mg.dropped} объединён с ${mg.kept}: ${differ.ru} (маршруты — на ${routes}).`
		});
	}
	if (scenarios.length < 3 && o.policies.length >= 3) {
		const [formed, policies] = [scenarios.length, o.policies.length];
		const others = {
			en: 'the others were merged, infeasible or failed their check',
			ru: 'остальные объединены, недопустимы или не прошли проверку'
		};
		notes.push({
			en: `Only ${formed} genuinely different scenario(s) could be formed from ${policies} policies; ${others.en}.`,
			ru:
				`Удалось сформировать только ${formed} ` +
				`действительно разных сценария(ев) из ` +
				`${policies} политик; ${others.ru}.`
		});
	}
	return { scenarios, merges, infeasible, failed, models, timings, rework: o.settings.rework ?? [], notes };
}
