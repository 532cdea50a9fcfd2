import { describe, expect, it } from 'vitest';
import { standInsTestCatalogue as catalogue } from './standInsTestCatalogue.js';
import { flowWithStandIns, standInsOf, withStandIns } from './standIns.js';

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
		expect(flowWithStandIns(1, [{ of: wheat!, value: 1 }])).toBe(3401);
		expect(flowWithStandIns(5, [{ of: rye!, value: 7 }])).toBe(5);
		expect(flowWithStandIns(5, [])).toBe(5);
	});
});
