import { describe, expect, it } from 'vitest';
import { defaultReferencePaths, loadReference } from '../../data/reference/index.js';
import { createRng } from '../rng/createRng.js';
import { runSimulationSync } from '../run/runSimulation.js';
import type { RationingPolicy } from '../types.js';

const reference = await loadReference(defaultReferencePaths);
const year = (enabled: boolean, rationing: RationingPolicy = 'lifeline-first') => {
	const result = runSimulationSync({
		reference,
		rng: createRng(1),
		options: { citizens: { perRegion: 0 }, redistribution: { enabled }, rationing }
	});
	if (result.status !== 'ok') throw new Error('invalid');
	return result.outcome;
};

describe('headline figures that cannot hide an outage', () => {
	it('the demo federation in a normal year: nobody below the lifeline, every region fully served', () => {
		const { headline } = year(true);
		expect(headline.belowLifelineShare).toBe(0);
		expect(headline.peakBelowLifeline.share).toBe(0);
		expect(headline.outageDays).toEqual({});
		expect(headline.worstRegion.coverage).toBeGreaterThan(0.99);
	});

	it('without shipments the regions that make no food run dry: the headline says so where the mean and Gini do not', () => {
		const outcome = year(false);
		const { headline, metrics } = outcome;
		// The old figures look tolerable ...
		expect(metrics.meanCoverage).toBeGreaterThan(0.75);
		expect(metrics.gini).toBeLessThan(0.05);
		// ... while a third of person-days are below the lifeline and whole regions go without food.
		expect(headline.belowLifelineShare).toBeGreaterThan(0.3);
		expect(headline.peakBelowLifeline.share).toBeGreaterThan(0.5);
		expect(headline.outageDays.capital).toBeGreaterThan(100);
		expect(headline.worstDay).toMatchObject({ resource: 'food', coverage: 0 });
		expect(headline.worstRegion.coverage).toBeLessThan(0.5);
		// The day records carry the same share.
		const peak = outcome.daily[headline.peakBelowLifeline.day]!;
		expect(peak.belowLifeline).toBe(headline.peakBelowLifeline.share);
	});

	it('rationing: lifeline-first keeps more people above the lifeline than equal shares, with the same goods', () => {
		const first = year(false, 'lifeline-first');
		const equal = year(false, 'proportional');
		expect(first.balance).toEqual(equal.balance);
		expect(equal.headline.belowLifelineShare).toBeGreaterThan(first.headline.belowLifelineShare);
	});
});
