import { flowWithStandIns, withStandIns } from '../../data/plan/standIns.js';
import type { SimState } from '../step/types.js';
import type { CompiledWorld } from '../world/types.js';
import type { ThreatObservation } from './stepThreats.js';
import type { RationingPolicy } from '../types.js';
import type { IndexedStandIn, ThreatLevel } from './types.js';

/**
 * Reads a closed day's conditions off the world, per region and for the federation:
 * - stock days: for each basic flow resource, stock ÷ (need − today's production capacity − today's
 *   arrivals), the lowest over resources; a region that makes or receives what it needs never runs
 *   out (Infinity). This is per region: the lowest cell of the whole world would fire on day 1 and
 *   never lift. A good's stand-ins (`standIns`, by nutrient wheat and quinoa for food) count in its stock
 *   and supply as the world eats them (`withStandIns`, `flowWithStandIns`: the rule the loop's
 *   `observedThreat` reads telemetry by), so a granary full of wheat is no empty food store.
 * - sensors lost: silent gateways ÷ gateways;
 * - cut off: every arc into the region is closed;
 * - below lifeline: people whose delivery of some lifeline need (`lifelineOf[k]` = 1) fell under
 *   `lifeline` × need today. Proportional rationing gives everyone the same share, so a region
 *   counts whole once its coverage c is under the lifeline; lifeline-first serves the lifeline to
 *   a share c ÷ lifeline of its people first. Over several short goods the worst one counts (the
 *   same people are served first for every good).
 */
export function observeThreat(
	world: CompiledWorld,
	state: SimState,
	gatewayRegion: Int32Array,
	lifeline: number,
	lifelineOf: Uint8Array,
	rationing: RationingPolicy,
	declared: ThreatLevel,
	standIns: readonly (readonly IndexedStandIn[])[]
): ThreatObservation {
	const { R, K } = world;
	const { dayNeed, dayGot, need, dayInflow } = state;
	const capacity = new Float64Array(R * K);
	for (let p = 0; p < world.P; p++)
		capacity[world.prodRegion[p]! * K + world.prodResource[p]!]! += state.siteCapacity[p]!;
	const gateways = new Float64Array(R);
	const silent = new Float64Array(R);
	let allSilent = 0;
	for (let g = 0; g < gatewayRegion.length; g++) {
		gateways[gatewayRegion[g]!]!++;
		silent[gatewayRegion[g]!]! += state.gatewaySilent[g]!;
	}
	for (let g = 0; g < state.gatewaySilent.length; g++) allSilent += state.gatewaySilent[g]!;
	const incoming = new Int32Array(R);
	const open = new Int32Array(R);
	for (let a = 0; a < world.A; a++) {
		incoming[world.arcTo[a]!]!++;
		open[world.arcTo[a]!]! += state.arcOpen[a]!;
	}
	// Per resource, read once: 1 basic, 2 a basic flow (the tier by name is a string comparison).
	const basic = Uint8Array.from(world.tier, (tier, k) =>
		tier !== 'basic' ? 0 : world.normKind[k] === 1 ? 2 : 1
	);
	const persons = new Float64Array(R);
	let fedLifeline = 0;
	let total = 0;
	const regions: ThreatObservation['regions'][number][] = [];
	for (let r = 0; r < R; r++) {
		persons[r] = state.adults[r]! + state.children[r]!;
		total += persons[r]!;
		let stockDays = Infinity;
		let below = 0;
		for (let k = 0; k < K; k++) {
			if (basic[k] === 0) continue;
			const rk = r * K + k;
			const needed = dayNeed[rk]!;
			if (lifelineOf[k] && needed > 0 && dayGot[rk]! < lifeline * needed) {
				const c = dayGot[rk]! / needed;
				below = Math.max(below, rationing === 'proportional' ? 1 : 1 - c / lifeline);
			}
			if (basic[k] !== 2) continue;
			const subs = standIns[k]!;
			const deficit = need[rk]! - supplyOf(subs, r * K, k, capacity, dayInflow);
			if (deficit > 0) stockDays = Math.min(stockDays, stockOf(state, subs, r * K, k) / deficit);
		}
		fedLifeline += below * persons[r]!;
		regions.push({
			stockDays,
			sensorsLost: gateways[r]! > 0 ? silent[r]! / gateways[r]! : 0,
			cutOff: incoming[r]! > 0 && open[r] === 0,
			belowLifeline: below,
			declared: 'normal'
		});
	}
	return {
		regions,
		federation: {
			stockDays: federationStockDays(world, state, capacity, standIns),
			sensorsLost: gatewayRegion.length > 0 ? allSilent / gatewayRegion.length : 0,
			cutOff: false,
			belowLifeline: total > 0 ? fedLifeline / total : 0,
			declared
		},
		persons
	};
}

/** A cell's stock in its need's units, its stand-ins' counted as far as the world would hand them out. */
function stockOf(state: SimState, subs: readonly IndexedStandIn[], base: number, k: number): number {
	const own = state.stock[base + k]!;
	if (subs.length === 0) return own;
	return withStandIns(
		own,
		subs.map((s) => ({ of: s.of, stock: state.stock[base + s.k]! }))
	);
}

/**
 * A cell's supply (`made` plus `arrived`, per cell index) in its need's units, with what its stand-ins drawn only
 * as it add. Arrays, not a callback: it runs for every basic cell each day.
 */
function supplyOf(
	subs: readonly IndexedStandIn[],
	base: number,
	k: number,
	made: Float64Array,
	arrived: Float64Array | null
): number {
	const own = made[base + k]! + (arrived ? arrived[base + k]! : 0);
	if (subs.length === 0) return own;
	return flowWithStandIns(
		own,
		subs.map((s) => ({ of: s.of, value: made[base + s.k]! + (arrived ? arrived[base + s.k]! : 0) }))
	);
}

/**
 * The federation's stock days: whole-world stock ÷ whole-world deficit, lowest over basic flow resources, each
 * region's stock and capacity with its stand-ins (they feed the region that holds them).
 */
function federationStockDays(
	world: CompiledWorld,
	state: SimState,
	capacity: Float64Array,
	standIns: readonly (readonly IndexedStandIn[])[]
): number {
	const { R, K } = world;
	let days = Infinity;
	for (let k = 0; k < K; k++) {
		if (world.tier[k] !== 'basic' || world.normKind[k] !== 1) continue;
		let stock = 0;
		let deficit = 0;
		for (let r = 0; r < R; r++) {
			stock += stockOf(state, standIns[k]!, r * K, k);
			deficit += state.need[r * K + k]! - supplyOf(standIns[k]!, r * K, k, capacity, null);
		}
		if (deficit > 0) days = Math.min(days, stock / deficit);
	}
	return days;
}

/**
 * Per resource, 1 when a lifeline is about it: the basic resources named in `ids`, or every basic
 * resource when `ids` is null or names none of the catalogue's (another catalogue than the shipped one).
 */
export function lifelineMask(world: CompiledWorld, ids: readonly string[] | null): Uint8Array {
	const named = Uint8Array.from(world.resources, (id, k) =>
		world.tier[k] === 'basic' && ids !== null && ids.includes(id) ? 1 : 0
	);
	if (named.some((x) => x === 1)) return named;
	return Uint8Array.from(world.tier, (tier) => (tier === 'basic' ? 1 : 0));
}
