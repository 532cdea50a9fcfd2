import type { SurvivalCause } from './predictSurvival.js';
import type { LpModel } from '../lp/types.js';
import type { ModelSettings, PlanningInput, PolicyId } from './types.js';

/** One region × served resource × period: need (model units) and the columns that meet it. */
export interface CellIndex {
	readonly region: string;
	readonly resource: string;
	readonly period: number;
	readonly need: number;
	readonly kind: 'flow' | 'stock';
	readonly delivered: number;
	readonly shortfall: number;
	/** What the need row itself misses (energy, for food): `shortfall` unless the need has further nutrients. */
	readonly intakeShortfall: number;
	/** Substitute columns, in units of this cell's need; `perUnit`: need units one unit of `by` supplies. */
	readonly substitutes: readonly { readonly by: string; readonly column: number; readonly perUnit: number }[];
	/** Person-days of norm per model unit of shortfall (1000, or 1000 × period days for standing norms). */
	readonly personDaysPerUnit: number;
}

export interface StockIndex {
	readonly region: string;
	readonly resource: string;
	readonly period: number;
	readonly column: number;
	readonly capacity: number;
	readonly floor: number;
	readonly floorRow: number | null;
	/** Stock at the start of the horizon (model units) and the share kept per period after losses. */
	readonly initial: number;
	readonly keep: number;
}

export interface ProductionIndex {
	readonly region: string;
	readonly resource: string;
	readonly period: number;
	readonly column: number;
	readonly upper: number;
	/** kWh drawn per model unit produced (inputs of the energy resource). */
	readonly kwhPerUnit: number;
}

export interface ShipmentIndex {
	readonly arc: string;
	readonly from: string;
	readonly to: string;
	readonly resource: string;
	readonly period: number;
	readonly column: number;
	readonly upper: number;
	readonly tkmPerUnit: number;
	readonly kwhPerUnit: number;
	readonly lossRate: number;
}

/** The federation's survival trigger for one basic flow good in one period (see `addSurvivalTrigger`). */
export interface TriggerIndex {
	readonly resource: string;
	readonly period: number;
	/** Column of the stock still missing below the trigger at the period's end (model units). */
	readonly slack: number;
	/** The stock the trigger asks for (model units). */
	readonly level: number;
}

/** What a row means, for explanations and the elastic relaxation. */
export interface RowMeta {
	readonly kind:
		| 'balance'
		| 'need'
		| 'nutrient'
		| 'floor'
		| 'substitution'
		| 'occupancy'
		| 'coverage'
		| 'gap'
		| 'priority'
		| 'reserve';
	readonly region?: string;
	readonly resource?: string;
	readonly period?: number;
}

/** A built allocation model and the map from its columns back to the world. */
export interface AllocationModel {
	readonly model: LpModel;
	readonly policy: PolicyId;
	readonly input: PlanningInput;
	readonly settings: ModelSettings;
	/** Catalogue units per model unit, per resource (1000 people's daily norm). */
	readonly scale: Readonly<Record<string, number>>;
	readonly cells: readonly CellIndex[];
	readonly stocks: readonly StockIndex[];
	readonly production: readonly ProductionIndex[];
	readonly shipments: readonly ShipmentIndex[];
	readonly rows: readonly RowMeta[];
	/** Factor the policy objective was multiplied by to keep coefficients above solver tolerances. */
	readonly objectiveScale: number;
	/** The federation's survival triggers the plan is held to (empty without a stock-days rule). */
	readonly triggers: readonly TriggerIndex[];
	/** The first per-resource minimum-coverage column of policies that maximise it, else null. */
	readonly minCoverageColumn: number | null;
	/** The periods the world is expected to spend in survival mode (see `withSurvival`); empty when none. */
	readonly survival: {
		readonly quotaFactor: number;
		readonly causes: readonly SurvivalCause[];
		/** `survivalKey(region, period)` of each cause. */
		readonly cells: ReadonlySet<string>;
		/** The share of each cell's period spent in survival mode (absent: all of it). */
		readonly shares?: ReadonlyMap<string, number>;
	};
}
