import { defaults } from './defaults.js';
import type { CorrelationOptions, CorrelationReport, Relation, RelationChange } from './types.js';

/** What a scheduled call did: nothing yet (with when it is due), or a recompute with the changes against the last run. */
export type RecomputeOutcome =
	| { readonly status: 'not-due'; readonly dueAt: number }
	| {
			readonly status: 'recomputed';
			readonly report: CorrelationReport;
			readonly changes: readonly RelationChange[];
			readonly dueAt: number;
	  };

const key = (r: Pick<Relation, 'a' | 'b'>) => `${r.a}\u0000${r.b}`;

/** p of a pair now at a given lag (NaN when that lag was not tested now). */
function pAtLag(relation: Relation, lag: number, maxLag: number): number {
	const p = relation.pByLag[lag + maxLag];
	return typeof p === 'number' ? p : Number.NaN;
}

/**
 * Compares two runs pair by pair. A relation significant before is judged at the lag reported before, not at the
 * best of the lags tested now (the best of 15 chance p-values is often below 0.05, which called a vanished relation
 * `gone` instead of `weakening` in half the trials):
 * `weakening` — significant before and now not, with p at the reported lag above weakenAbove (0.05), or untestable;
 * `gone` — significant before, now not, with p at the reported lag between the bar and 0.05;
 * `new` — significant now, not before. A relation still significant (at any lag) is no change.
 */
export function compareRuns(
	previous: CorrelationReport | null,
	current: CorrelationReport,
	options: Partial<CorrelationOptions> = {}
): RelationChange[] {
	const o = { ...defaults, ...options };
	const before = new Map((previous?.relations ?? []).map((r) => [key(r), r]));
	const now = new Map(current.relations.map((r) => [key(r), r]));
	const changes: RelationChange[] = [];
	for (const r of current.relations) {
		const b = before.get(key(r));
		if (r.significant && !b?.significant) changes.push({ kind: 'new', relation: r });
	}
	for (const b of previous?.relations ?? []) {
		if (!b.significant) continue;
		const r = now.get(key(b)) ?? null;
		if (r?.significant) continue;
		const p = r ? pAtLag(r, b.lag, current.options.maxLag) : Number.NaN;
		if (r && p <= o.weakenAbove) changes.push({ kind: 'gone', before: b, relation: r, pAtReportedLag: p });
		else changes.push({ kind: 'weakening', before: b, relation: r, pAtReportedLag: p });
	}
	return changes;
}

/**
 * The weekly (by default) recompute: if `recomputeEveryDays` have passed since the last report (or there is none,
 * or `force`), runs `analyse` at `now` and returns the changes; otherwise says when it is due. Time is a parameter.
 */
export async function runScheduledRecompute(input: {
	readonly now: number;
	readonly previous: CorrelationReport | null;
	readonly analyse: (at: number) => CorrelationReport | Promise<CorrelationReport>;
	readonly options?: Partial<CorrelationOptions>;
	readonly force?: boolean;
}): Promise<RecomputeOutcome> {
	const o = { ...defaults, ...input.options };
	const every = o.recomputeEveryDays * 86_400_000;
	const due = input.previous ? input.previous.at + every : input.now;
	if (input.now < due && !input.force) return { status: 'not-due', dueAt: due };
	const report = await input.analyse(input.now);
	return {
		status: 'recomputed',
		report,
		changes: compareRuns(input.previous, report, o),
		dueAt: input.now + every
	};
}
