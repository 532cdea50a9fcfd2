import loadHighs from 'highs';
import {
	buildClassProblem,
	drawPanel,
	lotteryDefaults,
	syntheticDefaults,
	syntheticPool,
	type Pool,
	type Quotas,
	type SyntheticCategory
} from '../scenarios/sortition/index.js';
import { maximin, maximinDefaults } from '../scenarios/sortition/optimise/maximin.js';
import { optimiseLottery } from '../scenarios/sortition/optimise/optimiseLottery.js';
import { createWorkerSolver } from '../scenarios/sortition/node/workerSolver.js';
import type { Benchmark, Figures } from './types.js';

/**
 * `npm run bench -- sortition [--seed S] [--reference]`: two skewed synthetic pools of 5,000 volunteers for a
 * panel of 500 — 6 categories (25 quota cells) and, prefixed `skewed.`, 8 categories (32 cells, classes of
 * near-individuals) — with 10% of volunteers sharing a household. Times the whole draw through the worker
 * (LEXIMIN, the 1,000-panel lottery, the commitment; wall and CPU seconds) and reports, from the published
 * lottery per volunteer, the minimum, the gap to the bound, the best an m-panel lottery allows, the
 * volunteers at zero and the largest deviation from the LEXIMIN target. `--reference` also runs plain column
 * generation (one IP per column, no relaxed bound; the open-source maximin approach) on a 750/112 pool
 * with a round cap, next to this method on the same pool, to give a same-machine comparison.
 */
export const sortitionBench: Benchmark = {
	name: 'sortition',
	summary:
		'LEXIMIN panel lottery for 5,000 volunteers / 500 seats (6 and 8 categories): time, per-volunteer minimum, gap, volunteers at zero',
	async run(log, args) {
		const at = args.indexOf('--seed');
		const seed = at >= 0 && args[at + 1] ? args[at + 1]! : 'bench';
		const current = await measure(log, syntheticPool({ volunteers: 5000, panelSize: 500, seed }));
		// The auditor's case: 5,000 volunteers, 8 features, classes of almost one person each.
		const skewed = await measure(
			log,
			syntheticPool({ volunteers: 5000, panelSize: 500, seed: `${seed}:skewed`, categories: eightFeatures })
		);
		const figures: Record<string, number | string | boolean | null> = {
			seed,
			...current,
			...Object.fromEntries(Object.entries(skewed).map(([k, v]) => [`skewed.${k}`, v]))
		};
		if (args.includes('--reference')) Object.assign(figures, await reference(log));
		return figures as Figures;
	}
};

/** The default six categories and two more skewed ones (housing, commute): 8 features. */
const eightFeatures: readonly SyntheticCategory[] = [
	...syntheticDefaults.categories,
	{
		name: 'housing',
		values: ['owner', 'tenant', 'shared'],
		populationShare: [0.55, 0.35, 0.1],
		volunteerPropensity: [1.5, 0.8, 0.4]
	},
	{
		name: 'commute',
		values: ['car', 'transit', 'bike', 'none'],
		populationShare: [0.4, 0.3, 0.1, 0.2],
		volunteerPropensity: [0.9, 1.2, 1.8, 0.7]
	}
];

/** One draw through the worker, its figures taken from the published lottery, per volunteer. */
async function measure(log: (line: string) => void, { pool, quotas }: { pool: Pool; quotas: Quotas }) {
	const built = buildClassProblem(pool, quotas);
	if (built.status !== 'ok') throw new Error(built.issues.join('\n'));
	const households = pool.volunteers.length - new Set(pool.volunteers.map((v) => v.household)).size;
	const sizes = `${pool.categories.length} categories, ${built.problem.cells.length} quota cells`;
	const classes = `${built.problem.classes.length} volunteer classes, ${households} volunteers share a household`;
	log(`pool ${pool.volunteers.length}, panel ${quotas.panelSize}, ${sizes}, ${classes}`);
	const solver = createWorkerSolver({ log: (line) => log(`  ${line}`) });
	const started = performance.now();
	const cpu = process.cpuUsage();
	const draw = await drawPanel(pool, quotas, solver);
	const seconds = (performance.now() - started) / 1000;
	// CPU time of all the process's threads (the HiGHS worker included): on a shared machine the wall
	// clock counts the other tenants' load too, this does not.
	const used = process.cpuUsage(cpu);
	const cpuSeconds = (used.user + used.system) / 1e6;
	await solver.close();
	if (draw.status !== 'committed') throw new Error(`draw ended ${draw.status}`);
	const c = draw.certificate;
	const perVolunteer = `minimum ${c.minProbability.toFixed(4)}, maximum ${c.maxProbability.toFixed(4)}`;
	const best = `best for ${draw.lottery.length} panels ${c.bestForLottery.toFixed(4)}`;
	const bound = `bound ${c.upperBound.toFixed(6)}, gap ${c.gap.toFixed(6)}, ${c.volunteersAtZero} at zero`;
	const took = `${seconds.toFixed(1)} s (${cpuSeconds.toFixed(1)} s CPU)`;
	log(`draw committed in ${took}: per volunteer ${perVolunteer}, ${best}, ${bound}`);
	const gapOk = c.gap <= 0.0005 || c.minProbability >= c.bestForLottery - 1e-12;
	return {
		volunteers: pool.volunteers.length,
		categories: pool.categories.length,
		classes: built.problem.classes.length,
		panels: draw.lottery.length,
		seconds: Number(seconds.toFixed(2)),
		cpuSeconds: Number(cpuSeconds.toFixed(2)),
		minProbabilityPerVolunteer: c.minProbability,
		maxProbabilityPerVolunteer: c.maxProbability,
		gapPerVolunteer: Number(c.gap.toFixed(6)),
		bestForLottery: c.bestForLottery,
		upperBound: c.upperBound,
		volunteersAtZero: c.volunteersAtZero,
		leximinDeviation: Number(c.leximinDeviation.toFixed(6)),
		equalShare: c.equalShare,
		metGoal: seconds < 60 && gapOk && c.volunteersAtZero === 0
	};
}

async function reference(log: (line: string) => void): Promise<Figures> {
	const { pool, quotas } = syntheticPool({ volunteers: 750, panelSize: 112, seed: 'reference' });
	const built = buildClassProblem(pool, quotas);
	if (built.status !== 'ok') throw new Error(built.issues.join('\n'));
	const highs = await loadHighs();
	const rounds = 150;
	let t = performance.now();
	const plain = maximin(highs, built.problem, { ...maximinDefaults, maxRounds: rounds }, () =>
		performance.now()
	);
	const plainSeconds = (performance.now() - t) / 1000;
	t = performance.now();
	const ours = optimiseLottery(highs, built.problem, lotteryDefaults, 'reference', () => performance.now());
	const oursSeconds = (performance.now() - t) / 1000;
	if (plain.status === 'infeasible' || ours.status === 'infeasible')
		throw new Error('reference pool infeasible');
	const plainRun = `${plainSeconds.toFixed(1)} s for ${plain.rounds} rounds, gap ${plain.gap.toExponential(2)}`;
	const oursRun = `${oursSeconds.toFixed(1)} s, gap ${ours.gap.toExponential(2)}`;
	log(`reference 750/112: plain column generation ${plainRun}; this method ${oursRun}`);
	return {
		referenceRounds: plain.rounds,
		referenceSeconds: Number(plainSeconds.toFixed(2)),
		referenceGap: plain.gap,
		referenceStatus: plain.status,
		sameMachineSeconds: Number(oursSeconds.toFixed(2)),
		sameMachineGap: ours.gap,
		speedupAtReference: Number((plainSeconds / oursSeconds).toFixed(2))
	};
}
