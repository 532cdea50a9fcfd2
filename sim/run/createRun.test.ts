import { describe, expect, it } from 'vitest';
import { defaultReferencePaths, loadReference } from '../../data/reference/index.js';
import type { Plan } from '../../data/plan/types.js';
import { createRng } from '../rng/createRng.js';
import { createRun } from './createRun.js';
import type { Run } from './types.js';

const reference = await loadReference(defaultReferencePaths);

function days(run: Run, n: number) {
	for (let d = 0; d < n; d++) {
		run.beginDay();
		for (let s = 0; s < run.stepsPerDay; s++) run.step();
		run.endDay();
	}
}

describe('a run driven by the decision loop', () => {
	it('adopts a new plan mid-run; goods on the road still arrive and the books balance', () => {
		const prepared = createRun({ reference, rng: createRng(1), options: { days: 21 } });
		if (prepared.status !== 'ready') throw new Error('invalid');
		const { run } = prepared;
		days(run, 7);
		const ship = (arc: string, resource: string, from: string): Plan => ({
			start: from,
			periodDays: 7,
			periods: 1,
			quotas: [],
			allocations: [],
			production: [],
			transfers: [{ arc, resource, period: 0, amount: 70_000 }]
		});
		expect(run.adopt(ship('river-valley->sun-coast:road', 'wheat', '2026-01-08'))).toEqual({ status: 'ok' });
		days(run, 7);
		// The next plan ships elsewhere; wheat sent on the 3-day road in the last days must still arrive.
		expect(run.adopt(ship('river-valley->capital:road', 'food', '2026-01-15'))).toEqual({ status: 'ok' });
		const bad = run.adopt({ ...ship('nowhere', 'wheat', '2026-01-15') });
		expect(bad.status).toBe('invalid');
		days(run, 7);
		const { outcome } = run.finish();
		expect(outcome.daily[6]!.transportTonneKm).toBe(0);
		expect(outcome.daily[7]!.transportTonneKm).toBeGreaterThan(0);
		expect(outcome.daily[14]!.transportTonneKm).toBeGreaterThan(0);
		expect(outcome.balance.wheat!.inTransit).toBe(0);
		for (const b of Object.values(outcome.balance))
			expect(Math.abs(b.residual)).toBeLessThanOrEqual(1e-9 * Math.max(1, b.initial + b.produced));
	});
});
