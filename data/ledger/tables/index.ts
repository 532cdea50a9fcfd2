export type { AppendEvent, Upkeep } from './types.js';
export { createAuditLog } from './createAuditLog.js';
export { createBallotTables } from './createBallotTables.js';
export { createPlanTables } from './createPlanTables.js';
export { createPointsAccounts } from './createPointsAccounts.js';
export { createRosterTable } from './createRosterTable.js';
export { createRoundTables } from './createRoundTables.js';
export { createUpkeep } from './createUpkeep.js';
export { openDatabase } from './openDatabase.js';
