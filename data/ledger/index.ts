export type {
	AdoptedPlan,
	AuditEntry,
	ChainReport,
	LedgerOptions,
	PointsEntry,
	QuotaEntry
} from './types.js';
export { entryHash, GENESIS } from './entryHash.js';
export { ledgerDefaults } from './ledgerDefaults.js';
export { ledgerPath } from './ledgerPath.js';
export { migrate } from './migrate.js';
export { migrations, type Migration } from './migrations.js';
export { openLedger } from './openLedger.js';
export type { Ledger } from './types.js';
export { readLedgerCopy } from './readLedgerCopy.js';
export { auditLedger, type Anchor, type AuditVerdict } from './auditLedger.js';
export * from './merkle/index.js';
export * from './record/index.js';
export { verifyChain } from './verifyChain.js';
