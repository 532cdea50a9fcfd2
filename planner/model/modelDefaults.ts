import { survivalRule } from './survivalRule.js';
import type { ModelSettings } from './types.js';

export const modelDefaults: ModelSettings = {
	coverageFloor: 0.9,
	resilientCoverageFloor: 0.85,
	lifelineCoverage: 0.7,
	reserveFloorDays: 3,
	reserveFloorMaxShare: 0.5,
	reserveMonthsCap: 6,
	shortfallPenalty: 100,
	shortfallBreakpoints: [0.5, 0.25],
	lifelineResources: ['water', 'medicine'],
	lifelineMultiplier: 100,
	endStockDays: 14,
	survival: survivalRule(),
	survivalTriggerMargin: 1.15,
	sitesProduceToNeed: false,
	rework: []
};
