import type { CompiledWorld } from '../../sim/world/types.js';
import type { Made, PremiseRule } from './types.js';

/** A region × good made again, or no longer, since the plan in force was proposed (shares of the region's daily need). */
export interface Departure {
	readonly region: string;
	readonly resource: string;
	/** What the region made on the day before the plan was proposed (what its planner read), and on the last day. */
	readonly then: number;
	readonly now: number;
}

/**
 * Where the plan in force no longer rests on what the telemetry shows: a region's production of a basic good (a
 * flow with a norm) that was nil when the plan was proposed (under `zeroShare` of the region's daily need) and is
 * made again (over `madeShare`: a dark solar coast back), or the reverse (a shock's start). The planner bounds the
 * plan's production by the capacity it read off the telemetry then, so such a switch leaves the plan's figures of a
 * world that is gone. A plain rise or fall is not news: sites make more while they fill their stores, less once full.
 */
export function brokenPremise(
	then: readonly Made[],
	now: readonly Made[],
	world: CompiledWorld,
	rule: PremiseRule
): Departure[] {
	const before = new Map(then.map((m) => [`${m.region}\u0000${m.resource}`, m.amount]));
	return now.flatMap((m) => {
		const r = world.regionIndex.get(m.region);
		const k = world.resourceIndex.get(m.resource);
		const was = before.get(`${m.region}\u0000${m.resource}`);
		if (r === undefined || k === undefined || was === undefined) return [];
		if (world.tier[k] !== 'basic' || world.normKind[k] !== 1) return [];
		const need = world.norm[k]! * (world.adults[r]! + world.children[r]!);
		if (!(need > 0)) return [];
		const nil = (x: number) => x < rule.zeroShare * need;
		const made = (x: number) => x > rule.madeShare * need;
		if (!(nil(was) && made(m.amount)) && !(made(was) && nil(m.amount))) return [];
		return [{ region: m.region, resource: m.resource, then: was / need, now: m.amount / need }];
	});
}
