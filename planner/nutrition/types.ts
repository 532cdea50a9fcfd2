/**
 * The nutrition-aware food model: needs are nutrients, foods supply several at once, and a ration
 * is substituted by nutrient (a food stands in for another for what it contains), not by weight.
 * Amounts per person per day; foods in their catalogue unit (kg, kcal of mixed food, ...).
 */

/** One nutrient need, e.g. energy 3000 kcal (+500 for physical labour), protein 60 g. */
export interface Nutrient {
	readonly id: string;
	readonly unit: string;
	readonly perPersonPerDay: number;
	/** Extra per physical worker and per child (default 0). */
	readonly physicalLabourExtra?: number;
	readonly perChildExtra?: number;
}

/** What one unit of a food supplies of each nutrient (absent: 0). */
export interface FoodContent {
	readonly resource: string;
	readonly perUnit: Readonly<Record<string, number>>;
}

/** The nutrient needs, the foods' contents, and the catalogue's ration as the default mix of foods. */
export interface NutritionTable {
	readonly nutrients: readonly Nutrient[];
	readonly foods: readonly FoodContent[];
	/**
	 * The usual ration per person per day (e.g. 0.5 kg of wheat and the rest as mixed food): not a need
	 * of its own but the mix served when nothing forces another; leaving it costs `mixDeviationCost`.
	 */
	readonly defaultMix: readonly { readonly resource: string; readonly perPersonPerDay: number }[];
}

/** A ration-and-network problem (WFP-style): people, where foods can be had, and the links between. */
export interface RationInput {
	readonly days: number;
	readonly regions: readonly {
		readonly id: string;
		readonly population: number;
		readonly physicalWorkers: number;
		readonly children: number;
	}[];
	/** Food on hand or made over the horizon, per region (catalogue units), and its cost per unit. */
	readonly supply: readonly {
		readonly region: string;
		readonly resource: string;
		readonly amount: number;
		readonly costPerUnit: number;
	}[];
	/** Links that carry a food: capacity over the horizon, cost per unit moved, share lost on the way. */
	readonly links: readonly {
		readonly id: string;
		readonly from: string;
		readonly to: string;
		readonly resource: string;
		readonly capacity: number;
		readonly costPerUnit: number;
		readonly lossRate: number;
	}[];
}

/** Weights of the ration model's objective; defaults in `rationDefaults`. */
export interface RationOptions {
	/** Cost of a person-day of one nutrient wholly unmet, in the units of supply and link costs (default 1000: far above moving a day's food). */
	readonly shortfallCost: number;
	/** Cost of a unit of food served away from the default mix, per unit (default 0: cost alone decides). */
	readonly mixDeviationCost: number;
}
