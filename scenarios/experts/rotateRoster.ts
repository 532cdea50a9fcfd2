import { drawLots } from '../ballot/drawLots.js';
import { addMonths } from './addMonths.js';
import { appointExpert } from './appointExpert.js';
import { isServing } from './isServing.js';
import type { Candidate, Expert, ExpertOptions } from './types.js';

/** The roster after a rotation: who serves, whose terms ended, who was newly appointed. */
export interface Rotation {
	readonly serving: readonly Expert[];
	readonly expired: readonly string[];
	readonly appointed: readonly Expert[];
	/** Seats left empty because too few candidates were eligible. */
	readonly vacant: number;
}

/**
 * Refills the roster to `size` seats at `now`: expired terms drop out by themselves; new experts are
 * drawn by lot (from `seed`) among candidates who are not serving and whose last term ended at
 * least `cooldownMonths` ago. Every new term is the maximum, so later rotations are staggered.
 */
export function rotateRoster(
	history: readonly Expert[],
	candidates: readonly Candidate[],
	now: number,
	size: number,
	seed: string,
	options: ExpertOptions
): Rotation {
	const serving = history.filter((e) => isServing(e, now));
	const expired = history
		.filter((e) => e.term.end <= now && !serving.some((s) => s.id === e.id))
		.map((e) => e.id);
	const resting = (id: string) =>
		history.some(
			(e) => e.id === id && (isServing(e, now) || addMonths(e.term.end, options.cooldownMonths) > now)
		);
	const pool = candidates.filter((c) => !resting(c.id));
	const need = Math.max(0, size - serving.length);
	const chosen = drawLots(
		seed,
		`rotation-${now}`,
		pool.map((c) => c.id)
	).slice(0, need);
	const appointed: Expert[] = [];
	for (const id of chosen) {
		const result = appointExpert(
			pool.find((c) => c.id === id)!,
			now,
			options.maxTermMonths,
			options
		);
		if (result.status === 'appointed') appointed.push(result.expert);
	}
	return {
		serving: [...serving, ...appointed],
		expired: [...new Set(expired)],
		appointed,
		vacant: need - appointed.length
	};
}
