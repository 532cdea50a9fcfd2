import type { ModelSettings } from './types.js';

export const modelDefaults: ModelSettings = {
	coverageFloor: 0.9,
	resilientCoverageFloor: 0.85,
	lifelineCoverage: 0.7,
	reserveFloorDays: 3,
	reserveFloorMaxShare: 0.5,
	reserveMonthsCap: 6,
	floorPenalty: 10,
	rework: []
};
