import { drawLots } from '../ballot/drawLots.js';
import { isServing } from './isServing.js';
import type { Expert, ReviewerDraw } from './types.js';

/** What a draw needs: the round's public seed and id, the conflict tags the round touches, how many. */
export interface ReviewerDrawInput {
	readonly seed: string;
	readonly round: string;
	/** Tags the round touches (`round:<id>`, `policy:<name>` of each scenario, ...); an expert declaring any is excluded. */
	readonly subjects: readonly string[];
	readonly count: number;
	readonly now: number;
}

/**
 * Draws reviewers at random among serving experts without a declared conflict: the `count` with the
 * lowest SHA-256 of `seed:reviewers-<round>:<id>`, so anyone can redraw the same reviewers from the
 * published seed and roster, and no one could choose them.
 */
export function drawReviewers(roster: readonly Expert[], input: ReviewerDrawInput): ReviewerDraw {
	const subjects = new Set(input.subjects);
	const excluded: { id: string; reason: 'not-serving' | 'conflict'; tag?: string }[] = [];
	const eligible: string[] = [];
	for (const expert of roster) {
		const conflict = expert.conflicts.find((tag) => subjects.has(tag));
		if (!isServing(expert, input.now)) excluded.push({ id: expert.id, reason: 'not-serving' });
		else if (conflict) excluded.push({ id: expert.id, reason: 'conflict', tag: conflict });
		else eligible.push(expert.id);
	}
	if (eligible.length < input.count) return { status: 'too-few', eligible, needed: input.count };
	return {
		status: 'drawn',
		reviewers: drawLots(input.seed, `reviewers-${input.round}`, eligible).slice(0, input.count),
		eligible,
		excluded
	};
}
