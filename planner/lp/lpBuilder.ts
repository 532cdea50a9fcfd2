import type { LpModel } from './types.js';

/** Options of a variable; omitted fields give a non-negative variable with no cost. */
export interface VariableOptions {
	readonly lower?: number;
	readonly upper?: number;
	readonly cost?: number;
}

/** Options of a constraint; omitted bounds are infinite. */
export interface ConstraintOptions {
	readonly lower?: number;
	readonly upper?: number;
	readonly kind: string;
	readonly relaxable?: boolean;
}

/** A term of a linear expression: [variable index, coefficient]. */
export type Term = readonly [number, number];

/** Accumulates variables and rows, then freezes them into an `LpModel`. Names must be unique. */
export interface LpBuilder {
	variable(name: string, options?: VariableOptions): number;
	addCost(index: number, cost: number): void;
	constraint(name: string, terms: readonly Term[], options: ConstraintOptions): number;
	readonly variableCount: number;
	/** An independent copy holding everything added so far (to share a common part between models). */
	fork(): LpBuilder;
	build(): LpModel;
}

/** LP/MPS names allow letters, digits and `_.`; ids such as `north-lake` become `north_lake`. */
export function lpName(...parts: readonly (string | number)[]): string {
	return parts.map((p) => String(p).replace(/[^A-Za-z0-9_.]/g, '_')).join('_');
}

interface State {
	variables: { name: string; lower: number; upper: number; cost: number }[];
	constraints: { name: string; lower: number; upper: number; kind: string; relaxable: boolean }[];
	starts: number[];
	columns: number[];
	values: number[];
	names: Set<string>;
}

export function createLpBuilder(name: string, sense: 'min' | 'max', from?: State): LpBuilder {
	const state: State = from ?? {
		variables: [],
		constraints: [],
		starts: [0],
		columns: [],
		values: [],
		names: new Set()
	};
	const { variables, constraints, starts, columns, values, names } = state;
	const claim = (n: string) => {
		if (!/^[A-Za-z_][A-Za-z0-9_.]*$/.test(n))
			throw new Error(`bug: LP name ${JSON.stringify(n)} is not a valid LP/MPS name`);
		if (names.has(n)) throw new Error(`bug: LP name ${n} used twice`);
		names.add(n);
	};
	return {
		variable(n, o = {}) {
			claim(n);
			const lower = o.lower ?? 0;
			const upper = o.upper ?? Infinity;
			if (!(lower <= upper)) throw new Error(`bug: variable ${n} has lower ${lower} > upper ${upper}`);
			variables.push({ name: n, lower, upper, cost: o.cost ?? 0 });
			return variables.length - 1;
		},
		addCost(index, cost) {
			variables[index]!.cost += cost;
		},
		constraint(n, terms, o) {
			claim(n);
			// Merge repeated variables so the matrix never holds a coordinate twice.
			const merged = new Map<number, number>();
			for (const [j, a] of terms) {
				if (!Number.isFinite(a)) throw new Error(`bug: coefficient ${a} of ${variables[j]?.name} in ${n}`);
				merged.set(j, (merged.get(j) ?? 0) + a);
			}
			for (const [j, a] of [...merged].sort((p, q) => p[0] - q[0])) {
				if (a === 0) continue;
				columns.push(j);
				values.push(a);
			}
			starts.push(columns.length);
			constraints.push({
				name: n,
				lower: o.lower ?? -Infinity,
				upper: o.upper ?? Infinity,
				kind: o.kind,
				relaxable: o.relaxable ?? false
			});
			return constraints.length - 1;
		},
		get variableCount() {
			return variables.length;
		},
		fork() {
			return createLpBuilder(name, sense, {
				variables: variables.map((v) => ({ ...v })),
				constraints: [...constraints],
				starts: [...starts],
				columns: [...columns],
				values: [...values],
				names: new Set(names)
			});
		},
		build() {
			return {
				name,
				sense,
				variables: variables.map((v) => ({ ...v })),
				constraints: constraints.map((c) => ({ ...c })),
				rowStarts: Int32Array.from(starts),
				columns: Int32Array.from(columns),
				values: Float64Array.from(values)
			};
		}
	};
}
