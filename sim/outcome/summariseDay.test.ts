import { describe, expect, it } from 'vitest';
import { defaultReferencePaths, loadReference } from '../../data/reference/index.js';
import { createRng } from '../rng/createRng.js';
import { runSimulationSync } from '../run/runSimulation.js';

const reference = await loadReference(defaultReferencePaths);

describe('day records', () => {
	it('counts region-resources under the strategic reserve target, which is configurable', () => {
		const at = (reserveTargetMonths: number) => {
			const result = runSimulationSync({
				reference,
				rng: createRng(7),
				options: { days: 5, reserveTargetMonths }
			});
			if (result.status !== 'ok') throw new Error('invalid');
			return result.outcome.daily[4]!.belowReserveTarget;
		};
		// The demo world starts with 7 months of every storable good; electricity is never stored for long.
		expect(at(0)).toBe(0);
		expect(at(1)).toBeLessThan(at(8));
		expect(at(8)).toBeGreaterThan(0);
	});
	it('record coverage, shortfall and Gini consistently: full coverage means no shortfall', () => {
		const result = runSimulationSync({ reference, rng: createRng(2), options: { days: 3 } });
		if (result.status !== 'ok') throw new Error('invalid');
		for (const day of result.outcome.daily) {
			const all = Object.values(day.coverage).flatMap((row) => Object.values(row));
			expect(all.every((c) => c >= 0 && c <= 1)).toBe(true);
			expect(day.gini).toBeGreaterThanOrEqual(0);
			expect(day.shortfallPersonDays > 0).toBe(all.some((c) => c < 1));
		}
	});
});
