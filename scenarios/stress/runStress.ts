import type { Plan } from '../../data/plan/types.js';
import type { ReferenceData } from '../../data/reference/types.js';
import type { InputIssue } from '../../data/schema/index.js';
import {
	compileWorld,
	createRng,
	createRun,
	runSimulationSync,
	type Outcome,
	type SimOverrides
} from '../../sim/index.js';
import { judge } from './judge.js';
import type { CriterionResult, StressCase, StressReport } from './types.js';

export interface StressInput {
	readonly reference: ReferenceData;
	readonly seeds: readonly (number | string)[];
	/** The plan in force (default none). */
	readonly plan?: Plan | null;
	/** Run options under the case's days and step (e.g. `redistribution`, `citizens`). */
	readonly options?: SimOverrides;
}

export type StressResult =
	| { readonly status: 'ok'; readonly report: StressReport }
	| { readonly status: 'invalid'; readonly issues: readonly InputIssue[] };

/**
 * Hours from a sensor outage's start until the readings show gateways missing: the first report in
 * which fewer than (1 − fraction/2) of all gateways speak. Null when the case has no outage.
 */
function outageDelay(
	input: StressInput,
	stress: StressCase,
	seed: number | string,
	options: SimOverrides
): number | null {
	const outage = stress.shocks.find((s) => s.kind === 'sensor-outage');
	if (!outage || outage.kind !== 'sensor-outage') return null;
	const prepared = createRun({
		reference: input.reference,
		rng: createRng(seed),
		plan: input.plan,
		shocks: stress.shocks,
		options: { ...options, days: outage.start + 1 },
		observe: true
	});
	if (prepared.status !== 'ready') return null;
	const { run } = prepared;
	const total = run.state.gatewaySilent.length;
	for (let d = 0; d <= outage.start; d++) {
		run.beginDay();
		for (let s = 0; s < run.stepsPerDay; s++) {
			const readings = run.step();
			if (d < outage.start) continue;
			const speaking = new Set(readings.map((r) => r.gateway)).size;
			if (speaking < total * (1 - outage.fraction / 2)) return ((s + 1) * 24) / run.stepsPerDay;
		}
		run.endDay();
	}
	return Infinity;
}

/**
 * Runs a stress case on each seed, paired with the same seed without shocks (so that what the
 * shocks cause is told apart from what the world lacks anyway), and judges every criterion.
 */
export function runStress(stress: StressCase, input: StressInput): StressResult {
	const compiled = compileWorld(input.reference.world, input.reference.catalogue);
	const options: SimOverrides = { ...input.options, days: stress.days, stepHours: stress.stepHours };
	const runs: { seed: number | string; results: CriterionResult[] }[] = [];
	for (const seed of input.seeds) {
		const go = (shocks: StressCase['shocks']) =>
			runSimulationSync({
				reference: input.reference,
				compiled,
				rng: createRng(seed),
				plan: input.plan,
				shocks,
				options: { ...options, recordDays: false }
			});
		const shocked = go(stress.shocks);
		if (shocked.status === 'invalid') return shocked;
		const baseline = go([]);
		if (baseline.status === 'invalid') return baseline;
		const evidence = {
			shocked: shocked.outcome as Outcome,
			baseline: baseline.outcome,
			outageHours: outageDelay(input, stress, seed, options)
		};
		runs.push({ seed, results: stress.criteria.map((c) => judge(c, evidence)) });
	}
	const criteria = stress.criteria.map((criterion, i) => {
		const results = runs.map((r) => r.results[i]!);
		const higherIsWorse = criterion.kind !== 'min-coverage';
		const worst = results.reduce((w, r) =>
			higherIsWorse ? (r.value > w.value ? r : w) : r.value < w.value ? r : w
		);
		return {
			criterion,
			passRate: results.filter((r) => r.pass).length / Math.max(1, results.length),
			worst: worst.value,
			where: worst.where
		};
	});
	return {
		status: 'ok',
		report: {
			case: stress.id,
			seeds: input.seeds,
			criteria,
			pass: criteria.every((c) => c.passRate === 1),
			runs
		}
	};
}
