import type { CompiledWorld } from '../world/types.js';

/**
 * Per-run tables for the step's hot loops, so that each element costs a few flat reads: no
 * chains of indirection (lane → arc → region → cell), no modulo, no branch on a site's inputs.
 */
export interface KernelTables {
	/** Per active cell (same order as `activeCells`): its resource. */
	readonly cellResource: Int32Array;
	/** Sites in production order and their cell; the first `plainSites` have no inputs. */
	readonly siteCell: Int32Array;
	readonly plainSites: number;
	/** Per lane: origin and destination cells, lead in steps, t·km per unit shipped. */
	readonly laneFrom: Int32Array;
	readonly laneTo: Int32Array;
	readonly laneLeadSteps: Int32Array;
	readonly laneTonneKm: Float64Array;
}

export function kernelTables(
	world: CompiledWorld,
	activeCells: Int32Array,
	prodOrder: Int32Array,
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
	return {
		cellResource: activeCells.map((rk) => rk % K),
		siteCell: prodOrder.map((p) => world.prodRegion[p]! * K + world.prodResource[p]!),
		plainSites,
		laneFrom,
		laneTo,
		laneLeadSteps,
		laneTonneKm
	};
}
