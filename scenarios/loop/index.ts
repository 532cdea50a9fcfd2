export type {
	Analysis,
	Council,
	CouncilStep,
	LoopCheckpoint,
	LoopCost,
	LoopEvent,
	LoopOptions,
	LoopPorts,
	LoopWarning,
	LoopWorld,
	Made,
	Planner,
	PremiseRule,
	RecordedPremise,
	TickResult
} from './types.js';
export { loopDefaults, premiseDefaults } from './loopDefaults.js';
export { createLoop, loopAdoptions, type Loop } from './createLoop.js';
export { advanceRound, hasEnded } from './advanceRound.js';
export { autoCouncil, autoCouncilDefaults, type AutoCouncilOptions } from './autoCouncil.js';
export { type CouncilElections } from './autoElection.js';
export { correlationCenter, type CorrelationCenterOptions } from './correlationCenter.js';
export { openWorld } from './openWorld.js';
export { panelPool } from './panelPool.js';
export { predictsShortage } from './predictsShortage.js';
export { netFlowDefaults, netFlowWarnings, type NetFlowOptions } from './netFlowWarnings.js';
export { roundIdOf, parseRoundId } from './roundIds.js';
export { telemetryPlanner, storeSnapshot } from './telemetryPlanner.js';
export { observedThreat, type ThreatEvidence } from './observedThreat.js';
export { recordedLevels, threatFromRecord, type RecordedLevel } from './recordedLevels.js';
export { recordedPremise } from './recordedPremise.js';
export { telemetryAdjustments } from './telemetryAdjustments.js';
