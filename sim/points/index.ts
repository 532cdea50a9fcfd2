export type {
	AccrualRule,
	AccrualTable,
	Contribution,
	Ledger,
	LedgerOp,
	LedgerRefusal,
	LedgerResult,
	PointsOptions
} from './types.js';
export { defaults as pointsDefaults } from './defaults.js';
export { createLedger } from './createLedger.js';
export { applyOperation, pointsFor } from './applyOperation.js';
export { burnOf, yearlyBurn } from './yearlyBurn.js';
export { detectGaming, gamingDefaults, type GamingFinding, type GamingOptions } from './detectGaming.js';
