import loadHighs from 'highs';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { haveBinary } from '../../harness/index.js';
import { runClp } from '../solver/node/runClp.js';
import { highsSolver } from '../solver/highsSolver.js';
import { jsLpSolver } from '../solver/jsLpSolver.js';
import { solveChecked } from '../solver/solveChecked.js';
import { checkResiduals } from './checkResiduals.js';
import { createLpBuilder } from './lpBuilder.js';
import type { LpModel } from './types.js';
import { writeLp } from './writeLp.js';
import { wyndorGlass } from './cases/wyndorGlass.js';
import { writeMps } from './writeMps.js';

const load = <T>(name: string): T =>
	JSON.parse(readFileSync(new URL(`./cases/${name}`, import.meta.url), 'utf8')) as T;
const solvers = { highs: highsSolver(loadHighs), jslp: jsLpSolver() };

interface Stigler {
	nutrients: { name: string; min: number }[];
	foods: { name: string; perDollar: number[] }[];
	expectedAnnualCostDollars: number;
}
function stigler(): LpModel {
	const data = load<Stigler>('stigler-diet.json');
	const b = createLpBuilder('stigler', 'min');
	const x = data.foods.map((_, j) => b.variable(`food${j}`, { cost: 1 }));
	data.nutrients.forEach((n, i) =>
		b.constraint(
			`nutrient${i}`,
			x.map((j, k) => [j, data.foods[k]!.perDollar[i]!] as const),
			{ lower: n.min, kind: 'nutrient' }
		)
	);
	return b.build();
}

interface Transport {
	plants: { name: string; capacity: number }[];
	markets: { name: string; demand: number }[];
	thousandMiles: Record<string, number[]>;
	freightPerCaseThousandMiles: number;
	expectedCost: number;
}
function transport(): LpModel {
	const data = load<Transport>('transport-dantzig.json');
	const b = createLpBuilder('trnsport', 'min');
	const x = data.plants.map((p) =>
		data.markets.map((m, k) =>
			b.variable(`x_${p.name}_${m.name}`, {
				cost: (data.freightPerCaseThousandMiles * data.thousandMiles[p.name]![k]!) / 1000
			})
		)
	);
	data.plants.forEach((p, i) =>
		b.constraint(
			`supply_${p.name}`,
			x[i]!.map((j) => [j, 1] as const),
			{ upper: p.capacity, kind: 'supply' }
		)
	);
	data.markets.forEach((m, k) =>
		b.constraint(
			`demand_${m.name}`,
			x.map((row) => [row[k]!, 1] as const),
			{ lower: m.demand, kind: 'demand' }
		)
	);
	return b.build();
}

describe('published optima of classic LPs, with both solvers', () => {
	it('Stigler diet (1939 prices): $39.66 a year', async () => {
		const model = stigler();
		const checked = await solveChecked(model, solvers, { jslpMaxVariables: 1000 });
		expect(checked.status).toBe('optimal');
		if (checked.status !== 'optimal') return;
		expect(checked.solution.solver).toBe('jslp');
		expect(checked.solution.objective * 365).toBeCloseTo(
			load<Stigler>('stigler-diet.json').expectedAnnualCostDollars,
			3
		);
		expect(checked.residuals.ok).toBe(true);
		expect(checked.crossCheck).toMatchObject({ status: 'agreed', solver: 'highs' });
	});

	it('Dantzig transport problem: 153.675 thousand dollars', async () => {
		const checked = await solveChecked(transport(), solvers, { jslpMaxVariables: 0 });
		expect(checked.status).toBe('optimal');
		if (checked.status !== 'optimal') return;
		expect(checked.solution.solver).toBe('highs');
		expect(checked.solution.objective).toBeCloseTo(153.675, 6);
		expect(checked.crossCheck).toMatchObject({ status: 'agreed', solver: 'jslp' });
	});

	it('Wyndor Glass: 36 at (2, 6) with shadow prices 0, 1.5, 1', async () => {
		const checked = await solveChecked(wyndorGlass(), solvers);
		expect(checked.status).toBe('optimal');
		if (checked.status !== 'optimal') return;
		expect(checked.solution.objective).toBeCloseTo(36, 9);
		expect([...checked.solution.x]).toEqual([expect.closeTo(2, 9), expect.closeTo(6, 9)]);
		expect([...checked.solution.rowDuals!].map(Math.abs)).toEqual([
			expect.closeTo(0, 9),
			expect.closeTo(1.5, 9),
			expect.closeTo(1, 9)
		]);
	});

	it('flags a solution that breaks a constraint', () => {
		const report = checkResiduals(wyndorGlass(), [3, 6]);
		expect(report.ok).toBe(false);
		expect(report.worst).toBe('plant3');
	});

	it('reports an infeasible model as a value from both solvers', async () => {
		const b = createLpBuilder('bad', 'min');
		const x = b.variable('x', { upper: 1 });
		b.constraint('needs_two', [[x, 1]], { lower: 2, kind: 'demand' });
		const checked = await solveChecked(b.build(), solvers);
		expect(checked).toMatchObject({ status: 'infeasible', crossCheck: { status: 'agreed' } });
	});
});

describe('exported models re-solve elsewhere to the same optimum', () => {
	it('the LP file, read back by HiGHS', async () => {
		const highs = await loadHighs();
		for (const [model, optimum] of [
			[stigler(), 0.108662],
			[transport(), 153.675],
			[wyndorGlass(), 36]
		] as const) {
			const result = highs.solve(writeLp(model), { output_flag: false } as never);
			expect(result.Status).toBe('Optimal');
			expect(result.ObjectiveValue).toBeCloseTo(optimum, 5);
		}
	});

	it('the MPS file, read back by HiGHS (a maximisation is written negated)', async () => {
		const highs = await loadHighs();
		const m = highs.createModel({ format: 'mps', data: writeMps(wyndorGlass()) });
		m.options.set({ output_flag: false });
		m.run();
		expect(m.getObjectiveValue()).toBeCloseTo(-36, 9);
		m.dispose();
	});

	it.runIf(haveBinary('clp'))('the MPS file, solved by native CLP', async () => {
		const result = await runClp(writeMps(transport()));
		expect(result).toMatchObject({ status: 'optimal', objective: expect.closeTo(153.675, 6) });
		const diet = await runClp(writeMps(stigler()));
		expect(diet.status === 'optimal' && diet.objective * 365).toBeCloseTo(39.6617, 3);
	});
});
