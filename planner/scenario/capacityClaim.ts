import type { CoverageEntry } from '../../data/plan/types.js';
import type { AllocationModel, ShipmentIndex } from '../model/modelIndex.js';

/** Shares of a bound within which a column counts as at its bound. */
export const AT_BOUND = 1e-6;

/** How many of the worst-covered region × resource pairs (one per resource) get an explanation. */
export const EXPLAINED = 3;

/** A solution with the duals the explanation reads (reduced costs of columns, duals of rows). */
export interface ExplainedSolution {
	readonly x: ArrayLike<number>;
	readonly colDuals: ArrayLike<number> | null;
	readonly rowDuals: ArrayLike<number> | null;
}

/** An arc into a region whose capacity the duals say limits it, and in how many periods. */
export interface CapacityClaim {
	readonly arc: string;
	readonly resource: string;
	readonly periods: readonly ShipmentIndex[];
}

/** The lowest coverage of each resource, worst first, at most `EXPLAINED`. */
export function worstEntries(coverage: readonly CoverageEntry[]): CoverageEntry[] {
	// One resource nobody can move (housing) should not fill every line.
	const seen = new Set<string>();
	return [...coverage]
		.filter((c) => c.coverage < 0.995)
		.sort(
			(a, b) =>
				a.coverage - b.coverage || a.region.localeCompare(b.region) || a.resource.localeCompare(b.resource)
		)
		.filter((c) => !seen.has(c.resource) && Boolean(seen.add(c.resource)))
		.slice(0, EXPLAINED);
}

/**
 * The transport arc into the entry's region that is at capacity with a non-zero reduced cost for
 * the most periods (the resource or one of its substitutes), or null: a candidate cause, which
 * the planner re-solves with 10% more capacity before it says so.
 */
export function capacityClaim(
	m: AllocationModel,
	solution: ExplainedSolution,
	c: CoverageEntry
): CapacityClaim | null {
	const res = m.input.resources.find((r) => r.id === c.resource);
	const related = new Set([c.resource, ...(res?.substitutes ?? []).map((s) => s.by)]);
	const full = m.shipments.filter(
		(s) =>
			s.to === c.region &&
			related.has(s.resource) &&
			s.upper > 0 &&
			solution.x[s.column]! >= s.upper * (1 - AT_BOUND) &&
			(solution.colDuals === null || Math.abs(solution.colDuals[s.column]!) > 1e-9)
	);
	if (full.length === 0) return null;
	const byArc = new Map<string, ShipmentIndex[]>();
	for (const s of full) byArc.set(s.arc, [...(byArc.get(s.arc) ?? []), s]);
	const [arc, periods] = [...byArc].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]))[0]!;
	return { arc, resource: periods[0]!.resource, periods };
}

/** The arc at capacity with the largest reduced cost in the whole network, or null. */
export function mostValuableArc(m: AllocationModel, solution: ExplainedSolution): ShipmentIndex | null {
	if (!solution.colDuals) return null;
	let best: { s: ShipmentIndex; value: number } | null = null;
	for (const s of m.shipments) {
		const value = -solution.colDuals[s.column]!;
		if (
			s.upper > 0 &&
			solution.x[s.column]! >= s.upper * (1 - AT_BOUND) &&
			value > 1e-9 &&
			(!best || value > best.value)
		)
			best = { s, value };
	}
	return best?.s ?? null;
}
