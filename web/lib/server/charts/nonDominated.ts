import type { ScenarioMetrics } from '../../../../data/plan/types.js';

/** Each metric and whether more is better: the trade-offs a scenario is judged on. */
const directions: readonly [Exclude<keyof ScenarioMetrics, 'reserves'>, 1 | -1][] = [
	['minCoverage', 1],
	['meanCoverage', 1],
	['gini', -1],
	['shortfallPersonDays', -1],
	['transportTonneKm', -1],
	['energyKWh', -1],
	['reserveMonths', 1]
];

/** `a` dominates `b`: at least as good on every metric and better on one (Pareto). */
function dominates(a: ScenarioMetrics, b: ScenarioMetrics): boolean {
	let better = false;
	for (const [key, sign] of directions) {
		const d = sign * (a[key] - b[key]);
		if (d < 0) return false;
		if (d > 0) better = true;
	}
	return better;
}

/** Ids of the scenarios no other scenario beats on every metric at once: the real choices. */
export function nonDominated(scenarios: readonly { id: string; metrics: ScenarioMetrics }[]): Set<string> {
	return new Set(
		scenarios
			.filter((s) => !scenarios.some((o) => o !== s && dominates(o.metrics, s.metrics)))
			.map((s) => s.id)
	);
}
