import { describe, expect, it } from 'vitest';
import { defaultReferencePaths, loadReference } from '../../data/reference/index.js';
import { describeIssues, parse } from '../../data/schema/index.js';
import { createRng } from '../rng/createRng.js';
import { createRun } from '../run/createRun.js';
import type { Run, SimInput } from '../run/types.js';
import { ShocksFile } from './schema.js';
import type { Shock } from './types.js';

const reference = await loadReference(defaultReferencePaths);
const quiet = { disruptions: { perDayProbability: 0 }, yieldSd: 0 };

function start(input: Partial<SimInput> = {}): Run {
	const prepared = createRun({ reference, rng: createRng(5), options: quiet, ...input });
	if (prepared.status !== 'ready') throw new Error(describeIssues(prepared.issues));
	return prepared.run;
}
function days(run: Run, n: number) {
	for (let d = 0; d < n; d++) {
		run.beginDay();
		for (let s = 0; s < run.stepsPerDay; s++) run.step();
		run.endDay();
	}
}
const k = (run: Run, id: string) => run.world.resourceIndex.get(id)!;
const r = (run: Run, id: string) => run.world.regionIndex.get(id)!;

describe('shocks', () => {
	it('capacity loss: solar −100% for 30 days stops solar sites, and only while it lasts', () => {
		const shocks: Shock[] = [{ kind: 'capacity-loss', start: 2, days: 30, source: 'solar', fraction: 1 }];
		const run = start({ shocks });
		const solar = [...run.world.prodSource.keys()].filter((p) => run.world.prodSource[p] === 'solar');
		expect(solar.length).toBeGreaterThan(0);
		days(run, 3);
		for (const p of solar) expect(run.state.capacityFactor[p]).toBe(0);
		days(run, 30);
		for (const p of solar) expect(run.state.capacityFactor[p]).toBe(1);
	});

	it('stock loss destroys a share of a stock once and books it as waste', () => {
		const run = start({
			shocks: [{ kind: 'stock-loss', start: 1, days: 1, region: 'capital', resource: 'wheat', fraction: 0.5 }]
		});
		days(run, 1);
		const before = run.state.stock[r(run, 'capital') * run.world.K + k(run, 'wheat')]!;
		days(run, 1);
		expect(run.state.totals.shockLoss[k(run, 'wheat')]).toBeCloseTo(before * 0.5, 3);
	});

	it('demand surge raises need by its factor', () => {
		const run = start({
			shocks: [{ kind: 'demand-surge', start: 0, days: 5, resource: 'medicine', factor: 2 }]
		});
		const base = start();
		days(run, 1);
		days(base, 1);
		const rk = r(run, 'capital') * run.world.K + k(run, 'medicine');
		expect(run.state.need[rk]).toBeCloseTo(2 * base.state.need[rk]!, 6);
	});

	it('population movement evacuates a share and brings them back at the end', () => {
		const run = start({
			shocks: [
				{
					kind: 'population-movement',
					start: 1,
					days: 10,
					from: 'delta',
					to: 'sun-coast',
					share: 0.4,
					returns: true
				}
			]
		});
		const d = r(run, 'delta');
		const s = r(run, 'sun-coast');
		const [delta0, coast0] = [run.state.adults[d]!, run.state.adults[s]!];
		days(run, 2);
		expect(run.state.adults[d]).toBe(delta0 - Math.round(delta0 * 0.4));
		expect(run.state.adults[s]).toBe(coast0 + Math.round(delta0 * 0.4));
		days(run, 10);
		expect(run.state.adults[d]).toBe(delta0);
		expect(run.state.adults[s]).toBe(coast0);
	});

	it('arc closure stops a planned shipment for its duration', () => {
		const plan = {
			start: '2026-01-01',
			periodDays: 7,
			periods: 4,
			quotas: [],
			allocations: [],
			production: [],
			transfers: [0, 1, 2, 3].map((period) => ({
				arc: 'river-valley->capital:road',
				resource: 'wheat',
				period,
				amount: 70_000
			}))
		};
		const open = start({ plan });
		const closed = start({
			plan,
			shocks: [{ kind: 'arc-closure', start: 0, days: 14, arc: 'river-valley->capital:road' }]
		});
		days(open, 14);
		days(closed, 14);
		expect(open.state.totals.transportLoss[k(open, 'wheat')]).toBeGreaterThan(0);
		expect(closed.state.totals.transportLoss[k(closed, 'wheat')]).toBe(0);
		days(closed, 1);
		expect(closed.state.totals.transportLoss[k(closed, 'wheat')]).toBeGreaterThan(0);
	});

	it('sensor outage silences the given share of gateways', () => {
		const run = start({
			observe: true,
			shocks: [{ kind: 'sensor-outage', start: 0, days: 2, fraction: 0.4 }]
		});
		days(run, 1);
		const silent = run.state.gatewaySilent.reduce((a, b) => a + b, 0);
		expect(silent / run.state.gatewaySilent.length).toBeCloseTo(0.4, 1);
		days(run, 2);
		expect(run.state.gatewaySilent.reduce((a, b) => a + b, 0)).toBe(0);
	});

	it('quarantine takes a share of the work force off production', () => {
		const sick = start({ shocks: [{ kind: 'quarantine', start: 0, days: 10, share: 0.5 }] });
		days(sick, 1);
		expect([...sick.state.labourFactor].every((f) => f === 0.5)).toBe(true);
	});

	it('survival mode cuts tier-1 requests to 70% of quota', () => {
		const run = start({
			shocks: [{ kind: 'survival-mode', start: 0, days: 3 }],
			options: { ...quiet, behaviour: { overConsumerShare: 0 } }
		});
		days(run, 1);
		const rk = r(run, 'capital') * run.world.K + k(run, 'water');
		expect(run.state.survival).toBe(true);
		expect(run.state.request[rk]! / run.state.need[rk]!).toBeCloseTo(0.7, 9);
	});
});

describe('shocks file', () => {
	it('names the path and the value of a bad shock', () => {
		const parsed = parse(ShocksFile, {
			version: 1,
			shocks: [
				{ kind: 'capacity-loss', start: 0, days: 30, fraction: 1.5 },
				{ kind: 'meteor', start: 0, days: 1 }
			]
		});
		expect(parsed.ok).toBe(false);
		if (parsed.ok) return;
		const text = describeIssues(parsed.issues);
		expect(text).toContain('shocks.0.fraction: should be ≤ 1, got 1.5');
		expect(text).toMatch(/shocks\.1\.kind: kind should be capacity-loss, .*"meteor"/);
	});

	it('rejects references to regions, resources or arcs the world lacks', () => {
		const prepared = createRun({
			reference,
			rng: createRng(1),
			shocks: [
				{ kind: 'arc-closure', start: 0, days: 1, arc: 'nowhere' },
				{ kind: 'quarantine', start: 0, days: 1, region: 'atlantis', share: 0.1 },
				{ kind: 'ecosystem-damage', start: 0, days: 1, region: 'eden' }
			]
		});
		expect(prepared.status).toBe('invalid');
		if (prepared.status !== 'invalid') return;
		expect(describeIssues(prepared.issues)).toBe(
			[
				'shocks.0.arc: should be an arc of the world, got "nowhere"',
				'shocks.1.region: should be a region of the world, got "atlantis"',
				'shocks.2.region: should be a region of the world, got "eden"'
			].join('\n')
		);
	});
});
