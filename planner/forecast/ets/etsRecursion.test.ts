import { describe, expect, it } from 'vitest';
import fixture from './cases/rEts.json' with { type: 'json' };
import { etsProject, etsRecursion } from './etsRecursion.js';
import type { EtsSpec, EtsState } from './types.js';

interface RModel {
	readonly alpha: number;
	readonly beta: number;
	readonly gamma: number;
	readonly phi: number;
	readonly initial: readonly number[];
	readonly loglik: number;
	readonly mean: readonly number[];
}

const specOf = (code: string): EtsSpec => ({
	error: code[0] as EtsSpec['error'],
	trend: code.slice(1, -1) as EtsSpec['trend'],
	season: code.at(-1) as EtsSpec['season']
});

/** R's first row of states (l, b, s1..sm, s1 the most recent) as this code's state: season[t] is the index of phase t. */
function stateOf(r: RModel, spec: EtsSpec, m: number): EtsState {
	const trend = spec.trend === 'N' ? 0 : r.initial[1]!;
	const rs = r.initial.slice(spec.trend === 'N' ? 1 : 2);
	const season =
		spec.season === 'N' ? new Float64Array(1) : Float64Array.from({ length: m }, (_, t) => rs[m - 1 - t]!);
	return { level: r.initial[0]!, trend, season };
}

describe("ETS recursions against R's forecast::ets (cases/rEts.json, made by cases/rEts.R)", () => {
	const cases = fixture.series.flatMap((s) =>
		Object.entries(s.models as Record<string, RModel>).map(([code, r]) => ({ s, code, r }))
	);
	it.each(cases.map((c) => [`${c.s.name} ${c.code}`, c] as const))('%s: likelihood and forecasts', (_, c) => {
		const spec = specOf(c.code);
		const p = { alpha: c.r.alpha, beta: c.r.beta, gamma: c.r.gamma, phi: c.r.phi };
		const { lik, state } = etsRecursion(c.s.values, spec, p, stateOf(c.r, spec, c.s.frequency));
		expect(-0.5 * lik).toBeCloseTo(c.r.loglik, 6);
		const f = etsProject(state, spec, p, c.s.values.length, c.s.horizon);
		// With a multiplicative error and season R's mean is the average of simulated paths (noise ~0.5%), not the recursion.
		const tolerance = spec.error === 'M' && spec.season === 'M' ? 1e-2 : 1e-9;
		f.forEach((v, j) =>
			expect(Math.abs(v - c.r.mean[j]!)).toBeLessThanOrEqual(tolerance * Math.abs(c.r.mean[j]!))
		);
	});
});
