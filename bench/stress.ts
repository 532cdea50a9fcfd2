import loadHighs from 'highs';
import { foodReference } from '../data/reference/foodReference.js';
import { defaultReferencePaths, loadReference } from '../data/reference/index.js';
import { jsLpSolver } from '../planner/index.js';
import { highsSolver } from '../planner/solver/highsSolver.js';
import { runStress, stressCases } from '../scenarios/stress/index.js';
import { stressStores } from '../scenarios/stress/node/stressStores.js';
import { describeCriterion, formatFigure } from '../scenarios/stress/report/renderHtml.js';
import { compileWorld, createRng, runSimulationSync } from '../sim/index.js';
import type { Benchmark } from './types.js';

const round = (x: number, digits = 3) => Math.round(x * 10 ** digits) / 10 ** digits;

/**
 * `npm run bench -- stress`: the whole stress-test library at full length, one run per case (seed
 * 1) through the closed loop, and, as the reference measured in the same run, the same cases in
 * the simulation alone (no sensors, no loop): the ratio says what the loop costs.
 */
export const stressBench: Benchmark = {
	name: 'stress',
	summary:
		'The stress-test library through the closed loop, one run per case: pass count, wall time, where the time goes',
	async run(log) {
		// Food by nutrient, as the loop of `npm start` counts it.
		const reference = await foodReference(await loadReference(defaultReferencePaths), 'nutrients');
		const cases = Object.values(stressCases);
		const compiled = compileWorld(reference.world, reference.catalogue);
		let t = performance.now();
		for (const c of cases)
			runSimulationSync({
				reference,
				compiled,
				rng: createRng(1),
				shocks: c.shocks,
				options: { days: c.days, stepHours: c.stepHours }
			});
		const simAloneSeconds = (performance.now() - t) / 1000;
		log(`reference: the library in the simulation alone, ${simAloneSeconds.toFixed(1)} s`);
		const highs = highsSolver(loadHighs);
		const cost = { simulation: 0, ingest: 0, analysis: 0, planning: 0, council: 0 };
		let passed = 0;
		t = performance.now();
		try {
			for (const c of cases) {
				const started = performance.now();
				const result = await runStress(c, [1], {
					reference,
					solvers: { highs, jslp: jsLpSolver() },
					open: stressStores
				});
				if (result.status !== 'ok') throw new Error(`bug: shipped case ${c.id} is invalid`);
				const { report } = result;
				for (const k of Object.keys(cost) as (keyof typeof cost)[]) cost[k] += report.cost[k];
				if (report.pass) passed++;
				const s = (x: number) => `${(x / 1000).toFixed(0)}`;
				const { simulation, ingest, analysis, planning, council } = report.cost;
				const parts = `sim ${s(simulation)}, ingest ${s(ingest)}, analysis ${s(analysis)}, planning ${s(planning)}, council ${s(council)} s`;
				const took = `${((performance.now() - started) / 1000).toFixed(1)} s`;
				log(`  ${report.pass ? 'PASS' : 'FAIL'} ${c.id} (${c.days} days): ${took} (${parts})`);
				for (const k of report.criteria) {
					const where = `${k.worst.where}${k.worst.day === null ? '' : ` day ${k.worst.day}`}`;
					const worst = `${formatFigure(k.criterion, k.worst.value)} (${where})`;
					log(`      ${k.pass ? 'ok  ' : 'FAIL'} ${describeCriterion(k.criterion)}: ${worst}`);
				}
			}
		} finally {
			await highs.close();
		}
		const wallSeconds = (performance.now() - t) / 1000;
		const total = wallSeconds * 1000;
		return {
			cases: cases.length,
			passed,
			wallSeconds: round(wallSeconds, 1),
			shareSim: round(cost.simulation / total),
			shareIngest: round(cost.ingest / total),
			shareAnalysis: round(cost.analysis / total),
			sharePlanning: round(cost.planning / total),
			shareCouncil: round(cost.council / total),
			simAloneSeconds: round(simAloneSeconds, 1),
			loopOverSimAlone: round(wallSeconds / simAloneSeconds, 1),
			goalMinutes: 15,
			meetsGoal: wallSeconds < 15 * 60
		};
	}
};
