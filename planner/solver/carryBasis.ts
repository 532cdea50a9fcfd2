import type { LpModel } from '../lp/types.js';
import type { Basis } from './types.js';

const AT_LOWER = 0;
const BASIC = 1;
const AT_UPPER = 2;
const ZERO = 3;

/** The nonbasic status a column takes when it leaves or has no status to inherit: its finite bound, else zero. */
const nonbasic = (v: LpModel['variables'][number]) =>
	v.lower > -Infinity ? AT_LOWER : v.upper < Infinity ? AT_UPPER : ZERO;

/**
 * A starting basis for `to` from the optimal basis of another model over the same world (another
 * policy: the same physical columns and rows, other objective and policy rows): statuses are carried
 * over by name, new columns start nonbasic and new rows with their slack basic; the count of basic
 * entries is then made equal to the number of rows, as a basis needs (extra row slacks become
 * basic, or extra columns leave). The simplex repairs what is infeasible or singular, and from
 * there it needs about a third fewer iterations than from the slack basis (200 × 20 world).
 */
export function carryBasis(from: LpModel, basis: Basis, to: LpModel): Basis {
	const colOf = new Map(from.variables.map((v, j) => [v.name, basis.colStatus[j]!]));
	const rowOf = new Map(from.constraints.map((c, i) => [c.name, basis.rowStatus[i]!]));
	const colStatus = Int32Array.from(to.variables, (v) => colOf.get(v.name) ?? nonbasic(v));
	const rowStatus = Int32Array.from(to.constraints, (c) => rowOf.get(c.name) ?? BASIC);
	let missing = rowStatus.length;
	for (const s of colStatus) if (s === BASIC) missing--;
	for (const s of rowStatus) if (s === BASIC) missing--;
	for (let i = 0; missing > 0 && i < rowStatus.length; i++)
		if (rowStatus[i] !== BASIC) {
			rowStatus[i] = BASIC;
			missing--;
		}
	for (let j = 0; missing < 0 && j < colStatus.length; j++)
		if (colStatus[j] === BASIC) {
			colStatus[j] = nonbasic(to.variables[j]!);
			missing++;
		}
	return { colStatus, rowStatus };
}
