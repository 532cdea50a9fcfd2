import type { RedistributionOptions } from '../types.js';
import type { CompiledWorld } from '../world/types.js';
import { shippingLanes, type PeriodRates, type StepContext } from './context.js';
import type { SimState } from './types.js';

/** Per-run scratch of `redistribute`, reused every day: stock with goods on the way, and open lanes per origin cell. */
export interface RedistributionScratch {
	readonly stock: Float64Array;
	readonly fanout: Int32Array;
}

export function redistributionScratch(world: CompiledWorld): RedistributionScratch {
	const RK = world.R * world.K;
	return { stock: new Float64Array(RK), fanout: new Int32Array(RK) };
}

/**
 * Adds today's automatic shipments to the plan's: on each lane of a basic flow resource, when the
 * origin holds more days of need than the destination by more than `imbalance` (counting goods
 * already on the way), ship toward equal days of stock, keeping `keepDays` at the origin (or half
 * its store when it holds less), split over the origin's lanes for that resource, within lane
 * capacity. A region on local reserves (a threat level) ships only within its autonomy cluster.
 * Lane cells come from the step's per-lane tables, not lane → arc → region.
 */
export function redistribute(
	world: CompiledWorld,
	state: SimState,
	ctx: StepContext,
	rates: PeriodRates | null,
	o: RedistributionOptions,
	scratch: RedistributionScratch = redistributionScratch(world)
): PeriodRates {
	const { L } = world;
	const RK = world.R * world.K;
	const lanes = ctx.transitLanes;
	const { laneFrom, laneTo, laneBasicFlow } = ctx.tables;
	const { laneArc, arcFrom, arcTo, cluster, storageCap, laneCapacity } = world;
	const { arcOpen, localReserves, need, onRoad } = state;
	const transfer = rates ? Float64Array.from(rates.transfer) : new Float64Array(L);
	const outgoing = rates ? Float64Array.from(rates.outgoing) : new Float64Array(RK);
	const stock = scratch.stock;
	stock.set(state.stock);
	// Goods on the way count as the destination's stock.
	for (let u = 0; u < lanes.length; u++) stock[laneTo[lanes[u]!]!]! += onRoad[lanes[u]!]!;
	const fanout = scratch.fanout;
	fanout.fill(0);
	for (let u = 0; u < lanes.length; u++) if (arcOpen[laneArc[lanes[u]!]!]) fanout[laneFrom[lanes[u]!]!]! += 1;
	const imbalance = 1 + o.imbalance;
	for (let u = 0; u < lanes.length; u++) {
		const lane = lanes[u]!;
		if (laneBasicFlow[lane] === 0) continue;
		const a = laneArc[lane]!;
		if (!arcOpen[a]) continue;
		// A region under a threat level runs on its local reserves: nothing leaves it automatically,
		// except to the regions of its autonomy cluster, which pool their reserves.
		if (localReserves[arcFrom[a]!] && cluster[arcFrom[a]!] !== cluster[arcTo[a]!]) continue;
		const from = laneFrom[lane]!;
		const to = laneTo[lane]!;
		const needFrom = need[from]!;
		const needTo = need[to]!;
		if (needTo <= 0) continue;
		const daysFrom = needFrom > 0 ? stock[from]! / needFrom : Infinity;
		const daysTo = stock[to]! / needTo;
		if (!(daysFrom > daysTo * imbalance)) continue;
		const level =
			needFrom > 0 ? (stock[from]! * needTo - stock[to]! * needFrom) / (needFrom + needTo) : stock[from]!;
		// Keep keepDays of need, or half the store where it cannot hold that many (energy): else a grid never helps.
		const keep = Math.min(o.keepDays * needFrom, storageCap[from]! / 2);
		const spare = stock[from]! - keep - outgoing[from]!;
		const amount = Math.min(level / fanout[from]!, spare, laneCapacity[lane]! - transfer[lane]!);
		if (amount <= 0) continue;
		transfer[lane]! += amount;
		outgoing[from]! += amount;
	}
	return {
		allocation: rates ? rates.allocation : null,
		production: rates ? rates.production : null,
		transfer,
		outgoing,
		shipping: shippingLanes(transfer, lanes)
	};
}
