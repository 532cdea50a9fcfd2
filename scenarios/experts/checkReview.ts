import type { Review } from './types.js';

/** Why a review cannot be accepted, or undefined: every scenario judged exactly once, a comment unless sound. */
export function checkReview(review: Review, scenarioIds: readonly string[]): string | undefined {
	const seen = new Set<string>();
	for (const v of review.verdicts) {
		if (!scenarioIds.includes(v.scenarioId))
			return `verdict for ${JSON.stringify(v.scenarioId)}: not a scenario of this round`;
		if (seen.has(v.scenarioId)) return `verdict for ${JSON.stringify(v.scenarioId)}: given twice`;
		seen.add(v.scenarioId);
		if (v.verdict !== 'sound' && v.comment.trim() === '')
			return `verdict for ${JSON.stringify(v.scenarioId)}: ${v.verdict} needs a comment saying why`;
	}
	const missing = scenarioIds.filter((id) => !seen.has(id));
	if (missing.length > 0) return `no verdict for ${missing.map((m) => JSON.stringify(m)).join(', ')}`;
	return undefined;
}
