import type { RedistributionOptions } from '../types.js';
import type { CompiledWorld } from '../world/types.js';
import { shippingLanes, type PeriodRates } from './context.js';
import type { SimState } from './types.js';

/**
 * Adds today's automatic shipments to the plan's: on each lane of a basic flow resource, when the
 * origin holds more days of need than the destination by more than `imbalance` (counting goods
 * already on the way), ship toward equal days of stock, keeping `keepDays` at the origin (or half
 * its store when it holds less), split over the origin's lanes for that resource, within lane
 * capacity. A region on local reserves (a threat level) ships only within its autonomy cluster.
 */
export function redistribute(
	world: CompiledWorld,
	state: SimState,
	lanes: Int32Array,
	rates: PeriodRates | null,
	o: RedistributionOptions
): PeriodRates {
	const { K, L } = world;
	const RK = world.R * K;
	const transfer = rates ? Float64Array.from(rates.transfer) : new Float64Array(L);
	const outgoing = rates ? Float64Array.from(rates.outgoing) : new Float64Array(RK);
	const stock = Float64Array.from(state.stock);
	// Goods on the way count as the destination's stock.
	for (const lane of lanes) {
		const at = world.arcTo[world.laneArc[lane]!]! * K + world.laneResource[lane]!;
		stock[at]! += state.onRoad[lane]!;
	}
	const fanout = new Int32Array(RK);
	for (const lane of lanes)
		if (state.arcOpen[world.laneArc[lane]!])
			fanout[world.arcFrom[world.laneArc[lane]!]! * K + world.laneResource[lane]!]! += 1;
	for (const lane of lanes) {
		const k = world.laneResource[lane]!;
		if (world.normKind[k] !== 1 || world.tier[k] !== 'basic') continue;
		const a = world.laneArc[lane]!;
		if (!state.arcOpen[a]) continue;
		// A region under a threat level runs on its local reserves: nothing leaves it automatically,
		// except to the regions of its autonomy cluster, which pool their reserves.
		if (
			state.localReserves[world.arcFrom[a]!] &&
			world.cluster[world.arcFrom[a]!] !== world.cluster[world.arcTo[a]!]
		)
			continue;
		const from = world.arcFrom[a]! * K + k;
		const to = world.arcTo[a]! * K + k;
		const needFrom = state.need[from]!;
		const needTo = state.need[to]!;
		if (needTo <= 0) continue;
		const daysFrom = needFrom > 0 ? stock[from]! / needFrom : Infinity;
		const daysTo = stock[to]! / needTo;
		if (!(daysFrom > daysTo * (1 + o.imbalance))) continue;
		const level =
			needFrom > 0 ? (stock[from]! * needTo - stock[to]! * needFrom) / (needFrom + needTo) : stock[from]!;
		// Keep keepDays of need, or half the store where it cannot hold that many (energy): else a grid never helps.
		const keep = Math.min(o.keepDays * needFrom, world.storageCap[from]! / 2);
		const spare = stock[from]! - keep - outgoing[from]!;
		const amount = Math.min(level / fanout[from]!, spare, world.laneCapacity[lane]! - transfer[lane]!);
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
