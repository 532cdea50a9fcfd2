export type { LedgerTables, PointsRow, RecordProblem, RecordReport } from './types.js';
export { checkRecord } from './checkRecord.js';
export { pointsRowDigest, setDigest } from './rowDigest.js';
export { readTables } from './readTables.js';
