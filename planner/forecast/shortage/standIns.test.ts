import { describe, expect, it } from 'vitest';
import type { Catalogue } from '../../../data/reference/types.js';
import { flowWithStandIns, productionWithStandIns, standInsOf, withStandIns } from './standIns.js';

const catalogue = {
	resources: [
		{
			id: 'food',
			norm: { perPerson: 3000, per: 'day' },
			substitutes: [{ by: 'wheat', maxShare: 1, perUnit: 3400 }]
		},
		{ id: 'wheat', substitutes: [] },
		{ id: 'bread', norm: { perPerson: 1, per: 'day' }, substitutes: [{ by: 'rye', maxShare: 0.2 }] },
		{ id: 'rye', norm: { perPerson: 0.1, per: 'day' } }
	]
} as unknown as Catalogue;

describe('stand-ins of a good', () => {
	it('reads them off the catalogue: a stand-in with a need of its own is not eaten only as the good', () => {
		expect(standInsOf(catalogue, 'food')).toEqual([
			{ id: 'wheat', perUnit: 3400, maxShare: 1, onlyHere: true }
		]);
		expect(standInsOf(catalogue, 'bread')).toEqual([
			{ id: 'rye', perUnit: 1, maxShare: 0.2, onlyHere: false }
		]);
		expect(standInsOf(catalogue, 'unknown')).toEqual([]);
	});

	it('counts a stand-in in the stock by what it supplies, up to its maximum share, as the world eats it', () => {
		const [wheat] = standInsOf(catalogue, 'food');
		const [rye] = standInsOf(catalogue, 'bread');
		expect(withStandIns(1000, [{ of: wheat!, stock: 10 }])).toBe(1000 + 34_000);
		expect(withStandIns(0, [{ of: wheat!, stock: 10 }])).toBe(34_000);
		// At most 20% of what is received: 0.2 / 0.8 × 100 of the good's own.
		expect(withStandIns(100, [{ of: rye!, stock: 1000 }])).toBe(125);
		expect(withStandIns(100, [{ of: rye!, stock: 10 }])).toBe(110);
		expect(withStandIns(100, [{ of: wheat!, stock: Number.NaN }])).toBeNaN();
	});

	it('adds to a flow only what is drawn as this good', () => {
		const [wheat] = standInsOf(catalogue, 'food');
		const [rye] = standInsOf(catalogue, 'bread');
		expect(flowWithStandIns([1, 2], [{ of: wheat!, values: [1, 0] }])).toEqual([3401, 2]);
		expect(flowWithStandIns(undefined, [{ of: wheat!, values: [1, 0] }])).toEqual([3400, 0]);
		expect(flowWithStandIns([5], [{ of: rye!, values: [7] }])).toEqual([5]);
		expect(flowWithStandIns(undefined, [])).toBeUndefined();
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
