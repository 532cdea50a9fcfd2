import type { AuditEntry } from '../types.js';
import { checkBallotTable } from './checkBallotTable.js';
import { checkOtherTables } from './checkOtherTables.js';
import type { LedgerTables, RecordProblem, RecordReport } from './types.js';
import { walkChain } from './walkChain.js';

/**
 * The self-verifying record: recomputes every sealed ballot list, every tally and decision from the
 * chain alone, then checks that each table the decision depends on (rounds, ballots, credentials,
 * plans, quotas, points) says what the chain says. Run it on a chain already found intact.
 */
export function checkRecord(entries: readonly AuditEntry[], tables: LedgerTables): RecordReport {
	const problems: RecordProblem[] = [];
	const facts = walkChain(entries, problems);
	const ballots = checkBallotTable(tables, facts.rounds, problems);
	checkOtherTables(tables, facts, problems);
	return problems.length === 0
		? { status: 'consistent', rounds: tables.rounds.length, ballots }
		: { status: 'inconsistent', problems };
}
