import { describe, expect, it } from 'vitest';
import { parseOrThrow } from '../../data/schema/index.js';
import { defaultReferencePaths, loadReference } from '../../data/reference/index.js';
import planJson from '../cases/demo-relief.plan.json' with { type: 'json' };
import { PlanSchema } from '../plan/schema.js';
import { createRng } from '../rng/createRng.js';
import type { Shock } from '../shocks/types.js';
import { runSimulationSync } from './runSimulation.js';

const reference = await loadReference(defaultReferencePaths);
const plan = parseOrThrow(PlanSchema, planJson, 'demo-relief.plan.json');

const run = (shocks: Shock[], withPlan = true) => {
	const result = runSimulationSync({
		reference,
		rng: createRng(2),
		...(withPlan ? { plan } : {}),
		shocks,
		options: { days: 91, recordDays: false, citizens: { perRegion: 0 } }
	});
	if (result.status !== 'ok') throw new Error(JSON.stringify(result.issues));
	return result.outcome;
};

describe('plan deviations reported', () => {
	it('names the transfers a closed road stopped, and what of the plan was executed', () => {
		const open = run([]).deviations!;
		const closed = run([
			{ kind: 'arc-closure', start: 0, days: 91, arc: 'river-valley->capital:road' }
		]).deviations!;
		expect(open.transfers.planned).toBe(closed.transfers.planned);
		expect(closed.transfers.executed).toBeLessThan(open.transfers.executed);
		const road = closed.transfers.short.filter((s) => s.arc === 'river-valley->capital:road');
		expect(road.map((s) => s.resource).sort()).toEqual(['food', 'wheat']);
		for (const s of road) expect(s.executed).toBe(0);
		expect(open.transfers.short.some((s) => s.arc === 'river-valley->capital:road')).toBe(false);
		for (const d of [open, closed]) {
			expect(d.production.executed).toBeLessThanOrEqual(d.production.planned);
			expect(d.production.planned).toBeGreaterThan(0);
		}
	});

	it('names production targets a capacity loss made impossible', () => {
		const burnt = run([
			{ kind: 'capacity-loss', start: 0, days: 91, region: 'river-valley', resource: 'wheat', fraction: 1 }
		]).deviations!;
		expect(burnt.production.short).toContainEqual(
			expect.objectContaining({ region: 'river-valley', resource: 'wheat', executed: 0 })
		);
	});

	it('is null without a plan', () => {
		expect(run([], false).deviations).toBeNull();
	});
});
