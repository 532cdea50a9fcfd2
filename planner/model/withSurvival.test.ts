import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildAllocationModel } from './buildAllocationModel.js';
import type { PlanningInput } from './types.js';
import { withSurvival } from './withSurvival.js';

const depot = JSON.parse(
	readFileSync(new URL('./cases/scarce-depot.json', import.meta.url), 'utf8')
) as PlanningInput;

describe('a model of the world in survival mode', () => {
	// The council asked for 90% of every need in the City; in period 0 the world will cut quotas to 70%.
	const base = buildAllocationModel(depot, 'equity-first', {
		rework: [{ kind: 'priority', region: 'city', minCoverage: 0.9 }]
	});
	const m = withSurvival(base, [{ region: 'city', period: 0, resource: 'water', coverage: 0.3 }]);
	const priority = (period: number) =>
		base.rows.flatMap((row, i) =>
			row.kind === 'priority' && row.period === period
				? [{ resource: row.resource!, before: base.model.constraints[i]!, after: m.model.constraints[i]! }]
				: []
		);
	const needOf = (resource: string, period: number) =>
		base.cells.find((c) => c.region === 'city' && c.resource === resource && c.period === period)!;

	it('serves each flow need at most at the cut, and holds a priority guarantee there at the cut, not above it', () => {
		const flows = priority(0).filter(({ resource }) => needOf(resource, 0).kind === 'flow');
		expect(flows.length).toBeGreaterThan(0);
		for (const { resource, before, after } of flows) {
			const cell = needOf(resource, 0);
			expect(before.lower).toBeCloseTo(0.9 * cell.need, 9);
			expect(after.lower).toBeCloseTo(0.7 * cell.need, 9);
			expect(m.model.variables[cell.shortfall]!.lower).toBeCloseTo(0.3 * cell.need, 9);
		}
	});

	it('leaves the guarantee whole in the periods the world does not cut', () => {
		for (const { before, after } of priority(1)) expect(after.lower).toBe(before.lower);
	});
});
