import type { CompiledWorld } from '../world/types.js';

/**
 * Per-run tables for the step's hot loops, so that each element costs a few flat reads: no
 * chains of indirection (lane → arc → region → cell), no modulo, no branch on a site's inputs, and
 * one resource per inner loop where its cells touch nothing else (its sums then stay in registers).
 */
export interface KernelTables {
	/**
	 * Active cells in the order they consume: first resource by resource (regions in order) those of
	 * resources whose cells touch no other cell, each resource a group (`useGroupStart`); then, from
	 * `useGroupStart[useGroupResource.length]`, in rk order, the coupled ones (substitutes drawn from
	 * the region's other cells, nutrients), as the catalogue couples them. Per position: cell, resource
	 * and storage capacity.
	 */
	readonly useCell: Int32Array;
	readonly useResource: Int32Array;
	readonly useCap: Float64Array;
	readonly useGroupStart: Int32Array;
	readonly useGroupResource: Int32Array;
	/**
	 * Sites in production order (`prodOrder`): per position its cell and resource, its share of the
	 * cell's capacity and the cell's storage capacity. The first `plainSites` have no inputs, grouped by resource
	 * (`plainGroupStart`, one group per resource, and its end).
	 */
	readonly siteCell: Int32Array;
	readonly siteResource: Int32Array;
	readonly siteShare: Float64Array;
	readonly siteCap: Float64Array;
	readonly plainSites: number;
	readonly plainGroupStart: Int32Array;
	/** The distinct peak days of the sites, and per site (by site index) its peak's index: one cosine per peak a day. */
	readonly peakDays: Float64Array;
	readonly sitePeak: Int32Array;
	/** Per lane: origin and destination cells, lead in steps, t·km per unit shipped, share lost on its arc. */
	readonly laneFrom: Int32Array;
	readonly laneTo: Int32Array;
	readonly laneLeadSteps: Int32Array;
	readonly laneTonneKm: Float64Array;
	readonly laneLoss: Float64Array;
	/** Per lane: 1 when its resource is a basic flow (what automatic redistribution ships). */
	readonly laneBasicFlow: Uint8Array;
}

/** Resources whose cells draw on (or are drawn by) other cells of their region, or check nutrients. */
function coupledResources(world: CompiledWorld): Uint8Array {
	const { K, substituteStart, substitute, nutrients } = world;
	const coupled = new Uint8Array(K);
	for (let k = 0; k < K; k++) {
		if (nutrients[k]!.length > 0) coupled[k] = 1;
		for (let j = substituteStart[k]!; j < substituteStart[k + 1]!; j++)
			coupled[k] = coupled[substitute[j]!] = 1;
	}
	return coupled;
}

/** Positions where the value of `of` changes along `order`, and the end: one group per run of equal values. */
function groupStarts(order: ArrayLike<number>, of: (x: number) => number): number[] {
	const starts: number[] = [];
	for (let i = 0; i < order.length; i++) if (i === 0 || of(order[i]!) !== of(order[i - 1]!)) starts.push(i);
	starts.push(order.length);
	return starts;
}

export function kernelTables(
	world: CompiledWorld,
	activeCells: Int32Array,
	prodOrder: Int32Array,
	capacityShare: Float64Array,
	stepsPerDay: number,
	tonnesPerUnit: Float64Array
): KernelTables {
	const { K, L } = world;
	const laneFrom = new Int32Array(L);
	const laneTo = new Int32Array(L);
	const laneLeadSteps = new Int32Array(L);
	const laneTonneKm = new Float64Array(L);
	for (let lane = 0; lane < L; lane++) {
		const a = world.laneArc[lane]!;
		const k = world.laneResource[lane]!;
		laneFrom[lane] = world.arcFrom[a]! * K + k;
		laneTo[lane] = world.arcTo[a]! * K + k;
		laneLeadSteps[lane] = world.arcLeadDays[a]! * stepsPerDay;
		laneTonneKm[lane] = tonnesPerUnit[k]! * world.arcKm[a]!;
	}
	let plainSites = 0;
	while (
		plainSites < prodOrder.length &&
		world.inputStart[prodOrder[plainSites]! + 1]! === world.inputStart[prodOrder[plainSites]!]!
	)
		plainSites++;
	const coupled = coupledResources(world);
	const resourceOf = (rk: number) => rk % K;
	const cells = Array.from(activeCells);
	// Alone first, by resource (a stable sort keeps regions in order), then the coupled in rk order.
	const alone = cells.filter((rk) => !coupled[rk % K]).sort((a, b) => (a % K) - (b % K) || a - b);
	const useCell = Int32Array.from([...alone, ...cells.filter((rk) => coupled[rk % K])]);
	const useGroupStart = Int32Array.from(groupStarts(alone, resourceOf));
	const peaks = new Map<number, number>();
	const sitePeak = Int32Array.from(world.prodPeakDay, (day) => {
		if (!peaks.has(day)) peaks.set(day, peaks.size);
		return peaks.get(day)!;
	});
	const siteCell = prodOrder.map((p) => world.prodRegion[p]! * K + world.prodResource[p]!);
	return {
		useCell,
		useResource: useCell.map(resourceOf),
		useCap: Float64Array.from(useCell, (rk) => world.storageCap[rk]!),
		useGroupStart,
		useGroupResource: Int32Array.from(useGroupStart.subarray(0, -1), (i) => alone[i]! % K),
		siteCell,
		siteResource: prodOrder.map((p) => world.prodResource[p]!),
		siteShare: Float64Array.from(prodOrder, (p) => capacityShare[p]!),
		siteCap: Float64Array.from(siteCell, (rk) => world.storageCap[rk]!),
		plainSites,
		plainGroupStart: Int32Array.from(
			groupStarts(prodOrder.subarray(0, plainSites), (p) => world.prodResource[p]!)
		),
		peakDays: Float64Array.from(peaks.keys()),
		sitePeak,
		laneFrom,
		laneTo,
		laneLeadSteps,
		laneTonneKm,
		laneLoss: Float64Array.from(world.laneArc, (a) => world.arcLoss[a]!),
		laneBasicFlow: Uint8Array.from(world.laneResource, (k) =>
			world.normKind[k] === 1 && world.tier[k] === 'basic' ? 1 : 0
		)
	};
}
