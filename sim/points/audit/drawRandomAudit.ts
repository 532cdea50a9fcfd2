import type { Rng } from '../../rng/types.js';
import type { AuditFlag } from './types.js';

/**
 * The documents' random audit: every quarter, `share` (5%) of the people, drawn by lot, have their
 * awards checked whatever their features say, so that gaming the features miss can still be found
 * and nobody can count on never being looked at. Each draw is a flag with reason `random-audit`; like
 * any flag it opens a case, and only an upheld case is sanctioned. People already flagged this quarter
 * (`skip`) are not drawn again. Partial Fisher–Yates over the eligible, by the seeded generator.
 */
export function drawRandomAudit(
	size: number,
	share: number,
	rng: Rng,
	skip: ReadonlySet<number> = new Set()
): AuditFlag[] {
	const eligible: number[] = [];
	for (let p = 0; p < size; p++) if (!skip.has(p)) eligible.push(p);
	const n = Math.min(eligible.length, Math.round(size * share));
	for (let i = 0; i < n; i++) {
		const j = i + rng.int(eligible.length - i);
		[eligible[i], eligible[j]] = [eligible[j]!, eligible[i]!];
	}
	return eligible
		.slice(0, n)
		.sort((a, b) => a - b)
		.map((person) => ({ person, reasons: [{ feature: 'random-audit', value: share, threshold: share }] }));
}
