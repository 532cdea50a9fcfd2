/** A decision variable: bounds (±Infinity for none, default 0..Infinity) and objective coefficient. */
export interface LpVariable {
	readonly name: string;
	readonly lower: number;
	readonly upper: number;
	readonly cost: number;
}

/**
 * A linear constraint `lower ≤ Σ a·x ≤ upper` (equal bounds make an equality). `kind` groups rows for
 * explanations (e.g. `balance`, `floor`); `relaxable` rows may give in an elastic relaxation.
 */
export interface LpConstraint {
	readonly name: string;
	readonly lower: number;
	readonly upper: number;
	readonly kind: string;
	readonly relaxable: boolean;
}

/** A linear program with its matrix stored row-wise (CSR): row i uses entries rowStarts[i]..rowStarts[i+1]. */
export interface LpModel {
	readonly name: string;
	readonly sense: 'min' | 'max';
	readonly variables: readonly LpVariable[];
	readonly constraints: readonly LpConstraint[];
	readonly rowStarts: Int32Array;
	readonly columns: Int32Array;
	readonly values: Float64Array;
}

/** Size of a model, as reported by the benchmark and the solver choice. */
export interface LpSize {
	readonly variables: number;
	readonly constraints: number;
	readonly nonZeros: number;
}

/** Result of recomputing a solution against its model; violations are relative to max(1, |bound|, Σ|a·x|). */
export interface ResidualReport {
	readonly ok: boolean;
	readonly tolerance: number;
	readonly maxRowViolation: number;
	readonly maxBoundViolation: number;
	/** Name of the worst row or variable, or null when nothing is violated. */
	readonly worst: string | null;
	/** c·x recomputed from the model. */
	readonly objective: number;
}
