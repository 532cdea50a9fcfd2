import { defaults } from './defaults.js';
import type { CorrelationOptions, CorrelationReport, Relation } from './types.js';

/** How a relation changed between two scheduled runs. */
export type RelationChange =
	| { readonly kind: 'new'; readonly relation: Relation }
	| { readonly kind: 'weakening'; readonly relation: Relation; readonly before: Relation }
	| { readonly kind: 'gone'; readonly before: Relation };

/** What a scheduled call did: nothing yet (with when it is due), or a recompute with the changes against the last run. */
export type RecomputeOutcome =
	| { readonly status: 'not-due'; readonly dueAt: number }
	| {
			readonly status: 'recomputed';
			readonly report: CorrelationReport;
			readonly changes: readonly RelationChange[];
			readonly dueAt: number;
	  };

const key = (r: Relation) => `${r.a}\u0000${r.b}`;

/**
 * Compares two runs pair by pair (the best lag may move between runs):
 * `weakening` — significant before, and now p > weakenAbove (0.05) or the pair was not testable;
 * `new` — significant now, not before; `gone` — significant before, now neither significant nor weakening
 * (p between the bar and 0.05): it no longer meets the bar but has not clearly faded.
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
		const r = now.get(key(b));
		if (!r) changes.push({ kind: 'gone', before: b });
		else if (r.p > o.weakenAbove) changes.push({ kind: 'weakening', relation: r, before: b });
		else if (!r.significant) changes.push({ kind: 'gone', before: b });
	}
	return changes;
}

/**
 * The weekly (by default) recompute: if `recomputeEveryDays` have passed since the last report (or there is none),
 * runs `analyse` at the clock's time and returns the changes; otherwise says when it is due. Time comes only from `clock`.
 */
export function runScheduledRecompute(input: {
	readonly clock: () => Date;
	readonly previous: CorrelationReport | null;
	readonly analyse: (at: number) => CorrelationReport;
	readonly options?: Partial<CorrelationOptions>;
}): RecomputeOutcome {
	const o = { ...defaults, ...input.options };
	const now = input.clock().getTime();
	const every = o.recomputeEveryDays * 86_400_000;
	const due = input.previous ? input.previous.at + every : now;
	if (now < due) return { status: 'not-due', dueAt: due };
	const report = input.analyse(now);
	return {
		status: 'recomputed',
		report,
		changes: compareRuns(input.previous, report, o),
		dueAt: now + every
	};
}
