export type * from './types.js';
export { electionLedger, exportElection, type AuditLog, type ElectionLedger } from './electionLedger.js';
export { readElection } from './readElection.js';
export { electionEventSchemas, roundOf } from './electionEvents.js';
