import { createLpBuilder, type LpBuilder } from '../lp/lpBuilder.js';
import { addPhysicalModel, type PhysicalModel } from './addPhysicalModel.js';
import { addPolicy } from './addPolicy.js';
import type { AllocationModel } from './modelIndex.js';
import { modelDefaults } from './modelDefaults.js';
import type { ModelSettings, PlanningInput, PolicyId } from './types.js';

/** Builds the multi-period allocation LP of one policy over a planning input. */
export function buildAllocationModel(
	input: PlanningInput,
	policy: PolicyId,
	settings: Partial<ModelSettings> = {}
): AllocationModel {
	return allocationModelFactory(input, settings)(policy);
}

/**
 * Builds the physical model (the same for every policy) once, and each policy's model on a copy of
 * it: in a round of five this saves four rebuilds of the largest part.
 */
export function allocationModelFactory(
	input: PlanningInput,
	settings: Partial<ModelSettings> = {}
): (policy: PolicyId) => AllocationModel {
	const s = { ...modelDefaults, ...settings };
	const base = createLpBuilder('resourceos', 'min');
	const shared = addPhysicalModel(base, input, s);
	return (policy) => build(base.fork(), { ...shared, rows: [...shared.rows] }, input, policy, s);
}

function build(
	b: LpBuilder,
	physical: PhysicalModel,
	input: PlanningInput,
	policy: PolicyId,
	s: ModelSettings
): AllocationModel {
	const { minCoverageColumn, triggers } = addPolicy(b, physical, input, policy, s);
	const built = b.build();
	// The policy terms are shares of whole-world totals, so a unit of one region's shortfall costs
	// ~1e-9: below every solver's dual tolerance (1e-7), and CLP stopped early on such a model. The
	// objective is rescaled so its smallest coefficient is ~1e-2 (and its largest at most 1e6);
	// the optimum is unchanged, its value is multiplied by `objectiveScale`.
	const costs = built.variables.map((v) => Math.abs(v.cost)).filter((c) => c > 0);
	const [low, high] = costs.reduce(([lo, hi], c) => [Math.min(lo, c), Math.max(hi, c)], [Infinity, 0]);
	const objectiveScale = costs.length ? Math.max(1, Math.min(1e-2 / low, 1e6 / high)) : 1;
	const model = {
		...built,
		name: `resourceos_${policy.replace(/-/g, '_')}`,
		variables: built.variables.map((v) => ({ ...v, cost: v.cost * objectiveScale }))
	};
	if (physical.rows.length !== model.constraints.length)
		throw new Error(`bug: ${physical.rows.length} row descriptions for ${model.constraints.length} rows`);
	const survival = { quotaFactor: s.survival?.quotaFactor ?? 1, causes: [], cells: new Set<string>() };
	return {
		model,
		policy,
		input,
		settings: s,
		...physical,
		triggers,
		minCoverageColumn,
		objectiveScale,
		survival
	};
}
