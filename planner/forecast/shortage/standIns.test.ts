import { describe, expect, it } from 'vitest';
import { standInsTestCatalogue as catalogue } from '../../../data/plan/standInsTestCatalogue.js';
import { standInsOf } from '../../../data/plan/standIns.js';
import { flowsWithStandIns, productionWithStandIns } from './standIns.js';

describe('stand-ins of a good in telemetry series', () => {
	it('adds to a flow, window by window, only what is drawn as this good', () => {
		const [wheat] = standInsOf(catalogue, 'food');
		const [rye] = standInsOf(catalogue, 'bread');
		expect(flowsWithStandIns([1, 2], [{ of: wheat!, values: [1, 0] }])).toEqual([3401, 2]);
		expect(flowsWithStandIns(undefined, [{ of: wheat!, values: [1, 0] }])).toEqual([3400, 0]);
		expect(flowsWithStandIns([5], [{ of: rye!, values: [7] }])).toEqual([5]);
		expect(flowsWithStandIns(undefined, [])).toBeUndefined();
	});

	it("adds what is made of a region's stand-ins to the good's own production, region by region", () => {
		const production = new Map([
			['a\u0000food', [100, 100]],
			['a\u0000wheat', [1, 2]],
			['b\u0000wheat', [3, 0]],
			['a\u0000rye', [9, 9]]
		]);
		const cells = ['food', 'wheat', 'bread'].flatMap((resource) =>
			['a', 'b'].map((region) => ({ region, resource }))
		);
		const all = productionWithStandIns(production, cells, catalogue);
		expect(all.get('a\u0000food')).toEqual([3500, 6900]);
		// Region b makes no food of its own: its wheat is its food production.
		expect(all.get('b\u0000food')).toEqual([10_200, 0]);
		// Rye has a need of its own: what it makes is not bread's.
		expect(all.get('a\u0000bread')).toBeUndefined();
		expect(all.get('a\u0000wheat')).toEqual([1, 2]);
		expect(production.get('a\u0000food')).toEqual([100, 100]);
	});
});
