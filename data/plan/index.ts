export type {
	Allocation,
	CoverageEntry,
	Plan,
	ProductionTarget,
	ProposedScenario,
	Quota,
	ScenarioDeltas,
	ScenarioMetrics,
	ScenarioVerification,
	Transfer
} from './types.js';
