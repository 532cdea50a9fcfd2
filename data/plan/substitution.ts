/**
 * The one definition of substitution that the planner's LP and the simulation share: a substitute
 * (quinoa for wheat) makes up at most `maxShare` of what a person receives of the pair, so
 * u ≤ share·(d + u), i.e. u ≤ share / (1 − share) · d; never more than what is still missing, and
 * never more than is available (the substitute's stock, and under a plan its allocation). The
 * planner writes the same bound as a row (`sub_…`, `planner/model/addPhysicalModel.ts`).
 */
export function substituteAllowed(
	/** Units of the resource still missing after its own delivery. */
	missing: number,
	/** Units of the resource itself delivered. */
	delivered: number,
	maxShare: number,
	/** Units of the substitute that may be drawn. */
	available: number
): number {
	// Positional and allocation-free: the simulation calls it in its hot loop.
	const byShare = maxShare >= 1 ? Infinity : (maxShare / (1 - maxShare)) * delivered;
	const allowed = Math.min(missing, byShare, available);
	return allowed > 0 ? allowed : 0;
}
