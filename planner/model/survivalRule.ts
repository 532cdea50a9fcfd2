import { defaults as simDefaults } from '../../sim/defaults.js';
import type { SimOptions } from '../../sim/types.js';
import type { SurvivalRule } from './types.js';

/**
 * The survival protocol as the simulation applies it, read from its options so the planner and
 * the world share one rule: the plan predicts the cut the world will make instead of promising
 * deliveries that survival mode then takes back.
 */
export function survivalRule(options: Pick<SimOptions, 'threat' | 'rationing'> = simDefaults): SurvivalRule {
	const { threat } = options;
	return {
		quotaFactor: threat.survivalQuotaFactor,
		lifeline: threat.lifeline,
		lifelineResources: threat.lifelineResources,
		regionBelowLifelineAtLeast: threat.region.survival.belowLifelineAtLeast,
		federationRegionsAtLeast: threat.federation.survival.regionsAtLeast,
		federationStockDaysBelow: threat.federation.survival.stockDaysBelow,
		rationing: options.rationing
	};
}
