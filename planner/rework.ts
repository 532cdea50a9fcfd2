import type { PlanningInput, ReworkReason } from './model/types.js';
import { planRound, type RoundContext } from './planRound.js';
import { describeEffect, describeRework } from './scenario/describeRework.js';
import type { Solvers } from './solver/solveChecked.js';
import type { PlannerOptions, RoundResult } from './types.js';

/**
 * Re-plans a round that reviewers or the panel sent back: the typed reasons are added to the
 * previous round's model changes, every policy is solved again, and each new scenario says what
 * changed in the model and how its figures moved against the same policy's previous scenario.
 */
export async function rework(
	previous: RoundResult,
	reasons: readonly ReworkReason[],
	input: PlanningInput,
	solvers: Solvers,
	options: Partial<PlannerOptions> = {},
	context: RoundContext = {}
): Promise<RoundResult> {
	const all = [...previous.rework, ...reasons];
	const changes = describeRework(reasons, input);
	const round = await planRound(
		input,
		solvers,
		{ ...options, settings: { ...options.settings, rework: all } },
		{ ...context, changes }
	);
	const before = new Map(
		previous.scenarios.flatMap((s) => [
			[s.policy, s] as const,
			...(s.mergedPolicies ?? []).map((p) => [p, s] as const)
		])
	);
	return {
		...round,
		scenarios: round.scenarios.map((s) => {
			const old = before.get(s.policy);
			return old ? { ...s, changes: [...(s.changes ?? []), describeEffect(old, s)] } : s;
		})
	};
}
