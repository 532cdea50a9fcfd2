import { describe, expect, it } from 'vitest';
import { seededRandom } from '../forecast/seededRandom.js';
import { analyseRelations } from './analyseRelations.js';
import { runScheduledRecompute } from './recompute.js';
import type { NamedSeries } from './types.js';

const DAY = 86_400_000;

// Two weeks of hourly data; in week 1 consumption follows temperature, in week 2 that link breaks and a new one appears.
function week(seed: number, linked: 'temperature' | 'occupancy'): NamedSeries[] {
	const rng = seededRandom(seed);
	const temperature = Array.from({ length: 168 }, () => rng.normal());
	const occupancy = Array.from({ length: 168 }, () => rng.normal());
	const driver = linked === 'temperature' ? temperature : occupancy;
	const consumption = driver.map((_, t) => (t > 0 ? 0.8 * driver[t - 1]! : 0) + 0.5 * rng.normal());
	return [
		{ id: 'x/temperature', values: temperature },
		{ id: 'x/occupancy', values: occupancy },
		{ id: 'x/consumption', values: consumption }
	];
}

describe('runScheduledRecompute', () => {
	const options = { preparation: 'none' as const, maxLag: 2 };
	it('runs weekly by the clock and flags weakening and new relations', async () => {
		const start = Date.UTC(2026, 0, 5);
		const first = await runScheduledRecompute({
			now: start,
			previous: null,
			analyse: (at) => analyseRelations(week(1, 'temperature'), at, options),
			options
		});
		expect(first.status).toBe('recomputed');
		if (first.status !== 'recomputed') return;
		expect(first.changes.map((c) => c.kind)).toEqual(['new']);
		expect(first.dueAt).toBe(start + 7 * DAY);

		const early = await runScheduledRecompute({
			now: start + 6 * DAY,
			previous: first.report,
			analyse: () => {
				throw new Error('must not run');
			},
			options
		});
		expect(early).toEqual({ status: 'not-due', dueAt: start + 7 * DAY });

		const second = await runScheduledRecompute({
			now: start + 7 * DAY,
			previous: first.report,
			analyse: (at) => analyseRelations(week(2, 'occupancy'), at, options),
			options
		});
		if (second.status !== 'recomputed') throw new Error('expected a recompute');
		const weakening = second.changes.find((c) => c.kind === 'weakening');
		const fresh = second.changes.find((c) => c.kind === 'new');
		expect(weakening?.kind === 'weakening' && `${weakening.before.a}~${weakening.before.b}`).toBe(
			'x/consumption~x/temperature'
		);
		expect(weakening?.kind === 'weakening' && weakening.pAtReportedLag).toBeGreaterThan(0.05);
		expect(fresh?.kind === 'new' && `${fresh.relation.a}~${fresh.relation.b}`).toBe(
			'x/consumption~x/occupancy'
		);
	});

	it('calls a relation that vanished "weakening", judged at the lag reported before (not the best of 15 lags)', async () => {
		let weakening = 0;
		let gone = 0;
		for (let trial = 0; trial < 60; trial++) {
			const first = analyseRelations(week(100 + trial, 'temperature'), 0, { maxLag: 7 });
			// Next week nothing drives consumption: a fresh driver-free week.
			const next = week(500 + trial, 'temperature').map((s) =>
				s.id === 'x/consumption' ? { ...s, values: week(900 + trial, 'occupancy')[1]!.values } : s
			);
			const outcome = await runScheduledRecompute({
				now: 7 * DAY,
				previous: first,
				analyse: (at) => analyseRelations(next, at, { maxLag: 7 })
			});
			if (outcome.status !== 'recomputed') throw new Error('expected a recompute');
			for (const c of outcome.changes) {
				if (c.kind === 'new' || c.before.a !== 'x/consumption' || c.before.b !== 'x/temperature') continue;
				if (c.kind === 'weakening') weakening++;
				if (c.kind === 'gone') gone++;
			}
		}
		// At a fixed lag p > 0.05 with probability 0.95 under no relation: about 57 of 60.
		expect(weakening + gone).toBe(60);
		expect(weakening).toBeGreaterThanOrEqual(52);
	});
});
