import type { PlannerOptions } from './types.js';

export const plannerDefaults: PlannerOptions = {
	policies: ['equity-first', 'least-transport', 'most-resilient', 'local-self-sufficiency', 'balanced'],
	settings: {},
	mergeDistance: 0.005,
	mergeReserveDays: 3,
	explainResolveMaxVariables: 20000,
	warmStartMinVariables: 20000,
	check: {},
	currentPlan: null,
	idPrefix: 'round-1'
};
