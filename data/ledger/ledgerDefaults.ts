import type { LedgerOptions } from './types.js';

/** Ballot times in the audit log are kept to the hour. */
export const ledgerDefaults: LedgerOptions = { ballotTimeGrain: 60 * 60 * 1000 };
