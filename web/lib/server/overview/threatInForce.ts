import type { Ledger } from '../../../../data/ledger/index.js';
import type { ThreatLevel } from '../../../../scenarios/loop/index.js';

/** The threat level the loop last recorded in the audit log, and since when (null: never raised, green). */
export function threatInForce(ledger: Pick<Ledger, 'audit'>): {
	readonly level: ThreatLevel;
	readonly since: number | null;
} {
	const last = ledger
		.audit('loop')
		.filter((e) => e.kind === 'threat-level')
		.at(-1);
	if (!last) return { level: 'green', since: null };
	return { level: (JSON.parse(last.payload) as { level: ThreatLevel }).level, since: last.at };
}
