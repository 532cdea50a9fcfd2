export type {
	ThreatCause,
	ThreatConditions,
	ThreatEvent,
	ThreatLevel,
	ThreatOptions,
	ThreatState,
	ThreatSwitches,
	ThreatTrigger
} from './types.js';
export { declaredOnly, threatDefaults } from './defaults.js';
export { LEVELS, stepThreat } from './stepThreat.js';
export {
	effectiveLevel,
	initialThreat,
	stepThreats,
	type FederationThreat,
	type ThreatObservation
} from './stepThreats.js';
export { switchesOf } from './switchesOf.js';
export { observeThreat } from './observeThreat.js';
export { standInIndex } from './standInIndex.js';
