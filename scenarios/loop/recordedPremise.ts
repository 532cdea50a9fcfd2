import * as v from 'valibot';
import type { AuditEntry } from '../../data/ledger/types.js';
import type { RecordedPremise } from './types.js';

const Recorded = v.object({
	round: v.string(),
	made: v.array(v.object({ region: v.string(), resource: v.string(), amount: v.number() }))
});

/**
 * The last adopted plan's premise, read back from the loop's audit entries (kind `plan-premise`), or null when
 * none was recorded. An entry that does not parse is a bug of the writer or a tampered log (the chain's `verify`
 * says which): it throws, naming it.
 */
export function recordedPremise(entries: readonly AuditEntry[]): RecordedPremise | null {
	let last: RecordedPremise | null = null;
	for (const e of entries) {
		if (e.round !== 'loop' || e.kind !== 'plan-premise') continue;
		const parsed = v.safeParse(Recorded, JSON.parse(e.payload));
		if (!parsed.success)
			throw new Error(
				`audit entry ${e.seq} (plan-premise): ${parsed.issues.map((i) => `${v.getDotPath(i)}: ${i.message}`).join('; ')}`
			);
		last = parsed.output;
	}
	return last;
}
