import type { ReferenceData } from '../../data/reference/index.js';
import type { ProposedScenario } from '../../data/plan/types.js';
import { staleSeriesIn } from '../../data/telemetry/findStaleSeries.js';
import type { Solvers } from '../../planner/index.js';
import {
	autoCouncil,
	correlationCenter,
	createLoop,
	openWorld,
	panelPool,
	predictsShortage,
	storeSnapshot,
	telemetryAdjustments,
	telemetryPlanner,
	type Analysis,
	type LoopWarning
} from '../../scenarios/loop/index.js';
import { createRng, type Shock } from '../../sim/index.js';
import { stressStores } from '../../scenarios/stress/node/stressStores.js';
import { threatDefaults } from '../../sim/threat/defaults.js';
import { recordTruth, type Truth } from './recordTruth.js';
import { truthAdjustments } from './truthAdjustments.js';
import { truthSnapshot } from './truthSnapshot.js';
import { truthWarnings } from './truthWarnings.js';

const DAY = 86_400_000;
/** The federation's survival trigger, in days of its deficit (the simulation's default). */
const SURVIVAL_STOCK_DAYS = threatDefaults.federation.survival.stockDaysBelow ?? 14;

/** `loop`: the loop as `npm start` runs it; `perfect`: its planner sees the true stocks; `none`: no plan at all. */
export type Mode = 'loop' | 'perfect' | 'none';

/** One unattended run and what the scoreboard needs from it. Times in ms. */
export interface YearRun {
	readonly truth: Truth;
	/** Per day, the cells (r·K + k) the scan at its end predicted short (see `predictsShortage`). */
	readonly warned: Set<number>[];
	/** Per day, the cells under their reserve floor with no date to run out (notices, not scored). */
	readonly notices: Set<number>[];
	readonly adoptions: { readonly day: number; readonly scenario: ProposedScenario }[];
	/** Threat level changes: the day (whose start it applies from), the scope, the new level and its triggers. */
	readonly threats: {
		readonly day: number;
		readonly scope: string;
		readonly level: string;
		readonly triggers: readonly string[];
	}[];
	/** Per day, whether any series was stale at its end (the stale alarm). */
	readonly stale: boolean[];
	readonly cost: { simulation: number; ingest: number; analysis: number; planning: number; council: number };
	/** The loop's own wall time: the ticks, without the bench's stale probe (scoring, not the loop). */
	readonly wallMs: number;
}

/** Runs the demo world for `days` with the shocks, the auto-council deciding every round. */
export async function runYear(input: {
	readonly reference: ReferenceData;
	readonly shocks: readonly Shock[];
	readonly seed: number;
	readonly days: number;
	readonly mode: Mode;
	readonly solvers: Solvers;
	readonly warnAheadDays: number;
	/** No round before this day (default: the loop's own first round day); to study one shock in a short run. */
	readonly roundsFrom?: number;
	/** First day whose end the Correlation Center scans for warnings and recomputes (0: every day; a cost knob for iterating). */
	readonly scanFrom?: number;
	readonly log: (line: string) => void;
}): Promise<YearRun> {
	const { reference, mode } = input;
	const opened = await openWorld(
		{ reference, rng: createRng(input.seed), shocks: input.shocks, options: { days: input.days } },
		[],
		0
	);
	if (opened.status !== 'ready')
		throw new Error(`bug: invalid bench world: ${JSON.stringify(opened.issues)}`);
	const { world, truth } = recordTruth(opened.world);
	const { regions, resources, K } = world.compiled;
	const calm = {
		stockDays: Infinity,
		sensorsLost: 0,
		cutOff: false,
		belowLifeline: 0,
		declared: 'normal'
	} as const;
	/** Nothing seen: no warnings, and every scope's protocol conditions calm. */
	const quiet: Analysis = {
		threat: async () => ({
			regions: regions.map(() => calm),
			federation: calm,
			persons: regions.map(() => 1)
		}),
		warnings: async () => [],
		production: async () => [],
		recompute: async () => ({ significant: 0, appeared: 0, weakening: 0, gone: 0 })
	};
	const clock = () => world.dateOf(world.day());
	const { store, desk, ledger, close } = stressStores(clock);
	const cost = { simulation: 0, ingest: 0, analysis: 0, planning: 0, council: 0 };
	const warned: Set<number>[] = [];
	const notices: Set<number>[] = [];
	const adoptions: YearRun['adoptions'] = [];
	const threats: YearRun['threats'] = [];
	const center = correlationCenter(store, reference, {
		historyDays: 56,
		warnAheadDays: input.warnAheadDays,
		expectedIntervalMs: DAY
	});
	const scanningFrom = (day: number, analysis: Analysis): Analysis => ({
		threat: (now) => analysis.threat(now),
		production: (now) => analysis.production(now),
		warnings: (now) => (now >= world.dateOf(day + 1) ? analysis.warnings(now) : quiet.warnings(now)),
		recompute: (now) => (now >= world.dateOf(day + 1) ? analysis.recompute(now) : quiet.recompute(now))
	});
	const snapshot =
		mode === 'perfect' ? truthSnapshot(world, reference.world) : storeSnapshot(store, reference);
	const loop = createLoop(
		{
			world,
			sink: {
				async write(batch) {
					const t = performance.now();
					await store.write(batch);
					cost.ingest += performance.now() - t;
				}
			},
			// With no plan the Correlation Center still scans and warns, but nothing acts on it (no round is held):
			// the warnings are scored there, on shortages nobody prevented.
			analysis:
				mode === 'perfect'
					? { ...quiet, warnings: truthWarnings(world, input.warnAheadDays, SURVIVAL_STOCK_DAYS) }
					: scanningFrom(input.scanFrom ?? 0, center),
			planner:
				mode === 'perfect'
					? telemetryPlanner(reference, snapshot, input.solvers, {}, truthAdjustments(world))
					: telemetryPlanner(
							reference,
							snapshot,
							input.solvers,
							{},
							telemetryAdjustments(store, reference, clock)
						),
			desk,
			pool: panelPool(reference.world, 240),
			council: autoCouncil(),
			save: () => {},
			audit: (event, at) => void ledger.append('loop', event, at),
			onEvent(e) {
				switch (e.kind) {
					case 'day':
						cost.simulation += e.cost.simulation;
						cost.analysis += e.cost.analysis;
						cost.planning += e.cost.planning;
						cost.council += e.cost.council;
						break;
					case 'warnings': {
						const cells = (ws: readonly LoopWarning[]) =>
							new Set(ws.map((w) => regions.indexOf(w.region) * K + resources.indexOf(w.resource)));
						warned[e.day - 1] = cells(e.warnings.filter(predictsShortage));
						notices[e.day - 1] = cells(e.warnings.filter((w) => !predictsShortage(w)));
						break;
					}
					case 'threat-level':
						threats.push({
							day: e.day,
							scope: e.scope,
							level: e.to,
							triggers: e.causes.map((c) => c.trigger)
						});
						input.log(`  ${mode}: day ${e.day}: ${e.scope} threat level ${e.from} → ${e.to}`);
						break;
					case 'adopted':
						adoptions.push({ day: e.day, scenario: e.scenario });
						break;
					case 'round-failed':
						input.log(`  ${mode}: round ${e.round} failed: ${e.message}`);
						break;
				}
			}
		},
		mode === 'none'
			? { firstRoundDay: input.days + 1 }
			: input.roundsFrom !== undefined
				? { firstRoundDay: input.roundsFrom }
				: {}
	);
	const stale: boolean[] = [];
	const t0 = performance.now();
	let probeMs = 0;
	for (let d = 0; d < input.days; d++) {
		const result = await loop.tick();
		if (result.status !== 'stepped')
			throw new Error(`bug: the auto-council left round ${result.round} waiting`);
		// Each series reports once a simulated day: stale after three missed reports.
		const probe = performance.now();
		if (mode === 'loop') stale.push((await staleSeriesIn(store, {}, () => DAY, clock())).length > 0);
		probeMs += performance.now() - probe;
		if ((d + 1) % 60 === 0)
			input.log(`  ${mode}: day ${d + 1}, ${((performance.now() - t0) / 1000).toFixed(0)} s`);
	}
	const wallMs = performance.now() - t0 - probeMs;
	// The sink's time is inside the day's simulation time: report it apart.
	cost.simulation -= cost.ingest;
	await close();
	return { truth, warned, notices, adoptions, threats, stale, cost, wallMs };
}
