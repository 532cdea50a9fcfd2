import type { LpModel } from './types.js';

const PER_LINE = 8;

function expression(terms: readonly [number, string][]): string {
	if (terms.length === 0) return '0 dummy_zero';
	const parts = terms.map(([a, n], k) => `${a < 0 ? '-' : k === 0 ? '' : '+'} ${Math.abs(a)} ${n}`);
	const lines: string[] = [];
	for (let k = 0; k < parts.length; k += PER_LINE) lines.push(parts.slice(k, k + PER_LINE).join(' '));
	return lines.join('\n   ');
}

/**
 * CPLEX LP format (read by HiGHS, CPLEX, Gurobi, GLPK `--lp`, SCIP). A ranged row is written as two
 * rows, `<name>_lo` and `<name>_up`. https://www.ibm.com/docs/en/icos/22.1.1?topic=cplex-lp-file-format-algebraic-representation
 */
export function writeLp(model: LpModel): string {
	const out: string[] = [`\\ ${model.name}`, model.sense === 'max' ? 'Maximize' : 'Minimize'];
	const objective = model.variables.flatMap((v) =>
		v.cost === 0 ? [] : [[v.cost, v.name] as [number, string]]
	);
	out.push(` obj: ${expression(objective)}`, 'Subject To');
	let usesDummy = objective.length === 0;
	model.constraints.forEach((c, i) => {
		const terms: [number, string][] = [];
		for (let k = model.rowStarts[i]!; k < model.rowStarts[i + 1]!; k++)
			terms.push([model.values[k]!, model.variables[model.columns[k]!]!.name]);
		if (terms.length === 0) usesDummy = true;
		const expr = expression(terms);
		if (c.lower === c.upper) out.push(` ${c.name}: ${expr} = ${c.upper}`);
		else if (Number.isFinite(c.lower) && Number.isFinite(c.upper)) {
			out.push(` ${c.name}_lo: ${expr} >= ${c.lower}`, ` ${c.name}_up: ${expr} <= ${c.upper}`);
		} else if (Number.isFinite(c.upper)) out.push(` ${c.name}: ${expr} <= ${c.upper}`);
		else if (Number.isFinite(c.lower)) out.push(` ${c.name}: ${expr} >= ${c.lower}`);
	});
	out.push('Bounds');
	for (const v of model.variables) {
		if (v.lower === v.upper) out.push(` ${v.name} = ${v.lower}`);
		else if (v.lower === -Infinity && v.upper === Infinity) out.push(` ${v.name} free`);
		else if (v.lower === -Infinity) out.push(` -inf <= ${v.name} <= ${v.upper}`);
		else if (v.upper === Infinity) {
			if (v.lower !== 0) out.push(` ${v.name} >= ${v.lower}`);
		} else out.push(` ${v.lower} <= ${v.name} <= ${v.upper}`);
	}
	if (usesDummy) out.push(' dummy_zero = 0');
	out.push('End', '');
	return out.join('\n');
}
