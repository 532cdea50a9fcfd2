import { LEVELS, type DayRecord, type ThreatLevel } from '../../sim/index.js';
import type { Criterion, CriterionResult, RunEvidence, Window } from './types.js';

/** Coverage is rounded to 6 decimals in the day records; a full norm may read 0.9999995. */
const ROUNDING = 1e-6;

const inWindow = (daily: readonly DayRecord[], w: Window) =>
	daily.filter((d) => d.day >= w.start && d.day < w.start + w.days);

const levelOf = (d: DayRecord, scope: string): ThreatLevel =>
	scope === 'federation' ? d.threat.federation : (d.threat.regions[scope] ?? 'normal');

/**
 * Judges one criterion on one run, as the documents state it: an absolute figure on the worst day
 * inside the shock window (never a run average, never relative to an unshocked run).
 */
export function judge(criterion: Criterion, e: RunEvidence, window: Window): CriterionResult {
	const days = inWindow(e.daily, window);
	switch (criterion.kind) {
		case 'min-coverage': {
			let worst: CriterionResult = { pass: true, value: Infinity, where: 'none', day: null };
			for (const d of days)
				for (const [region, row] of Object.entries(d.coverage)) {
					if (criterion.regions && !criterion.regions.includes(region)) continue;
					for (const resource of criterion.resources) {
						const value = row[resource];
						if (value !== undefined && value < worst.value)
							worst = { pass: true, value, where: `${region}/${resource}`, day: d.day };
					}
				}
			return { ...worst, pass: worst.value >= criterion.min - ROUNDING };
		}
		case 'threat-level': {
			// The highest level reached, and the first day it was in force.
			let value = 0;
			let day: number | null = null;
			for (const d of days) {
				const rank = LEVELS.indexOf(levelOf(d, criterion.scope));
				if (rank > value || day === null) [value, day] = [Math.max(rank, value), d.day];
			}
			const low = criterion.atLeast ? LEVELS.indexOf(criterion.atLeast) : 0;
			const high = criterion.atMost ? LEVELS.indexOf(criterion.atMost) : LEVELS.length - 1;
			return { pass: value >= low && value <= high, value, where: criterion.scope, day };
		}
		case 'manual-control': {
			const value = e.staleAfterHours ?? Infinity;
			return { pass: value <= criterion.withinHours, value, where: 'ingest stale detection', day: null };
		}
	}
}
