import loadHighs from 'highs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultReferencePaths, loadReference } from '../data/reference/index.js';
import type { Reading, TelemetryStore } from '../data/telemetry/types.js';
import { exportRound } from './exportRound.js';
import { buildPlanningInput } from './inputs/buildPlanningInput.js';
import { readStocks } from './inputs/readStocks.js';
import { referenceStocks } from './inputs/referenceStocks.js';
import type { PlanningInput } from './model/types.js';
import { planRound } from './planRound.js';
import { planMetrics } from './scenario/planMetrics.js';
import { needsByCell, reserveDifference, scenarioDistance } from './scenario/scenarioDistance.js';
import { highsSolver } from './solver/highsSolver.js';
import { jsLpSolver } from './solver/jsLpSolver.js';
import type { RoundResult } from './types.js';

const solvers = { highs: highsSolver(loadHighs), jslp: jsLpSolver() };
let input: PlanningInput;
let round: RoundResult;

beforeAll(async () => {
	// The demo federation after a bad season (two weeks of stock): with full reserves nothing needs to move.
	const reference = await loadReference({
		...defaultReferencePaths,
		world: fileURLToPath(new URL('../data/reference/worlds/demo-strained.json', import.meta.url))
	});
	input = buildPlanningInput(reference, await referenceStocks(reference.world));
	round = await planRound(input, solvers);
}, 120_000);

describe('a round over the demo world', () => {
	it('yields 3 to 5 scenarios that really differ, and reports every merge', () => {
		expect(round.failed).toEqual([]);
		expect(round.infeasible).toEqual([]);
		expect(round.scenarios.length).toBeGreaterThanOrEqual(3);
		expect(round.scenarios.length + round.merges.length).toBe(5);
		for (const m of round.merges) expect(m.distance).toBeLessThan(0.005);
		expect(round.notes).toHaveLength(round.merges.length);
		const needs = needsByCell(input);
		const substituteOf = new Map([['quinoa', 'wheat']]);
		for (const a of round.scenarios)
			for (const b of round.scenarios)
				if (a !== b)
					expect(
						scenarioDistance(a.plan, b.plan, needs, substituteOf) >= 0.005 ||
							reserveDifference(a.metrics.reserves!, b.metrics.reserves!) > 3
					).toBe(true);
	});

	it('checks every solution: residuals within 1e-6 and a second algorithm agreeing', () => {
		for (const s of round.scenarios) {
			expect(s.verification!.maxResidual).toBeLessThanOrEqual(1e-6);
			expect(s.verification!.crossCheck).toMatch(/^agreed with highs interior point/);
		}
	});

	it('carries every figure, and they follow from its plan', () => {
		for (const s of round.scenarios) {
			const again = planMetrics(s.plan, input);
			expect(s.metrics.minCoverage).toBe(again.minCoverage);
			expect(s.metrics.gini).toBeGreaterThanOrEqual(0);
			expect(s.metrics.reserveMonths).toBeGreaterThan(0);
			expect(s.coverage!.length).toBe(12 * 8);
			expect(s.coverage!.every((c) => c.tier === 'basic' && c.coverage >= 0 && c.coverage <= 1 + 1e-9)).toBe(
				true
			);
			expect(s.summary.en).toContain('Lowest coverage');
			expect(s.summary.ru).toContain('Минимальное обеспечение');
			expect(s.explanations!.length).toBeGreaterThan(0);
			expect(s.telemetry).toEqual(input.telemetry);
			expect(s.plan.periods).toBe(4);
		}
	});

	it('trades as the policies say: least transport moves less than equity, local imports least', () => {
		const by = new Map(
			round.scenarios.flatMap((s) => [
				[s.policy, s] as const,
				...(s.mergedPolicies ?? []).map((p) => [p, s] as const)
			])
		);
		const tkm = (p: string) => by.get(p)!.metrics.transportTonneKm;
		expect(tkm('least-transport')).toBeLessThanOrEqual(tkm('equity-first'));
		expect(tkm('local-self-sufficiency')).toBeLessThan(tkm('equity-first'));
		// Most resilient keeps at least equity first's lowest reserve of every resource, in days of need.
		const reserves = (p: string) => new Map(by.get(p)!.metrics.reserves!.map((r) => [r.resource, r.minDays]));
		const [resilient, equity] = [reserves('most-resilient'), reserves('equity-first')];
		expect(resilient.size).toBe(7);
		for (const [resource, days] of equity)
			expect({ resource, days: resilient.get(resource)! }).toEqual({
				resource,
				days: expect.toSatisfy((d: number) => d >= days - 1e-6)
			});
		expect(by.get('equity-first')!.metrics.minCoverage).toBeGreaterThanOrEqual(
			by.get('local-self-sufficiency')!.metrics.minCoverage
		);
	});

	it('says a policy accepted a coverage only when the coverage is at its floor (Tundra’s 87% housing is not)', () => {
		let floors = 0;
		for (const s of round.scenarios)
			for (const e of s.explanations!) {
				const m = /receives (\d+)% .*accepts coverage down to (\d+)%/.exec(e.en);
				if (!m) continue;
				floors++;
				expect(Math.abs(Number(m[1]) - Number(m[2]))).toBeLessThanOrEqual(1);
			}
		expect(floors).toBeGreaterThan(0);
		const housing = round.scenarios
			.flatMap((s) => s.explanations!)
			.filter((e) => /Tundra.*housing/.test(e.en));
		expect(housing.length).toBeGreaterThan(0);
		for (const e of housing) expect(e.en).toContain('no transport link brings it in');
	});

	it('prints a capacity effect only as measured by a re-solve, and the network line in person-days', () => {
		const lines = round.scenarios.flatMap((s) => s.explanations!.map((e) => e.en));
		expect(lines.some((l) => /re-solved with 10% more capacity there, its coverage rises by/.test(l))).toBe(
			true
		);
		for (const l of lines) {
			expect(l).not.toMatch(/shadow price|up to [\d.]+ points/);
			const gain = /coverage rises by ([\d.]+) points/.exec(l);
			if (gain) expect(Number(gain[1])).toBeGreaterThan(0);
		}
	});

	it('states each scenario’s trade-off in people against the one that leaves the fewest short', () => {
		const fewest = [...round.scenarios].sort(
			(a, b) => a.metrics.shortfallPersonDays - b.metrics.shortfallPersonDays
		)[0]!;
		for (const s of round.scenarios) {
			if (s === fewest) {
				expect(s.summary.en).not.toContain('more person-days of need unmet');
				continue;
			}
			const more = s.metrics.shortfallPersonDays - fewest.metrics.shortfallPersonDays;
			expect(s.summary.en).toContain(
				`leaves ${Math.round(more).toLocaleString('en-US')} more person-days of need unmet (as if ${Math.round(more / 28).toLocaleString('en-US')} people went without their whole norm for 28 days)`
			);
		}
	});

	it('exports the scenarios and every model as MPS and LP, the same bytes for the same input', async () => {
		const files = exportRound(round);
		expect([...files.keys()].sort()).toEqual(
			['scenarios.json', ...round.models.flatMap((m) => [`${m.policy}.lp`, `${m.policy}.mps`])].sort()
		);
		const again = exportRound(await planRound(input, solvers, { policies: ['local-self-sufficiency'] }));
		expect(again.get('local-self-sufficiency.mps')).toBe(files.get('local-self-sufficiency.mps'));
		const parsed = JSON.parse(files.get('scenarios.json')!) as { scenarios: unknown[]; merges: unknown[] };
		expect(parsed.scenarios).toHaveLength(round.scenarios.length);
	}, 60_000);
});

describe('stocks from the TelemetryStore port', () => {
	const reading = (region: string, site: string, resource: string, value: number, time: number): Reading => ({
		region,
		site,
		gateway: 'g1',
		resource,
		quantity: 'stock',
		time,
		value,
		seq: 1
	});
	const store = (readings: Reading[]): TelemetryStore => ({
		write: async () => {},
		latest: async (filter) => readings.filter((r) => r.quantity === filter.quantity),
		range: async () => [],
		aggregate: async () => [],
		close: async () => {}
	});

	it('sums the sites of a region, keeps reference values for missing ones, and hashes what it read', async () => {
		const { world } = await loadReference(defaultReferencePaths);
		const readings = [reading('tundra', 'a', 'water', 100, 1000), reading('tundra', 'b', 'water', 50, 3000)];
		const snapshot = await readStocks(store(readings), world);
		expect(snapshot.stocks.find((s) => s.region === 'tundra' && s.resource === 'water')!.amount).toBe(150);
		expect(snapshot).toMatchObject({ from: 1000, to: 3000 });
		expect(snapshot.missing).toContainEqual({ region: 'capital', resource: 'water' });
		const same = await readStocks(store([...readings].reverse()), world);
		expect(same.hash).toBe(snapshot.hash);
		const other = await readStocks(store([readings[0]!, reading('tundra', 'b', 'water', 51, 3000)]), world);
		expect(other.hash).not.toBe(snapshot.hash);
	});
});
