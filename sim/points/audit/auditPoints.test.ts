import { describe, expect, it } from 'vitest';
import { createRng } from '../../rng/createRng.js';
import { createLedger } from '../createLedger.js';
import { defaults } from '../defaults.js';
import type { Contribution, Ledger } from '../types.js';
import { auditPoints } from './auditPoints.js';
import { gamingPopulation } from './gamingPopulation.js';
import type { WorkStructure } from './types.js';

/** People 0..size−1; `teams` lists registered groups; person 99 coordinates events. */
function world(teams: number[][]): { ledger: Ledger; structure: WorkStructure } {
	const team = new Map<number, number>();
	teams.forEach((t, i) => t.forEach((p) => team.set(p, i)));
	return {
		ledger: createLedger(100),
		structure: {
			related: (a, b) => team.has(a) && team.get(a) === team.get(b),
			coordinators: new Set([99])
		}
	};
}
const give = (ledger: Ledger, person: number, by: number, day: number, c: Partial<Contribution> = {}) =>
	ledger.apply({
		op: 'award',
		person,
		contribution: { kind: 'work', quantity: 1, ...c },
		confirmedBy: by,
		at: day
	});
const year = (each: (day: number) => void) => {
	for (let day = 29; day < 365; day += 30) each(day);
};

describe('anti-gaming audit (features beyond the graph’s shape)', () => {
	it('honest reciprocal teams of 2, 3 and 5 and a cooperative that confirm each other are not flagged', () => {
		const teams = [[0, 1], [2, 3, 4], [5, 6, 7, 8, 9], Array.from({ length: 20 }, (_, i) => 10 + i)];
		const { ledger, structure } = world(teams);
		year((day) => {
			for (const t of teams) t.forEach((p, j) => give(ledger, p, t[(j + 1) % t.length]!, day));
		});
		expect(auditPoints(ledger, structure, defaults)).toEqual([]);
	});

	it('a ring of 20 strangers with one extra confirmation is flagged, naming the share confirmed by strangers', () => {
		const { ledger, structure } = world([]);
		const ring = Array.from({ length: 20 }, (_, i) => 40 + i);
		year((day) => {
			ring.forEach((p, j) => give(ledger, p, ring[(j + 1) % 20]!, day));
			give(ledger, ring[0]!, ring[10]!, day, { quantity: 0.5 });
		});
		const flags = auditPoints(ledger, structure, defaults);
		expect(flags.map((f) => f.person)).toEqual(ring);
		expect(flags[0]!.reasons).toEqual([{ feature: 'unrelated-confirmations', value: 1, threshold: 0.25 }]);
	});

	it('slow inflation: 150 points a month from a stranger on top of 200 real ones is flagged', () => {
		const { ledger, structure } = world([[0, 1]]);
		year((day) => {
			give(ledger, 0, 1, day);
			give(ledger, 0, 50, day, { quantity: 0.75 });
		});
		const [flag] = auditPoints(ledger, structure, defaults);
		expect(flag!.person).toBe(0);
		expect(flag!.reasons[0]!.value).toBeCloseTo(150 / 350, 9);
	});

	it('work claimed beyond 60 hours a week is flagged, even inside a registered team', () => {
		const { ledger, structure } = world([[0, 1, 2]]);
		year((day) => [0, 1, 2].forEach((p) => give(ledger, p, (p + 1) % 3, day, { quantity: 4 })));
		const flags = auditPoints(ledger, structure, defaults);
		expect(flags.map((f) => f.person)).toEqual([0, 1, 2]);
		expect(flags[0]!.reasons[0]).toMatchObject({ feature: 'hours', threshold: 60 });
		expect(flags[0]!.reasons[0]!.value).toBeGreaterThan(75);
	});

	it('more than 2 discoveries a year are flagged, even when a coordinator confirms them', () => {
		const { ledger, structure } = world([]);
		year((day) => give(ledger, 5, 99, day, { kind: 'discovery' }));
		expect(auditPoints(ledger, structure, defaults)).toEqual([
			{ person: 5, reasons: [{ feature: 'event-count', value: 12, threshold: 2, kind: 'discovery' }] }
		]);
	});

	it('a burst: one month of work points over 3× the person’s median month', () => {
		const { ledger, structure } = world([[0, 1]]);
		year((day) => give(ledger, 0, 1, day, { quantity: day === 179 ? 4 : 1 }));
		expect(auditPoints(ledger, structure, defaults)[0]!.reasons).toEqual([
			{ feature: 'burst', value: 4, threshold: 3 }
		]);
	});

	it('measured on a population with the truth known: recall ≥ 0.9, at most 2% of honest people flagged', () => {
		const pop = gamingPopulation(createRng(11), defaults);
		const flagged = new Set(auditPoints(pop.ledger, pop.structure, defaults).map((f) => f.person));
		const found = [...pop.planted.keys()].filter((p) => flagged.has(p)).length;
		const honest = [...flagged].filter((p) => p < pop.honest).length;
		expect(found / pop.planted.size).toBeGreaterThanOrEqual(0.9);
		expect(honest / pop.honest).toBeLessThanOrEqual(0.02);
	});
});
