import loadHighs from 'highs';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exportRound } from '../exportRound.js';
import { planRound } from '../planRound.js';
import { rework } from '../rework.js';
import { highsSolver } from '../solver/highsSolver.js';
import { jsLpSolver } from '../solver/jsLpSolver.js';
import type { PlanningInput, ReworkReason } from './types.js';

const load = (name: string): PlanningInput =>
	JSON.parse(readFileSync(new URL(`./cases/${name}.json`, import.meta.url), 'utf8')) as PlanningInput;
const solvers = { highs: highsSolver(loadHighs), jslp: jsLpSolver() };
const noFloors = { reserveFloorDays: 0 };
const coverageOf = (
	s: { coverage?: readonly { region: string; resource: string; coverage: number }[] },
	region: string,
	resource: string
) => s.coverage!.find((c) => c.region === region && c.resource === resource)!.coverage;
const waterAt40: ReworkReason = { kind: 'norm', resource: 'water', perPersonPerDay: 40 };

/** The pipeline-at-capacity case planned equity-first, then reworked for `reasons` (deltas against its plan when `againstFirst`). */
async function reworked(reasons: readonly ReworkReason[], againstFirst = false) {
	const input = load('pipeline-at-capacity');
	const first = await planRound(input, solvers, { policies: ['equity-first'], settings: noFloors });
	const currentPlan = againstFirst ? { currentPlan: first.scenarios[0]!.plan } : {};
	const options = { policies: ['equity-first' as const], settings: noFloors, ...currentPlan };
	return rework(first, reasons, input, solvers, options);
}

describe('hand-checked allocation cases', () => {
	it('a pipeline at capacity: Dryland gets 82% of its water, and the explanation names the pipeline', async () => {
		const round = await planRound(load('pipeline-at-capacity'), solvers, {
			policies: ['equity-first'],
			settings: noFloors
		});
		const [s] = round.scenarios;
		expect(coverageOf(s!, 'dryland', 'water')).toBeCloseTo(0.82, 9);
		expect(coverageOf(s!, 'springs', 'water')).toBeCloseTo(1, 9);
		expect(s!.metrics.minCoverage).toBeCloseTo(0.82, 9);
		expect(s!.metrics.shortfallPersonDays).toBeCloseTo(9000 / 50, 6);
		expect(s!.metrics.transportTonneKm).toBeCloseTo(41 * 100, 6);
		expect(s!.plan.transfers).toEqual([
			{ arc: 'springs->dryland:pipeline', resource: 'water', period: 0, amount: expect.closeTo(41000, 6) }
		]);
		expect(s!.explanations![0]!.en).toMatch(
			/Dryland receives 82% of its drinking water norm because the pipeline from Springs is at capacity \(41,000 L\/day\).*8\.2 points/
		);
		expect(s!.explanations![0]!.ru).toMatch(/Сухоземье получает 82%.*трубопровод из региона «Родники»/);
		expect(s!.verification!.crossCheck).toMatch(/^agreed with (highs|jslp)/);
		expect(s!.telemetry.hash).toBe('hand-checked');
	});

	it('the effect an explanation prints is what a re-solve with 10% more capacity gives', async () => {
		const input = load('pipeline-at-capacity');
		const round = await planRound(input, solvers, { policies: ['equity-first'], settings: noFloors });
		const said = /coverage rises by ([\d.]+) points/.exec(round.scenarios[0]!.explanations![0]!.en);
		const wider = {
			...input,
			arcs: input.arcs.map((a) => ({
				...a,
				carries: a.carries.map((c) => ({ ...c, capacityPerDay: 45_100 }))
			}))
		};
		const again = await planRound(wider, solvers, { policies: ['equity-first'], settings: noFloors });
		const gain = coverageOf(again.scenarios[0]!, 'dryland', 'water') - 0.82;
		expect(gain).toBeCloseTo(0.082, 9);
		expect(Number(said![1])).toBeCloseTo(gain * 100, 1);
	});

	it('a model too large to re-solve names the arc from the duals and says the effect was not measured', async () => {
		const round = await planRound(load('pipeline-at-capacity'), solvers, {
			policies: ['equity-first'],
			settings: noFloors,
			explainResolveMaxVariables: 0
		});
		expect(round.scenarios[0]!.explanations![0]!.en).toMatch(
			/because the pipeline from Springs is at capacity .* \(the effect of more capacity was not re-solved: the model is too large\)\.$/
		);
	});

	it('losses on the way reduce what arrives: 10% loss gives 73.8%', async () => {
		const input = load('pipeline-at-capacity');
		const lossy = { ...input, arcs: input.arcs.map((a) => ({ ...a, lossRate: 0.1 })) };
		const round = await planRound(lossy, solvers, { policies: ['equity-first'], settings: noFloors });
		expect(coverageOf(round.scenarios[0]!, 'dryland', 'water')).toBeCloseTo(0.738, 9);
	});

	it('substitution: quinoa fills at most 20% of what is delivered, so 300 kg wheat + 75 kg quinoa = 75%', async () => {
		const round = await planRound(load('wheat-with-quinoa'), solvers, {
			policies: ['balanced'],
			settings: noFloors
		});
		const s = round.scenarios[0]!;
		expect(coverageOf(s, 'plain', 'wheat')).toBeCloseTo(0.75, 9);
		const quinoa = s.plan.allocations
			.filter((a) => a.resource === 'quinoa')
			.reduce((t, a) => t + a.amount, 0);
		expect(quinoa).toBeCloseTo(75, 6);
	});

	it('lead time: a 7-day road delivers nothing in week 1 and everything in week 2', async () => {
		const round = await planRound(load('lead-time'), solvers, { policies: ['balanced'], settings: noFloors });
		const s = round.scenarios[0]!;
		const week = (t: number) =>
			s.plan.allocations
				.filter((a) => a.region === 'village' && a.period === t)
				.reduce((x, a) => x + a.amount, 0);
		expect(week(0)).toBeCloseTo(0, 6);
		expect(week(1)).toBeCloseTo(350, 6);
		expect(s.plan.transfers.filter((t) => t.period === 0).reduce((x, t) => x + t.amount, 0)).toBeCloseTo(
			350,
			6
		);
		expect(s.coverage!.find((c) => c.region === 'village')!.worstPeriod).toBe(0);
	});

	it('an impossible reserve floor is explained by the elastic relaxation: 1,500,000 L asked, 41,000 L can arrive', async () => {
		const round = await planRound(load('pipeline-at-capacity'), solvers, {
			policies: ['equity-first'],
			settings: { ...noFloors, rework: [{ kind: 'floor', resource: 'water', region: 'dryland', days: 30 }] }
		});
		expect(round.scenarios).toHaveLength(0);
		const [inf] = round.infeasible;
		expect(inf!.relaxation.status).toBe('relaxed');
		if (inf!.relaxation.status !== 'relaxed') return;
		expect(inf!.relaxation.relaxed).toHaveLength(1);
		expect(inf!.relaxation.relaxed[0]).toMatchObject({ kind: 'floor', region: 'dryland', resource: 'water' });
		expect(inf!.relaxation.relaxed[0]!.amount * 50_000).toBeCloseTo(1_459_000, 3);
		expect(inf!.relaxation.relaxed[0]!.text.en).toContain('1,459,000 L');
	});

	it('rework: avoiding the pipeline leaves Dryland without water, and the scenario says what changed', async () => {
		const second = await reworked([{ kind: 'avoid-arc', arc: 'springs->dryland:pipeline' }]);
		const s = second.scenarios[0]!;
		expect(s.plan.transfers).toEqual([]);
		expect(coverageOf(s, 'dryland', 'water')).toBe(0);
		expect(s.changes!.map((c) => c.en)).toEqual([
			'Transport link Springs → Dryland (pipeline) is not used.',
			expect.stringMatching(/^Against the previous round: lowest coverage 82% → 0%/)
		]);
		expect(second.rework).toEqual([{ kind: 'avoid-arc', arc: 'springs->dryland:pipeline' }]);
	});

	it('rework: a lower norm raises coverage (40 L instead of 50 L: 41,000 / 40,000 → 100%)', async () => {
		const second = await reworked([waterAt40]);
		expect(coverageOf(second.scenarios[0]!, 'dryland', 'water')).toBeCloseTo(1, 9);
		expect(second.scenarios[0]!.changes![0]!.en).toBe(
			'Norm of drinking water set to 40 L per person per day (was 50).'
		);
	});

	it('deltas after a norm cut are measured against the catalogue norm: 50 → 40 L costs Springs 20 points', async () => {
		const second = await reworked([waterAt40], true);
		const d = second.scenarios[0]!.deltas!;
		expect(d.coverage.find((c) => c.region === 'springs')!.delta).toBeCloseTo(-0.2, 9);
		expect(d.coverage.find((c) => c.region === 'dryland')!.delta).toBeCloseTo(0.8 - 0.82, 9);
	});

	it('deltas against the plan in force', async () => {
		const input = load('pipeline-at-capacity');
		const currentPlan = {
			start: '2026-01-01',
			periodDays: 1,
			periods: 1,
			quotas: [],
			transfers: [],
			production: [],
			allocations: [
				{ region: 'springs', resource: 'water', period: 0, amount: 50000 },
				{ region: 'dryland', resource: 'water', period: 0, amount: 25000 }
			]
		};
		const round = await planRound(input, solvers, {
			policies: ['equity-first'],
			settings: noFloors,
			currentPlan
		});
		const d = round.scenarios[0]!.deltas!;
		expect(d.minCoverage).toBeCloseTo(0.82 - 0.5, 9);
		expect(d.coverage.find((c) => c.region === 'dryland')!.delta).toBeCloseTo(0.32, 9);
		expect(d.transportTonneKm).toBeCloseTo(4100, 6);
	});

	it('a forecast of doubled demand halves coverage: 41,000 / 100,000 = 41%', async () => {
		const input = {
			...load('pipeline-at-capacity'),
			forecasts: [{ region: 'dryland', resource: 'water', demandFactor: 2 }]
		};
		const round = await planRound(input, solvers, { policies: ['equity-first'], settings: noFloors });
		expect(coverageOf(round.scenarios[0]!, 'dryland', 'water')).toBeCloseTo(0.41, 9);
	});

	it('the same input gives the same scenarios.json and models, byte for byte', async () => {
		const run = async () =>
			exportRound(await planRound(load('wheat-with-quinoa'), solvers, { settings: noFloors }));
		const [a, b] = [await run(), await run()];
		expect([...a.keys()]).toEqual([...b.keys()]);
		for (const [name, text] of a) expect(b.get(name)).toBe(text);
	});
});
