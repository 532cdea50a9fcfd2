import type { ProposedScenario } from '../../../data/plan/types.js';
import type { Expert } from '../../experts/types.js';
import type { PoolMember } from '../types.js';
import harvest from './harvest-shortfall.json' with { type: 'json' };
import roster from './roster.json' with { type: 'json' };

/** Three scenarios a planner might propose after a poor harvest (wheat short in the north), for tests and the demo. */
export const harvestShortfall: readonly ProposedScenario[] = harvest as ProposedScenario[];

/**
 * Six experts: five serving in 2026-27, one (`e-old`) whose term ended on 2026-01-01; `e-stat` declares
 * a conflict with `policy:substitution`. The file is in the format `resourceos round appoint --roster` reads (ISO dates).
 */
export const demoRoster: readonly Expert[] = roster.map((e) => ({
	...e,
	term: { start: Date.parse(e.term.start), end: Date.parse(e.term.end) }
}));

/** A volunteer pool of `size` people, two per household for the first `shared` (so the household rule bites). */
export function demoPool(size: number, shared = 0): PoolMember[] {
	return Array.from({ length: size }, (_, i) => ({
		id: `v${String(i + 1).padStart(4, '0')}`,
		household: i < shared ? `h${Math.floor(i / 2)}` : `h-solo-${i}`
	}));
}
