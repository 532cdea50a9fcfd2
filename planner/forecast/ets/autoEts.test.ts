import { describe, expect, it } from 'vitest';
import fixture from './cases/rEts.json' with { type: 'json' };
import { autoEts, etsCandidates, etsName, etsRun } from './autoEts.js';

describe("automatic ETS against R's ets(y) (cases/rEts.json)", () => {
	it.each(fixture.series.map((s) => [s.name, s] as const))(
		'%s: an AICc at least as good as R (within 1), so the same or an equally supported model',
		(_, s) => {
			const fit = autoEts(s.values, s.frequency)!;
			expect(fit.aicc).toBeLessThanOrEqual(s.auto.aicc + 1);
		}
	);

	it("chooses R's model on most series", () => {
		const same = fixture.series.filter((s) => {
			const name = etsName(autoEts(s.values, s.frequency)!.spec);
			return s.auto.method === `ETS(${name[0]},${name.slice(1, -1)},${name.at(-1)})`;
		});
		expect(same.length).toBeGreaterThanOrEqual(4);
	});

	it('tries multiplicative errors and seasons only on positive series, and no season beyond 24', () => {
		expect(etsCandidates([1, 2, 3], 12).map(etsName)).toContain('MAdM');
		expect(etsCandidates([0, 2, 3], 12).some((s) => s.error === 'M' || s.season === 'M')).toBe(false);
		expect(etsCandidates([1, 2, 3], 12).some((s) => s.error === 'A' && s.season === 'M')).toBe(false);
		expect(etsCandidates([1, 2, 3], 168).some((s) => s.season !== 'N')).toBe(false);
	});

	it('backtests out of sample: a forecast at an origin does not move when later data change', () => {
		const y = fixture.series.find((s) => s.name === 'USAccDeaths')!.values;
		const changed = [...y.slice(0, 50), ...y.slice(50).map((v) => v * 3)];
		const a = etsRun(y, [40, 50], 6, 6, 12);
		const b = etsRun(changed, [40, 50], 6, 6, 12);
		expect(b.atOrigins).toEqual(a.atOrigins);
		expect(b.final).not.toEqual(a.final);
	});
});
