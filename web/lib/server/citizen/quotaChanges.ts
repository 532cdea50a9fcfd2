import type { AuditEntry } from '../../../../data/ledger/index.js';
import type { Quota } from '../../../../data/plan/types.js';

/** A region's quota of one resource as adopted, with the one it replaced (null: the first). */
export interface QuotaChange {
	readonly resource: string;
	readonly perPersonPerDay: number;
	readonly previous: number | null;
	readonly round: string;
	readonly effectiveFrom: string;
	readonly at: number;
}

/**
 * The region's quotas in force and what each replaced, from the public audit log's `quotas`
 * entries (every adoption logs its plan's quotas there), oldest adoption first; the last one rules.
 */
export function quotaChanges(audit: readonly AuditEntry[], region: string): QuotaChange[] {
	const adoptions = audit
		.filter((e) => e.kind === 'quotas')
		.map((e) => ({ entry: e, data: JSON.parse(e.payload) as { effectiveFrom: string; quotas: Quota[] } }));
	const last = adoptions.at(-1);
	if (!last) return [];
	const before = adoptions.at(-2);
	const previousOf = (resource: string) =>
		before?.data.quotas.find((q) => q.region === region && q.resource === resource)?.perPersonPerDay ?? null;
	return last.data.quotas
		.filter((q) => q.region === region)
		.map((q) => ({
			resource: q.resource,
			perPersonPerDay: q.perPersonPerDay,
			previous: previousOf(q.resource),
			round: last.entry.round,
			effectiveFrom: last.data.effectiveFrom,
			at: last.entry.at
		}));
}
