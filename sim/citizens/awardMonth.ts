import type { Sample } from './types.js';

/** The planted ring of a person (region 0's sample, after its supervisors), or −1: each member's "work" is confirmed by the next. */
export function ringOf(s: Sample, person: number): number {
	const i = person - s.supervisors;
	return person < s.world.R * s.N && i >= 0 && i < s.o.rings * s.o.ringSize
		? Math.floor(i / s.o.ringSize)
		: -1;
}

function award(
	s: Sample,
	person: number,
	kind: string,
	hazardous: boolean,
	confirmedBy: number,
	day: number
) {
	const result = s.ledger.apply({
		op: 'award',
		person,
		contribution: { kind, quantity: 1, hazardous },
		confirmedBy: confirmedBy === person ? null : confirmedBy,
		at: day
	});
	if (result.status === 'ok') s.totals.awarded += result.points;
}

/**
 * A month's awards in region r by the accrual table: work confirmed by a supervisor (hazardous ×2),
 * teaching, and occasional ecology and governance confirmed by the region's coordinator.
 */
export function awardMonth(s: Sample, r: number, day: number): void {
	const { N, supervisors, o, rng } = s;
	const base = r * N;
	for (let i = 0; i < N; i++) {
		const p = base + i;
		const bits = s.role[p]!;
		// Supervisors confirm each other (a lone supervisor is confirmed by the team).
		const boss = i < supervisors ? base + ((i + 1) % Math.max(2, supervisors)) : base + rng.int(supervisors);
		const ring = r === 0 ? ringOf(s, p) : -1;
		if (ring >= 0) {
			const next = supervisors + ring * o.ringSize + ((i - supervisors - ring * o.ringSize + 1) % o.ringSize);
			award(s, p, 'work', true, next, day);
			award(s, p, 'discovery', false, next, day);
		} else if (bits & 1) award(s, p, 'work', (bits & 4) !== 0, boss, day);
		if (bits & 2) award(s, p, 'teaching', false, boss, day);
		// Events are confirmed by the region's first supervisor, who coordinates projects and councils.
		const coordinator = i === 0 ? base + 1 : base;
		if (rng.next() < 0.05) award(s, p, 'ecology', false, coordinator, day);
		if (rng.next() < 0.02) award(s, p, 'governance', false, coordinator, day);
	}
}
