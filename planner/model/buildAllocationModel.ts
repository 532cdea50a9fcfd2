import { createLpBuilder } from '../lp/lpBuilder.js';
import { addPhysicalModel } from './addPhysicalModel.js';
import { addPolicy } from './addPolicy.js';
import type { AllocationModel } from './modelIndex.js';
import { modelDefaults } from './modelDefaults.js';
import type { ModelSettings, PlanningInput, PolicyId } from './types.js';

/** Builds the multi-period allocation LP of one policy over a planning input. */
export function buildAllocationModel(input: PlanningInput, policy: PolicyId, settings: Partial<ModelSettings> = {}): AllocationModel {
	const s = { ...modelDefaults, ...settings };
	const b = createLpBuilder(`resourceos_${policy.replace(/-/g, '_')}`, 'min');
	const physical = addPhysicalModel(b, input, s);
	const { minCoverageColumn } = addPolicy(b, physical, input, policy, s);
	const model = b.build();
	if (physical.rows.length !== model.constraints.length) throw new Error(`bug: ${physical.rows.length} row descriptions for ${model.constraints.length} rows`);
	return { model, policy, input, settings: s, ...physical, minCoverageColumn };
}
