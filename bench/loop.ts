import loadHighs from 'highs';
import { readFile } from 'node:fs/promises';
import { FoodFlag, foodReference } from '../data/reference/foodReference.js';
import { defaultReferencePaths, loadReference } from '../data/reference/index.js';
import { InputError, parseOrThrow } from '../data/schema/index.js';
import { jsLpSolver } from '../planner/index.js';
import { highsSolver } from '../planner/solver/highsSolver.js';
import { compileWorld, ShocksFile } from '../sim/index.js';
import { runYear, type YearRun } from './loop/runYear.js';
import { scorePlans } from './loop/scorePlans.js';
import { median, scoreWarnings, type WarningScore } from './loop/scoreWarnings.js';
import type { Benchmark } from './types.js';

/** A cell is short on a day its people got less than this share of the norm (the lifeline). */
const LIFELINE = 0.9;
const WARN_AHEAD_DAYS = 28;
const SHOCKS = new URL('./loop/shocks.json', import.meta.url);

const round = (x: number, digits = 3) => Math.round(x * 10 ** digits) / 10 ** digits;
const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
/** Cells in a day's set that were not in the day before's. */
const countNew = (days: readonly ReadonlySet<number>[]) =>
	sum(days.map((cells, d) => [...cells].filter((c) => !days[d - 1]?.has(c)).length));

/** A whole-number flag in [min, max), or undefined when absent; anything else is refused by name. */
function wholeFlag(args: readonly string[], name: string, min: number, max: number): number | undefined {
	const i = args.indexOf(`--${name}`);
	if (i < 0) return undefined;
	const value = Number(args[i + 1]);
	if (Number.isInteger(value) && value >= min && value < max) return value;
	const range = max === Infinity ? `≥ ${min}` : `in [${min}, ${max})`;
	throw new InputError('resourceos bench loop', [
		{ path: `--${name}`, expected: `should be a whole number ${range}`, received: args[i + 1] }
	]);
}

/**
 * `npm run bench -- loop [--days 365] [--scan-from 0] [--rounds-from D] [--food nutrients|catalogue]`:
 * the loop unattended (auto-council) on the demo federation with a timeline of shocks, scored against
 * the simulation's truth, next to the same world with no plan and with a planner that sees the true
 * stocks (the perfect-information plan).
 */
export const loopBench: Benchmark = {
	name: 'loop',
	summary:
		'The closed loop for a simulated year with shocks, scored against the truth: warnings, plans, sensing, cost',
	async run(log, args) {
		const days = wholeFlag(args, 'days', 30, Infinity) ?? 365;
		const scanFrom = wholeFlag(args, 'scan-from', 0, days) ?? 0;
		const roundsFrom = wholeFlag(args, 'rounds-from', 0, days);
		const f = args.indexOf('--food');
		const food = parseOrThrow(FoodFlag, f >= 0 ? args[f + 1] : undefined, '--food');
		// Food by nutrient (the default), as the loop of `npm start` counts it.
		const reference = await foodReference(await loadReference(defaultReferencePaths), food);
		const { shocks } = parseOrThrow(ShocksFile, JSON.parse(await readFile(SHOCKS, 'utf8')), SHOCKS.pathname);
		const highs = highsSolver(loadHighs);
		const solvers = { highs, jslp: jsLpSolver() };
		const common = {
			reference,
			shocks,
			seed: 1,
			days,
			solvers,
			warnAheadDays: WARN_AHEAD_DAYS,
			roundsFrom,
			log
		};
		log(`loop: ${days} days of the demo world, ${shocks.length} shocks, the auto-council deciding`);
		const loop = await runYear({ ...common, mode: 'loop', scanFrom });
		log('reference: the same world with no plan');
		const none = await runYear({ ...common, mode: 'none' });
		log('reference: the same loop, its planner given the true stocks');
		const perfect = await runYear({ ...common, mode: 'perfect' });
		await highs.close();

		const world = compileWorld(reference.world, reference.catalogue);
		// Flow norms only (water, food, energy, …): housing is a standing stock no plan of four weeks can build.
		const flow = (rk: number) => world.tier[rk % world.K] === 'basic' && world.normKind[rk % world.K] === 1;
		/** Each day's cells (region × basic flow good) whose people got less than the lifeline share of the norm. */
		const shortIn = (truth: YearRun['truth']) =>
			truth.need.map((need, d) => {
				const cells = new Set<number>();
				need.forEach((n, rk) => {
					if (flow(rk) && n > 0 && truth.got[d]![rk]! / n < LIFELINE) cells.add(rk);
				});
				return cells;
			});
		// The warnings' score is taken where nothing acts on them (the no-plan world, the same Correlation Center
		// scanning its telemetry): in the loop's world a warning whose shortage the next plan averted counts as false
		// and the plan's own rationing as a shortage unwarned, which scores the plans, not the warnings.
		const warnings = scoreWarnings(shortIn(none.truth), none.warned, WARN_AHEAD_DAYS);
		const inLoop = scoreWarnings(shortIn(loop.truth), loop.warned, WARN_AHEAD_DAYS);
		// Which shock each episode came with (the last begun by its first day and still on, else 'none').
		const shockAt = (day: number) =>
			shocks.filter((s) => s.start <= day && day < s.start + ('days' in s ? s.days : 1)).at(-1)?.id ?? 'none';
		for (const id of new Set(warnings.list.map((e) => shockAt(e.start)))) {
			const list = warnings.list.filter((e) => shockAt(e.start) === id);
			const warned = list.filter((e) => e.lead !== null);
			const starts = `first days ${Math.min(...list.map((e) => e.start))}–${Math.max(...list.map((e) => e.start))}`;
			const first = warned.length
				? `, first warned on day ${Math.min(...warned.map((e) => e.start - e.lead!))}`
				: '';
			log(
				`  ${id}: ${warned.length}/${list.length} shortage episodes warned ahead (${starts}${first}), median lead ${median(warned.map((e) => e.lead!))} days`
			);
		}
		const plans = scorePlans(world, loop.truth, loop.adoptions);
		const gaps = plans.map((p) => Math.abs(p.predicted - p.executed) * 100);
		// No plan can foresee a shock that begins after it was made: the gap of the plans whose days hold none.
		const unshocked = plans
			.filter((p) => !shocks.some((s) => s.start >= p.day && s.start < p.end))
			.map((p) => Math.abs(p.predicted - p.executed) * 100);
		// A plan's coverage is a floor under the world's own behaviour: how far execution fell short of it.
		const shortOfPromise = plans.map((p) => Math.max(0, p.predicted - p.executed) * 100);
		const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
		for (const p of plans) {
			// The regions whose own gap is over a point: where a plan's gap comes from.
			const apart = p.regions
				.filter((r) => Math.abs(r.predicted - r.executed) > 0.01)
				.map((r) => `${r.region} ${pct(r.predicted)} / ${pct(r.executed)}`);
			const where = apart.length > 0 ? ` (${apart.join(', ')})` : '';
			log(`  day ${p.day} ${p.scenario}: predicted ${pct(p.predicted)}, executed ${pct(p.executed)}${where}`);
			// Those regions' goods whose own gap is over half a point: what a region's gap is made of.
			for (const r of p.regions.filter((r) => Math.abs(r.predicted - r.executed) > 0.01)) {
				const goods = r.goods
					.filter((g) => Math.abs(g.predicted - g.executed) > 0.005)
					.map((g) => `${g.resource} ${pct(g.predicted)} / ${pct(g.executed)}`);
				log(`    ${r.region}: ${goods.join(', ')}`);
			}
		}
		const personDays = (days: readonly Float64Array[]) =>
			sum(days.map((day) => day.reduce((a, v, rk) => (flow(rk) ? a + v : a), 0)));
		const shortfall = {
			loop: personDays(loop.truth.shortfall),
			none: personDays(none.truth.shortfall),
			perfect: personDays(perfect.truth.shortfall)
		};
		const outage = shocks.find((s) => s.kind === 'sensor-outage');
		const staleDay = outage ? loop.stale.findIndex((s, d) => s && d >= outage.start) : -1;
		// stale[d] is checked at the end of day d; the outage begins at the start of its first day.
		const outageToStaleMinutes = outage && staleDay >= 0 ? (staleDay + 1 - outage.start) * 1440 : null;
		const switched = outage
			? loop.threats.find(
					(t) => t.day > outage.start && t.level !== 'normal' && t.triggers.includes('sensors-lost')
				)
			: undefined;
		const outageToThreatLevelMinutes = outage && switched ? (switched.day - outage.start) * 1440 : null;
		// Shares of the loop's wall time; the rest (other) is the rounds' bookkeeping between the timed parts (news
		// checks, the ledger's reads) and the checkpoint.
		const share = (x: number) => round(x / loop.wallMs);
		const c = loop.cost;
		const other = loop.wallMs - (c.simulation + c.ingest + c.analysis + c.planning + c.council);
		// A year's cost needs the whole year's scans: with --scan-from the analysis of the days before is missing.
		const perYear = (ms: number) => (scanFrom === 0 ? round((ms / 1000) * (365 / days), 1) : null);
		// A score of nothing is not a perfect score: with no episodes (or no alerts) recall (precision) is null.
		const told = (w: WarningScore) =>
			[
				w.episodes ? `${w.warned}/${w.episodes} shortage episodes warned ahead` : 'no episodes',
				w.alerts ? `${w.trueAlerts}/${w.alerts} alerts true` : 'no alerts',
				`median lead ${w.medianLeadDays ?? '–'} days`
			].join(', ');
		const roundedOrNull = (x: number | null) => (x === null ? null : round(x));
		log(`warnings (no plan acting on them): ${told(warnings)}`);
		log(`warnings in the loop's world (scored on the world the plans changed): ${told(inLoop)}`);
		log(
			`people-days below the norm: loop ${Math.round(shortfall.loop)}, no plan ${Math.round(shortfall.none)}, perfect information ${Math.round(shortfall.perfect)}`
		);
		log(
			`wall: loop ${(loop.wallMs / 1000).toFixed(1)} s, no-plan reference ${(none.wallMs / 1000).toFixed(1)} s, perfect ${(perfect.wallMs / 1000).toFixed(1)} s`
		);
		const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
		const parts = [
			`simulation ${seconds(c.simulation)}`,
			`ingest ${seconds(c.ingest)}`,
			`analysis ${seconds(c.analysis)}`,
			`planning ${seconds(c.planning)} + council ${seconds(c.council)}`,
			`other ${seconds(other)}`
		];
		log(`cost of the loop: ${parts.join(', ')}`);
		return {
			days,
			shocks: shocks.length,
			lifeline: LIFELINE,
			warnAheadDays: WARN_AHEAD_DAYS,
			scanFrom,
			roundsFrom: roundsFrom ?? null,
			shortageEpisodes: warnings.episodes,
			alerts: warnings.alerts,
			// Cells newly under their reserve floor with no date to run out: told, not scored as predictions.
			floorNotices: countNew(none.notices),
			warningRecall: roundedOrNull(warnings.recall),
			warningPrecision: roundedOrNull(warnings.precision),
			warningLeadDaysMedian: warnings.medianLeadDays,
			shortageEpisodesInLoop: inLoop.episodes,
			warningRecallInLoop: roundedOrNull(inLoop.recall),
			warningPrecisionInLoop: roundedOrNull(inLoop.precision),
			warningLeadDaysMedianInLoop: inLoop.medianLeadDays,
			plansAdopted: plans.length,
			executionMaxGapPoints: gaps.length ? round(Math.max(...gaps), 2) : null,
			executionMeanGapPoints: gaps.length ? round(sum(gaps) / gaps.length, 2) : null,
			executionMaxGapPointsNoNewShock: unshocked.length ? round(Math.max(...unshocked), 2) : null,
			executionMaxShortOfPredictedPoints: plans.length ? round(Math.max(...shortOfPromise), 2) : null,
			shortfallPersonDaysLoop: Math.round(shortfall.loop),
			shortfallPersonDaysNoPlan: Math.round(shortfall.none),
			shortfallPersonDaysPerfect: Math.round(shortfall.perfect),
			shareOfPerfectImprovement:
				shortfall.none > shortfall.perfect
					? round((shortfall.none - shortfall.loop) / (shortfall.none - shortfall.perfect))
					: null,
			outageToStaleMinutes,
			outageToThreatLevelMinutes,
			msPerSimulatedDay: round(loop.wallMs / days, 1),
			shareSimulation: share(c.simulation),
			shareIngest: share(c.ingest),
			shareAnalysis: share(c.analysis),
			sharePlanning: share(c.planning + c.council),
			shareOther: share(other),
			// The loop's own year (the references run apart and are reported apart).
			secondsPerSimulatedYear: perYear(loop.wallMs),
			secondsPerSimulatedYearNoPlan: round((none.wallMs / 1000) * (365 / days), 1),
			secondsPerSimulatedYearPerfect: round((perfect.wallMs / 1000) * (365 / days), 1)
		};
	}
};
