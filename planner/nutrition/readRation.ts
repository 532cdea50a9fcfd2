import type { RationModel } from './buildRationModel.js';

/** A solved ration: food eaten per region (catalogue units), and each nutrient's coverage (0..1) per region. */
export interface Ration {
	readonly eaten: readonly { readonly region: string; readonly resource: string; readonly amount: number }[];
	readonly coverage: readonly {
		readonly region: string;
		readonly nutrient: string;
		readonly coverage: number;
	}[];
}

export function readRation(m: RationModel, x: ArrayLike<number>): Ration {
	return {
		eaten: m.eaten.map((e) => ({ region: e.region, resource: e.resource, amount: x[e.column]! * e.scale })),
		coverage: m.unmet.map((u) => ({
			region: u.region,
			nutrient: u.nutrient,
			coverage: 1 - x[u.column]! / u.need
		}))
	};
}
