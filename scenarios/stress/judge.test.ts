import { describe, expect, it } from 'vitest';
import type { DayRecord, ThreatLevel } from '../../sim/index.js';
import { judge } from './judge.js';
import type { RunEvidence } from './types.js';

/** A day record with only what the judge reads: coverage per region and resource, and threat levels. */
function day(
	d: number,
	coverage: Record<string, Record<string, number>>,
	federation: ThreatLevel = 'normal',
	regions: Record<string, ThreatLevel> = {}
): DayRecord {
	return { day: d, coverage, threat: { federation, regions } } as unknown as DayRecord;
}

/** 100 days at full water in both regions; the Steppe's falls 44 points on day 76 only. */
const drought: RunEvidence = {
	daily: Array.from({ length: 100 }, (_, d) =>
		day(d, { steppe: { water: d === 76 ? 0.56 : 1, food: 1 }, delta: { water: 1, food: d === 10 ? 0.2 : 1 } })
	),
	staleAfterHours: null,
	decisions: []
};

describe('judging a criterion on the worst day inside the window', () => {
	it('judges a one-day 44-point drop as 0.56 coverage on that day, not as a run average', () => {
		const result = judge({ kind: 'min-coverage', resources: ['water'], min: 0.9 }, drought, {
			start: 60,
			days: 30
		});
		expect(result).toEqual({ pass: false, value: 0.56, where: 'steppe/water', day: 76 });
		// The run's mean water coverage is 0.9978: an average would have hidden the day.
		const mean = drought.daily.reduce((s, d) => s + d.coverage.steppe!.water!, 0) / drought.daily.length;
		expect(mean).toBeGreaterThan(0.99);
	});

	it('ignores days outside the window and regions outside `regions`', () => {
		const window = { start: 60, days: 30 };
		expect(judge({ kind: 'min-coverage', resources: ['food'], min: 0.9 }, drought, window).pass).toBe(true);
		expect(
			judge({ kind: 'min-coverage', resources: ['food'], min: 0.9 }, drought, { start: 0, days: 30 })
		).toMatchObject({ pass: false, value: 0.2, where: 'delta/food', day: 10 });
		expect(
			judge({ kind: 'min-coverage', resources: ['water'], regions: ['delta'], min: 1 }, drought, window).pass
		).toBe(true);
	});

	it('judges threat levels by the highest level reached and the day it was first in force', () => {
		const e: RunEvidence = {
			daily: [
				day(0, {}),
				day(1, {}, 'yellow', { capital: 'yellow' }),
				day(2, {}, 'yellow', { capital: 'red' })
			],
			staleAfterHours: null,
			decisions: []
		};
		const all = { start: 0, days: 3 };
		expect(
			judge({ kind: 'threat-level', scope: 'capital', atLeast: 'yellow', atMost: 'yellow' }, e, all)
		).toEqual({
			pass: false,
			value: 2,
			where: 'capital',
			day: 2
		});
		expect(judge({ kind: 'threat-level', scope: 'federation', atLeast: 'red' }, e, all)).toMatchObject({
			pass: false,
			value: 1,
			day: 1
		});
		expect(judge({ kind: 'threat-level', scope: 'delta', atMost: 'normal' }, e, all).pass).toBe(true);
	});

	it('judges manual control by the hours the ingest took to flag stale series; never flagged fails', () => {
		const at = (h: number | null): RunEvidence => ({ daily: [], staleAfterHours: h, decisions: [] });
		const c = { kind: 'manual-control', withinHours: 1 } as const;
		const w = { start: 0, days: 1 };
		expect(judge(c, at(1), w).pass).toBe(true);
		expect(judge(c, at(2), w)).toMatchObject({ pass: false, value: 2 });
		expect(judge(c, at(Infinity), w).pass).toBe(false);
		expect(judge(c, at(null), w).pass).toBe(false);
	});
});
