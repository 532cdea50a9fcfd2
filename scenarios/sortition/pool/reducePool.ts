import type { Pool, Quotas } from '../types.js';

/** Pool and quotas for the seats still open when `kept` panelists stay and `dropouts` leave. */
export type Reduced =
	| { readonly status: 'ok'; readonly pool: Pool; readonly quotas: Quotas }
	| { readonly status: 'invalid'; readonly issues: readonly string[] };

/**
 * Replacement draws re-run the same optimisation on what is left: the kept panelists are fixed, so their
 * households leave the pool and their seats are taken off every quota cell they count towards; the dropouts
 * leave the pool. The quotas of the full panel are therefore kept exactly.
 */
export function reducePool(
	pool: Pool,
	quotas: Quotas,
	kept: readonly string[],
	dropouts: readonly string[]
): Reduced {
	const byId = new Map(pool.volunteers.map((v) => [v.id, v]));
	const issues: string[] = [];
	for (const id of [...kept, ...dropouts])
		if (!byId.has(id)) issues.push(`volunteer ${JSON.stringify(id)} is not in the pool`);
	for (const id of dropouts)
		if (kept.includes(id)) issues.push(`volunteer ${JSON.stringify(id)} is both kept and a dropout`);
	if (issues.length) return { status: 'invalid', issues };
	const keptHouseholds = new Set(kept.map((id) => byId.get(id)!.household));
	const gone = new Set([...kept, ...dropouts]);
	const categories: Record<string, Record<string, { min: number; max: number }>> = {};
	for (const [k, values] of Object.entries(quotas.categories)) {
		categories[k] = {};
		for (const [value, b] of Object.entries(values)) {
			const fixed = kept.filter((id) => byId.get(id)!.features[k] === value).length;
			categories[k][value] = { min: Math.max(0, b.min - fixed), max: b.max - fixed };
			if (b.max - fixed < 0) issues.push(`${k}=${value}: the kept panelists already exceed its max ${b.max}`);
		}
	}
	if (issues.length) return { status: 'invalid', issues };
	return {
		status: 'ok',
		pool: {
			categories: pool.categories,
			volunteers: pool.volunteers.filter((v) => !gone.has(v.id) && !keptHouseholds.has(v.household))
		},
		quotas: { panelSize: quotas.panelSize - kept.length, categories }
	};
}
