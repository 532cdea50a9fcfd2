export type {
	BallotStage,
	Panel,
	PanelCommit,
	PanelDrawer,
	PanelDrawRecord,
	PanelReveal,
	PoolMember,
	ReturnReason,
	Round,
	RoundAction,
	RoundEffect,
	RoundError,
	RoundEvent,
	RoundOptions,
	RoundOutcome,
	RoundScenario,
	RoundState,
	RoundStore,
	ScenarioStanding,
	StepContext,
	StepResult,
	AuditKind,
	SeedCommit,
	SeedReveal
} from './types.js';
export { revealSeed } from './revealSeed.js';
export { seedRevealOf } from './seedRevealOf.js';
export { ballotBox } from './ballotBox.js';
export { createRound, planHash, type NewRound } from './createRound.js';
export {
	createRoundDesk,
	type ActResult,
	type CastResult,
	type Invitation,
	type RoundDesk,
	type RoundDeskPorts
} from './createRoundDesk.js';
export { roundDefaults } from './roundDefaults.js';
export { standingIds } from './standingIds.js';
export { step, allowed as allowedActions } from './step.js';
export { uniformPanelDrawer } from './uniformPanelDrawer.js';
export {
	amendableParameters,
	checkAmendments,
	reworkRequest,
	reworkRequests,
	type ReworkRequest
} from './reworkRequests.js';
export { dueActions } from './dueActions.js';
