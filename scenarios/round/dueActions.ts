import type { Round, RoundAction } from './types.js';

/**
 * The steps whose deadline has passed at `now` and that nobody has closed yet: an expert review to
 * close, or a ballot to count. (The ethics review has no automatic end: the panel draw needs a pool.)
 */
export function dueActions(
	rounds: readonly Round[],
	now: number
): { readonly round: string; readonly action: RoundAction }[] {
	const due: { round: string; action: RoundAction }[] = [];
	for (const r of rounds) {
		if (r.deadline === undefined || now < r.deadline) continue;
		if (r.state === 'expert-review') due.push({ round: r.id, action: { kind: 'close-review' } });
		if (r.state === 'panel-vote') due.push({ round: r.id, action: { kind: 'close-vote' } });
	}
	return due;
}
