import { describe, expect, it } from 'vitest';
import { createRng } from '../rng/createRng.js';
import { createLedger } from './createLedger.js';
import { detectGaming } from './detectGaming.js';
import type { Ledger } from './types.js';

function confirm(ledger: Ledger, by: number, person: number, months = 1) {
	const result = ledger.apply({
		op: 'award',
		person,
		contribution: { kind: 'work', quantity: months },
		confirmedBy: by,
		at: 0
	});
	if (result.status !== 'ok') throw new Error(result.message);
}

/** An honest organisation: supervisors confirm their teams; nobody confirms their supervisor. */
function honest(ledger: Ledger, people: number) {
	const rng = createRng('org');
	for (let p = 10; p < people; p++) confirm(ledger, rng.int(10), p, 1 + rng.int(3));
}

describe('anti-gaming', () => {
	it('finds nothing in an honest organisation', () => {
		const ledger = createLedger(2000);
		honest(ledger, 2000);
		expect(detectGaming(ledger)).toEqual([]);
	});

	it('reports a ring of three with the awards as evidence', () => {
		const ledger = createLedger(2000);
		honest(ledger, 2000);
		confirm(ledger, 500, 600, 5);
		confirm(ledger, 600, 700, 5);
		confirm(ledger, 700, 500, 5);
		const findings = detectGaming(ledger);
		expect(findings).toHaveLength(1);
		expect(findings[0]).toMatchObject({ kind: 'ring', members: [500, 600, 700], internalPoints: 3000 });
		expect(findings[0]!.edges).toContainEqual({ from: 700, to: 500, points: 1000, awards: 1 });
	});

	it('reports a dense cluster that confirms each other', () => {
		const ledger = createLedger(2000);
		honest(ledger, 2000);
		const group = [1001, 1002, 1003, 1004, 1005];
		for (const a of group) for (const b of group) if (a !== b) confirm(ledger, a, b, 2);
		const [finding] = detectGaming(ledger);
		expect(finding).toMatchObject({ kind: 'dense-cluster', members: group, density: 1 });
		expect(finding!.internalShare).toBeGreaterThan(0.5);
	});

	it('finds a mutually confirming pair inside a large sparse component', () => {
		const ledger = createLedger(200);
		// A long cycle of small awards: strongly connected but sparse; everyone earns most of their points from outside it.
		for (let p = 0; p < 100; p++) confirm(ledger, p, (p + 1) % 100, 0.1);
		for (let p = 0; p < 100; p++) confirm(ledger, 150, p, 5);
		confirm(ledger, 20, 40, 10);
		confirm(ledger, 40, 20, 10);
		const findings = detectGaming(ledger);
		expect(findings.map((f) => f.members)).toEqual([[20, 40]]);
		expect(findings[0]!.kind).toBe('ring');
	});
});
