import type { LpModel } from './types.js';

const num = (n: number) => (Object.is(n, -0) ? '0' : String(n));

/**
 * Free-format MPS (as read by CLP, HiGHS, GLPK `--freemps`, CPLEX); `FREE` after the name tells
 * COIN-OR readers not to expect fixed columns. The objective is always written
 * as a minimisation: a maximisation is negated, which a comment line records, because OBJSENSE is
 * an extension not every reader accepts. https://lpsolve.sourceforge.net/5.5/mps-format.htm
 */
export function writeMps(model: LpModel): string {
	const sign = model.sense === 'max' ? -1 : 1;
	const lines: string[] = [];
	if (model.sense === 'max')
		lines.push('* objective negated: the original model maximises; optimum = -(this minimum)');
	lines.push(`NAME ${model.name} FREE`, 'ROWS', ' N obj');
	const rowType = model.constraints.map((c) => {
		if (c.lower === c.upper) return 'E';
		if (Number.isFinite(c.upper)) return 'L';
		if (Number.isFinite(c.lower)) return 'G';
		return 'N';
	});
	model.constraints.forEach((c, i) => lines.push(` ${rowType[i] === 'N' ? 'N' : rowType[i]} ${c.name}`));
	// Transpose the CSR matrix into columns.
	const perColumn: [number, number][][] = model.variables.map(() => []);
	for (let i = 0; i < model.constraints.length; i++) {
		for (let k = model.rowStarts[i]!; k < model.rowStarts[i + 1]!; k++)
			perColumn[model.columns[k]!]!.push([i, model.values[k]!]);
	}
	lines.push('COLUMNS');
	model.variables.forEach((v, j) => {
		if (v.cost !== 0) lines.push(`    ${v.name} obj ${num(sign * v.cost)}`);
		for (const [i, a] of perColumn[j]!) lines.push(`    ${v.name} ${model.constraints[i]!.name} ${num(a)}`);
		if (v.cost === 0 && perColumn[j]!.length === 0) lines.push(`    ${v.name} obj 0`);
	});
	lines.push('RHS');
	const ranges: string[] = [];
	model.constraints.forEach((c, i) => {
		const type = rowType[i];
		const rhs = type === 'L' || type === 'E' ? c.upper : type === 'G' ? c.lower : 0;
		if (rhs !== 0) lines.push(`    rhs ${c.name} ${num(rhs)}`);
		if (type === 'L' && Number.isFinite(c.lower)) ranges.push(`    rng ${c.name} ${num(c.upper - c.lower)}`);
	});
	if (ranges.length > 0) lines.push('RANGES', ...ranges);
	lines.push('BOUNDS');
	for (const v of model.variables) {
		if (v.lower === v.upper) lines.push(` FX bnd ${v.name} ${num(v.lower)}`);
		else {
			if (v.lower === -Infinity) lines.push(` MI bnd ${v.name}`);
			else if (v.lower !== 0) lines.push(` LO bnd ${v.name} ${num(v.lower)}`);
			if (v.upper !== Infinity) lines.push(` UP bnd ${v.name} ${num(v.upper)}`);
		}
	}
	lines.push('ENDATA', '');
	return lines.join('\n');
}
