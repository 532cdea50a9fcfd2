export type {
	AccrualRule,
	AccrualTable,
	AwardLog,
	Contribution,
	Ledger,
	LedgerOp,
	LedgerRefusal,
	LedgerResult,
	PointsLedger,
	PointsOptions,
	PointsPosting,
	PointsStore
} from './types.js';
export { defaults as pointsDefaults } from './defaults.js';
export { createLedger } from './createLedger.js';
export { createMemoryStore } from './createMemoryStore.js';
export { createPointsLedger, pointsFor } from './createPointsLedger.js';
export { detectGaming, gamingDefaults, type GamingFinding, type GamingOptions } from './detectGaming.js';
