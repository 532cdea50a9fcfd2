import type { Tier, Unit } from '../../data/reference/types.js';

/** How a norm is drawn: 0 no norm, 1 a flow (units/person/day), 2 a standing stock (units/person, e.g. housing m²). */
export type NormKind = 0 | 1 | 2;

/**
 * A world laid out in flat typed arrays for a fast step. Index `rk = r * K + k` addresses region r,
 * resource k. Production sites, arcs and lanes (an arc carrying one resource) are numbered in file order.
 */
export interface CompiledWorld {
	readonly id: string;
	/** Milliseconds (UTC) of the first simulated day's midnight. */
	readonly startMs: number;
	readonly regions: readonly string[];
	readonly resources: readonly string[];
	readonly R: number;
	readonly K: number;
	readonly tier: readonly Tier[];
	readonly unit: readonly Unit[];
	readonly normKind: Uint8Array;
	/** Norm per person per day (flows; `year` norms ÷ 365) or per person (stocks); 0 when none. */
	readonly norm: Float64Array;
	/** Extra per physical worker per day (food +500 kcal). */
	readonly labourExtra: Float64Array;
	/** Extra per child (housing +10 m²). */
	readonly childExtra: Float64Array;
	/** Share of a stock lost per day in storage. */
	readonly lossPerDay: Float64Array;
	/** Points price of tier-2 goods (0 when none) and how tier-3 goods are handed out (null for other tiers). */
	readonly pointsCost: Float64Array;
	/** Strategic reserve per resource, days of need (catalogue `reserveDays`, default 182: six months). */
	readonly reserveDays: Float64Array;
	/** What serving one unit of tier-2/3 good k draws: inputs serviceStart[k] .. serviceStart[k+1]−1 (resource, per unit), and labour hours. */
	readonly serviceStart: Int32Array;
	readonly serviceResource: Int32Array;
	readonly servicePerUnit: Float64Array;
	readonly serviceLabourHours: Float64Array;
	readonly rareDistribution: readonly ('queue' | 'lottery' | 'sharing' | null)[];
	/**
	 * Substitutes of resource k: substituteStart[k] .. substituteStart[k+1]−1, each a resource index, the
	 * largest share of what is received it may make up, and the units of k's need one unit supplies.
	 */
	readonly substituteStart: Int32Array;
	readonly substitute: Int32Array;
	readonly substituteShare: Float64Array;
	readonly substitutePerUnit: Float64Array;
	/**
	 * Per resource: the further nutrients its need must supply (protein for food counted by nutrient; empty
	 * for most), each with its need per person a day, what one unit of k carries, and what one unit of each
	 * of k's substitutes carries (indexed like them, from substituteStart[k]).
	 */
	readonly nutrients: readonly (readonly {
		readonly perPerson: number;
		readonly perUnit: number;
		readonly bySubstitute: Float64Array;
	}[])[];
	readonly adults: Float64Array;
	readonly children: Float64Array;
	readonly workers: Float64Array;
	/** Storage capacity and initial stock per rk (units). */
	readonly storageCap: Float64Array;
	readonly initialStock: Float64Array;
	readonly gatewaysPerSite: Int32Array;
	/** Autonomy cluster per region (a region without one is its own cluster). */
	readonly cluster: Int32Array;
	/** Production sites. */
	readonly P: number;
	readonly prodRegion: Int32Array;
	readonly prodResource: Int32Array;
	readonly prodCapacity: Float64Array;
	readonly prodAmplitude: Float64Array;
	readonly prodPeakDay: Float64Array;
	readonly prodSource: readonly (string | null)[];
	/** Inputs of site p are entries inputStart[p] .. inputStart[p+1]−1 of inputResource/inputPerUnit. */
	readonly inputStart: Int32Array;
	readonly inputResource: Int32Array;
	readonly inputPerUnit: Float64Array;
	/** Arcs. */
	readonly A: number;
	readonly arcIds: readonly string[];
	readonly arcFrom: Int32Array;
	readonly arcTo: Int32Array;
	readonly arcLeadDays: Int32Array;
	readonly arcLoss: Float64Array;
	readonly arcKm: Float64Array;
	/** Lanes: one resource on one arc. */
	readonly L: number;
	readonly laneArc: Int32Array;
	readonly laneResource: Int32Array;
	readonly laneCapacity: Float64Array;
	readonly laneEnergyPerUnit: Float64Array;
	readonly regionIndex: ReadonlyMap<string, number>;
	readonly resourceIndex: ReadonlyMap<string, number>;
	readonly arcIndex: ReadonlyMap<string, number>;
	/** Lane of `${arcIndex}:${resourceIndex}`. */
	readonly laneIndex: ReadonlyMap<string, number>;
}
