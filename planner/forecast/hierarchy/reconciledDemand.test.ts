import { describe, expect, it } from 'vitest';
import { seededRandom } from '../seededRandom.js';
import { reconciledDemandAdjustments } from './reconciledDemand.js';
import type { SiteDemandInput } from './types.js';

const days = 120;

/** A site's daily consumption: a level, a weekly cycle, and noise. */
function site(region: string, name: string, level: number, seed: number): SiteDemandInput {
	const random = seededRandom(seed);
	return {
		region,
		site: name,
		resource: 'water',
		dailyConsumption: Array.from(
			{ length: days },
			(_, t) => level * (1 + 0.2 * Math.sin((2 * Math.PI * t) / 7)) + level * 0.05 * random.normal()
		)
	};
}

describe('reconciledDemandAdjustments', () => {
	const sites = [site('north', 'a', 100, 1), site('north', 'b', 50, 2), site('south', 'c', 80, 3)];

	it('gives each region factors from its reconciled forecast, near 1 for steady consumption, and says so', () => {
		const out = reconciledDemandAdjustments(sites, 4, 7);
		expect(out.map((o) => (o.status === 'ok' ? o.adjustments[0]!.region : o.status))).toEqual([
			'north',
			'south'
		]);
		for (const o of out) {
			if (o.status !== 'ok') throw new Error('expected a forecast');
			expect(o.notes.some((n) => /reconciled with 3 sites and the federation total/.test(n))).toBe(true);
			for (const a of o.adjustments) expect(Math.abs(a.demandFactor! - 1)).toBeLessThan(0.1);
		}
	});

	it('falls back to regional forecasts, saying why, when a site is too short to forecast', () => {
		const short = {
			...site('south', 'd', 10, 4),
			dailyConsumption: Array.from({ length: days }, (_, t) => (t < 115 ? Number.NaN : 10))
		};
		const out = reconciledDemandAdjustments([...sites, short], 4, 7);
		const notes = out.flatMap((o) => (o.status === 'ok' ? o.notes : []));
		expect(notes.some((n) => /not reconciled: too little history at .*site:south\/d/.test(n))).toBe(true);
	});
});
