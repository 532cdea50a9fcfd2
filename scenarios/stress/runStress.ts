import { quantile } from 'd3';
import type { ReferenceData } from '../../data/reference/types.js';
import type { InputIssue } from '../../data/schema/index.js';
import type { Reading, TelemetryStore } from '../../data/telemetry/types.js';
import type { Solvers } from '../../planner/solver/solveChecked.js';
import { autoCouncil, type AutoCouncilOptions } from '../loop/autoCouncil.js';
import { correlationCenter } from '../loop/correlationCenter.js';
import { createLoop } from '../loop/createLoop.js';
import { openWorld } from '../loop/openWorld.js';
import { panelPool } from '../loop/panelPool.js';
import { storeSnapshot, telemetryPlanner } from '../loop/telemetryPlanner.js';
import type { LoopOptions } from '../loop/types.js';
import type { RoundDesk } from '../round/createRoundDesk.js';
import { createRng, type SimOverrides } from '../../sim/index.js';
import { judge } from './judge.js';
import { shockWindow } from './shockWindow.js';
import { watchStale } from './watchStale.js';
import type { CriterionResult, RunEvidence, StressCase, StressCost, StressReport } from './types.js';

const HOUR = 3_600_000;

/**
 * The loop as `npm start` runs it, except that shortage warnings are scanned weekly, not daily: no
 * decision reads them (the planner plans from stocks), and the daily scan costs 2 s of a stress
 * day's 2.5 s on this machine.
 */
export const stressLoopDefaults: Partial<LoopOptions> = { warnEveryDays: 7 };

/** Where a stress run's state lives: a fresh telemetry store and a round desk over a fresh ledger, per run. */
export interface StressStores {
	readonly store: TelemetryStore;
	readonly desk: RoundDesk;
	close(): Promise<void>;
}

/** What the runner needs from the edge, and the council policy it runs under. */
export interface StressPorts {
	readonly reference: ReferenceData;
	readonly solvers: Solvers;
	/** Opens the stores of one run; the desk must use `clock` (the world's date). */
	open(clock: () => number): StressStores | Promise<StressStores>;
	/** The auto-council's policies (default `autoCouncilDefaults`). */
	readonly council?: Partial<AutoCouncilOptions>;
	/** The loop's schedule (default `stressLoopDefaults`). */
	readonly loop?: Partial<LoopOptions>;
	/** Simulation options under the case's days and step. */
	readonly options?: SimOverrides;
	/** Volunteers in the simulated panel pool (default 240). */
	readonly poolSize?: number;
	/** Called after each simulated day. */
	readonly onProgress?: (p: { readonly run: number; readonly day: number }) => void;
	/** A monotonic timer (ms); default performance.now. */
	readonly timer?: () => number;
}

export type StressResult =
	| { readonly status: 'ok'; readonly report: StressReport; readonly evidence: readonly RunEvidence[] }
	| { readonly status: 'invalid'; readonly issues: readonly InputIssue[] };

/**
 * One run of a case through the closed loop: the world under the case's shocks publishes its sensors'
 * readings into the store (the ingest), the Correlation Center scans it, the planner plans from it
 * and the auto-council decides every round. Manual control is timed by the ingest's stale
 * detection from the first sensor outage on (`watchStale`).
 */
async function runOnce(
	stress: StressCase,
	seed: number | string,
	run: number,
	ports: StressPorts,
	cost: { -readonly [K in keyof StressCost]: number }
): Promise<RunEvidence | { readonly issues: readonly InputIssue[] }> {
	const { reference } = ports;
	const timer = ports.timer ?? (() => performance.now());
	const stepHours = stress.stepHours;
	const opened = await openWorld(
		{
			reference,
			rng: createRng(seed),
			shocks: stress.shocks,
			options: { ...ports.options, days: stress.days, stepHours, recordDays: true }
		},
		[],
		0
	);
	if (opened.status === 'invalid') return { issues: opened.issues };
	const { world } = opened;
	const clock = () => world.dateOf(world.day());
	const { store, desk, close } = await ports.open(clock);
	const first = stress.shocks.find((s) => s.kind === 'sensor-outage');
	const reportMs = stepHours * HOUR * (ports.options?.sensors?.everySteps ?? 1);
	const watch =
		first?.kind === 'sensor-outage' ? watchStale(store, first, world.dateOf(first.start), reportMs) : null;
	const decisions: RunEvidence['decisions'][number][] = [];
	try {
		const loop = createLoop(
			{
				world,
				sink: {
					async write(batch: readonly Reading[]) {
						const t = timer();
						await store.write(batch);
						await watch?.afterWrite(batch);
						cost.ingest += timer() - t;
					}
				},
				analysis: correlationCenter(store, reference, {
					historyDays: 56,
					warnAheadDays: 28,
					expectedIntervalMs: reportMs
				}),
				planner: telemetryPlanner(reference, storeSnapshot(store, reference), ports.solvers),
				desk,
				pool: panelPool(reference.world, ports.poolSize ?? 240),
				council: autoCouncil({ ...stress.council, ...ports.council }),
				save: () => {},
				timer,
				onEvent(e) {
					if (e.kind === 'day') {
						// The sink's time is inside the day's simulation time: counted as ingest instead.
						cost.simulation += e.cost.simulation;
						cost.analysis += e.cost.analysis;
						cost.planning += e.cost.planning;
						cost.council += e.cost.council;
					} else if (e.kind === 'adopted')
						decisions.push({ day: e.day, round: e.round, scenario: e.scenario });
				}
			},
			{ ...stressLoopDefaults, ...ports.loop }
		);
		for (let d = 0; d < stress.days; d++) {
			const result = await loop.tick();
			if (result.status !== 'stepped')
				throw new Error(`bug: the auto-council left round ${result.round} waiting`);
			ports.onProgress?.({ run, day: d + 1 });
		}
	} finally {
		await close();
	}
	return { daily: opened.finish().daily, staleAfterHours: watch?.hours() ?? null, decisions };
}

/**
 * Runs a stress case through the closed loop on each seed and judges every criterion on each run;
 * a criterion passes only when it passes on every run. Percentiles summarise the runs.
 */
export async function runStress(
	stress: StressCase,
	seeds: readonly (number | string)[],
	ports: StressPorts
): Promise<StressResult> {
	const window = shockWindow(stress);
	const cost = { simulation: 0, ingest: 0, analysis: 0, planning: 0, council: 0 };
	const runs: { seed: number | string; results: CriterionResult[]; decisions: number }[] = [];
	const evidence: RunEvidence[] = [];
	for (const [i, seed] of seeds.entries()) {
		const e = await runOnce(stress, seed, i, ports, cost);
		if ('issues' in e) return { status: 'invalid', issues: e.issues };
		evidence.push(e);
		runs.push({
			seed,
			results: stress.criteria.map((c) => judge(c, e, window)),
			decisions: e.decisions.length
		});
	}
	cost.simulation -= cost.ingest;
	const criteria = stress.criteria.map((criterion, i) => {
		const results = runs.map((r) => ({ ...r.results[i]!, seed: r.seed }));
		const values = results.map((r) => r.value).sort((a, b) => a - b);
		const lowerIsWorse = criterion.kind === 'min-coverage';
		const worst = results.reduce((w, r) =>
			!r.pass && w.pass
				? r
				: r.pass !== w.pass
					? w
					: (lowerIsWorse ? r.value < w.value : r.value > w.value)
						? r
						: w
		);
		return {
			criterion,
			pass: results.every((r) => r.pass),
			passRate: results.filter((r) => r.pass).length / results.length,
			p5: quantile(values, 0.05)!,
			p50: quantile(values, 0.5)!,
			p95: quantile(values, 0.95)!,
			worst
		};
	});
	return {
		status: 'ok',
		report: {
			case: stress.id,
			title: stress.title,
			window,
			seeds,
			criteria,
			pass: criteria.every((c) => c.pass),
			runs,
			cost
		},
		evidence
	};
}
