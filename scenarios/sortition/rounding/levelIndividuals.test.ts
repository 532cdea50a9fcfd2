import { describe, expect, it } from 'vitest';
import { levelIndividuals } from './levelIndividuals.js';
import type { Pool, Quotas } from '../types.js';

// Six volunteers, panels of two: one from the north, one from the south (quota 1..1 each).
const pool: Pool = {
	categories: ['region'],
	volunteers: [
		{ id: 'n1', household: 'h1', features: { region: 'north' } },
		{ id: 'n2', household: 'h2', features: { region: 'north' } },
		{ id: 'n3', household: 'h1', features: { region: 'north' } },
		{ id: 's1', household: 'h4', features: { region: 'south' } },
		{ id: 's2', household: 'h5', features: { region: 'south' } },
		{ id: 's3', household: 'h2', features: { region: 'south' } }
	]
};
const quotas: Quotas = {
	panelSize: 2,
	categories: { region: { north: { min: 1, max: 1 }, south: { min: 1, max: 1 } } }
};
const all = new Set(pool.volunteers.map((v) => v.id));
const seats = (lottery: readonly (readonly string[])[]) => {
	const n = new Map<string, number>();
	for (const p of lottery) for (const id of p) n.set(id, (n.get(id) ?? 0) + 1);
	return n;
};

describe('levelIndividuals', () => {
	it('lifts every volunteer to the target with quota- and household-safe swaps', () => {
		// n3 and s3 are on no panel at first; n1 and s1 on four of six.
		const lottery = [
			['n1', 's1'],
			['n1', 's1'],
			['n1', 's2'],
			['n1', 's1'],
			['n2', 's2'],
			['n2', 's1']
		];
		const { lottery: levelled, swaps } = levelIndividuals(lottery, pool, quotas, all, 2);
		expect(swaps).toBeGreaterThan(0);
		for (const id of all) expect(seats(levelled).get(id)).toBe(2);
		for (const panel of levelled) {
			const regions = panel.map((id) => pool.volunteers.find((v) => v.id === id)!.features.region);
			expect(regions.sort()).toEqual(['north', 'south']);
			const households = panel.map((id) => pool.volunteers.find((v) => v.id === id)!.household);
			expect(new Set(households).size).toBe(2);
		}
		expect(levelIndividuals(lottery, pool, quotas, all, 2)).toEqual({ lottery: levelled, swaps }); // deterministic
	});

	it('never breaks a quota or a household to lift someone', () => {
		// Only a south seat is free to give, and n3 is north: no safe swap exists.
		const tight: Quotas = {
			panelSize: 2,
			categories: { region: { north: { min: 1, max: 1 }, south: { min: 1, max: 1 } } }
		};
		const lottery = [
			['n1', 's1'],
			['n1', 's1'],
			['n1', 's2']
		];
		const { lottery: levelled } = levelIndividuals(lottery, pool, tight, new Set(['s3']), 1);
		// s3 shares household h2 with nobody on these panels, so it may replace s1 (south for south).
		expect(seats(levelled).get('s3')).toBe(1);
		const blocked = levelIndividuals([['n2', 's1']], pool, tight, new Set(['s3']), 1);
		expect(blocked.swaps).toBe(0); // s3's household h2 already sits on the panel through n2
	});
});
