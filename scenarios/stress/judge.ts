import type { Outcome } from '../../sim/index.js';
import type { Criterion, CriterionResult } from './types.js';

/** What a criterion is judged on: the shocked run, the same seed without shocks, and the outage delay (hours; null when not observed). */
export interface Evidence {
	readonly shocked: Outcome;
	readonly baseline: Outcome;
	readonly outageHours: number | null;
}

function worstCoverage(
	outcome: Outcome,
	resources: readonly string[],
	regions: readonly string[] | undefined,
	score: (region: string, resource: string, value: number) => number
) {
	let worst = { value: -Infinity, where: 'none' };
	for (const [region, row] of Object.entries(outcome.coverage)) {
		if (regions && !regions.includes(region)) continue;
		for (const resource of resources) {
			const value = row[resource];
			if (value === undefined) continue;
			const s = score(region, resource, value);
			if (s > worst.value) worst = { value: s, where: `${region}/${resource}` };
		}
	}
	return worst;
}

/** Judges one criterion, dispatched in one switch. */
export function judge(criterion: Criterion, e: Evidence): CriterionResult {
	switch (criterion.kind) {
		case 'coverage-drop': {
			const w = worstCoverage(
				e.shocked,
				criterion.resources,
				undefined,
				(region, resource, value) => (e.baseline.coverage[region]?.[resource] ?? value) - value
			);
			const value = Math.max(0, w.value);
			return { criterion, pass: value <= criterion.max + 1e-9, value, where: value > 0 ? w.where : 'none' };
		}
		case 'min-coverage': {
			const w = worstCoverage(e.shocked, criterion.resources, criterion.regions, (_r, _k, value) => -value);
			const value = -w.value;
			return { criterion, pass: value >= criterion.min - 1e-9, value, where: w.where };
		}
		case 'shortfall-increase': {
			const base = e.baseline.metrics.shortfallPersonDays;
			const value = (e.shocked.metrics.shortfallPersonDays - base) / Math.max(1, base);
			return { criterion, pass: value <= criterion.max + 1e-9, value, where: 'all regions' };
		}
		case 'outage-visible': {
			const value = e.outageHours ?? Infinity;
			return { criterion, pass: value <= criterion.withinHours, value, where: 'sensor readings' };
		}
	}
}
