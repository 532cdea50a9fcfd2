import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drawPanel } from './drawPanel.js';
import { createWorkerSolver } from '../node/workerSolver.js';
import { revealPanel } from './revealPanel.js';
import { syntheticPool } from '../pool/syntheticPool.js';
import type { CommittedDraw, Pool, Quotas, SortitionSolver } from '../types.js';
import { verifyDraw } from './verifyDraw.js';

// A skewed pool (volunteers over-represent the educated, urban and older) with many shared households.
const { pool, quotas } = syntheticPool({
	volunteers: 240,
	panelSize: 24,
	householdShare: 0.4,
	tolerance: 0.1,
	seed: 'draw-test'
});
const options = { panels: 100 };
let solver: SortitionSolver;
let draw: CommittedDraw;

beforeAll(async () => {
	solver = createWorkerSolver();
	const result = await drawPanel(pool, quotas, solver, options);
	if (result.status !== 'committed')
		throw new Error(`draw ended ${result.status}: ${JSON.stringify(result)}`);
	draw = result;
}, 120_000);
afterAll(() => solver?.close());

const countIn = (p: Pool, ids: readonly string[], k: string, value: string) =>
	ids.filter((id) => p.volunteers.find((v) => v.id === id)!.features[k] === value).length;

function meetsQuotas(p: Pool, q: Quotas, ids: readonly string[]) {
	expect(ids).toHaveLength(q.panelSize);
	for (const [k, values] of Object.entries(q.categories))
		for (const [value, b] of Object.entries(values)) {
			const c = countIn(p, ids, k, value);
			expect(c, `${k}=${value}`).toBeGreaterThanOrEqual(b.min);
			expect(c, `${k}=${value}`).toBeLessThanOrEqual(b.max);
		}
	const households = ids.map((id) => p.volunteers.find((v) => v.id === id)!.household);
	expect(new Set(households).size).toBe(households.length);
}

describe('drawPanel', () => {
	it('publishes m panels that all meet the quotas with at most one person per household', () => {
		expect(draw.lottery).toHaveLength(100);
		expect(
			pool.volunteers.length - new Set(pool.volunteers.map((v) => v.household)).size
		).toBeGreaterThanOrEqual(30);
		for (const panel of draw.lottery) meetsQuotas(pool, quotas, panel);
	});

	it('certifies from the published lottery, per volunteer: minimum, gap to the bound, the best m panels allow, nobody at zero', () => {
		const c = draw.certificate;
		const m = draw.lottery.length;
		expect(c.bestForLottery).toBe(Math.floor(m * c.upperBound + 1e-9) / m);
		expect(c.gap <= 0.0005 || c.minProbability >= c.bestForLottery - 1e-12).toBe(true);
		expect(c.gap).toBeCloseTo(c.upperBound - c.minProbability, 12);
		expect(c.volunteersAtZero).toBe(0);
		expect(c.roundingLoss).toBeCloseTo(Math.max(0, c.distributionMin - c.minProbability), 12);
		// The minimum is an actual volunteer's share of the published panels, not a class average.
		const selectable = draw.volunteers.filter((v) => !c.unselectable.includes(v.id));
		const seats = new Map<string, number>();
		for (const panel of draw.lottery) for (const id of panel) seats.set(id, (seats.get(id) ?? 0) + 1);
		expect(Math.min(...selectable.map((v) => (seats.get(v.id) ?? 0) / m))).toBe(c.minProbability);
		expect(Math.max(...selectable.map((v) => v.probability))).toBe(c.maxProbability);
		expect(draw.volunteers).toHaveLength(pool.volunteers.length);
		// Probabilities are each volunteer's share of the m panels, so they add up to the panel size.
		expect(draw.volunteers.reduce((s, v) => s + v.probability, 0)).toBeCloseTo(quotas.panelSize, 9);
	});

	it('follows the LEXIMIN probabilities above the minimum, not just the minimum', () => {
		const c = draw.certificate;
		const deviation = Math.max(...draw.volunteers.map((v) => Math.abs(v.probability - v.optimal)));
		expect(c.leximinDeviation).toBe(deviation);
		// The LEXIMIN point gives everyone at least the bound, so the published minimum is below it by the rounding alone.
		expect(Math.min(...draw.volunteers.map((v) => v.optimal))).toBeGreaterThanOrEqual(c.upperBound - 1e-6);
	});

	it('is reproduced from its published inputs by an independent re-run, and the seed decides the panel', async () => {
		const reveal = revealPanel(draw.commitment, draw.lottery, 'lottery 2026-11-22: 07 19 23 31 40');
		meetsQuotas(pool, quotas, reveal.panel);
		const v = await verifyDraw(pool, quotas, { ...draw, reveal }, solver, options);
		expect(v.checks.filter((c) => !c.ok)).toEqual([]);
		expect(v.checks.map((c) => c.name)).toContain('re-run reproduces the commitment');
		const indices = new Set(
			['a', 'b', 'c', 'd', 'e', 'f'].map((s) => revealPanel(draw.commitment, draw.lottery, s).index)
		);
		expect(indices.size).toBeGreaterThan(1);
	}, 120_000);

	it('detects a swapped panelist, an edited pool and a revealed panel the seed does not pick', async () => {
		const lottery = draw.lottery.map((p) => [...p]);
		const outsider = pool.volunteers.find((v) => !lottery[0]!.includes(v.id))!.id;
		lottery[0]![0] = outsider;
		const swapped = await verifyDraw(pool, quotas, { commitment: draw.commitment, lottery }, undefined);
		expect(swapped.ok).toBe(false);
		expect(swapped.checks.find((c) => c.name === 'panel list digest')?.ok).toBe(false);
		const edited: Pool = {
			...pool,
			volunteers: pool.volunteers.map((v, i) =>
				i === 5 ? { ...v, features: { ...v.features, age: '75+' } } : v
			)
		};
		expect(
			(await verifyDraw(edited, quotas, draw, undefined)).checks.find((c) => c.name === 'pool digest')?.ok
		).toBe(false);
		const reveal = revealPanel(draw.commitment, draw.lottery, 'x');
		const forged = {
			...reveal,
			index: (reveal.index + 1) % draw.lottery.length,
			panel: draw.lottery[(reveal.index + 1) % draw.lottery.length]!
		};
		expect(
			(await verifyDraw(pool, quotas, { ...draw, reveal: forged }, undefined)).checks.find(
				(c) => c.name === 'seed picks the revealed panel'
			)?.ok
		).toBe(false);
	});

	it('replaces dropouts keeping the others and the quotas', async () => {
		const panel = revealPanel(draw.commitment, draw.lottery, 'first').panel;
		const dropouts = panel.slice(0, 3);
		const kept = panel.slice(3);
		const r = await drawPanel(pool, quotas, solver, options, { kept, dropouts });
		expect(r.status).toBe('committed');
		if (r.status !== 'committed') return;
		expect(r.commitment.kind).toBe('replacement');
		const full = revealPanel(r.commitment, r.lottery, 'second').panel;
		for (const id of kept) expect(full).toContain(id);
		for (const id of dropouts) expect(full).not.toContain(id);
		meetsQuotas(pool, quotas, full);
		expect((await verifyDraw(pool, quotas, r, undefined)).ok).toBe(true);
	}, 120_000);
});
