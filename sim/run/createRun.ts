import type { Reading } from '../../data/telemetry/types.js';
import { mergeOptions } from '../defaults.js';
import { createHeadline } from '../outcome/createHeadline.js';
import { regionCoverage, summariseDay } from '../outcome/summariseDay.js';
import type { DayRecord } from '../outcome/types.js';
import { compilePlan } from '../plan/compilePlan.js';
import type { CompiledPlan } from '../plan/types.js';
import { createObserver } from '../observe/createObserver.js';
import { sensorLayout } from '../observe/sensorLayout.js';
import { applyShocks } from '../shocks/applyShock.js';
import { checkShocks } from '../shocks/checkShocks.js';
import { arrivalsToday, createArrivals } from '../step/arrivals.js';
import { beginDay, endDay, resetDay } from '../step/beginDay.js';
import { createContext, periodRates, type PeriodRates } from '../step/context.js';
import { createState } from '../step/createState.js';
import { createDayTables, fillDay } from '../step/dayTables.js';
import { redistribute, redistributionScratch } from '../step/redistribute.js';
import { stepWorld } from '../step/stepWorld.js';
import { compileWorld } from '../world/compileWorld.js';
import { createCitizens } from '../citizens/createCitizens.js';
import type { CitizensDay } from '../citizens/types.js';
import { createServiceDesk } from '../citizens/createServiceDesk.js';
import { createQuotaReview } from '../quotas/createQuotaReview.js';
import { createDeviations } from './createDeviations.js';
import { lifelineMask, observeThreat } from '../threat/observeThreat.js';
import { standInIndex } from '../threat/standInIndex.js';
import { effectiveLevel, stepThreats } from '../threat/stepThreats.js';
import { switchesOf } from '../threat/switchesOf.js';
import type { ThreatEvent, ThreatLevel, ThreatSwitches } from '../threat/types.js';
import { checkOptions } from './checkOptions.js';
import { buildOutcome } from './buildOutcome.js';
import type { RunResult, SimInput } from './types.js';

/**
 * One more day at `level`, by named stores: a store keyed by the level's name was deoptimised every
 * time another level came up (over a hundred times in an hourly year of the 300 × 20 world).
 */
function countDay(days: { yellow: number; red: number; survival: number }, level: ThreatLevel): void {
	// Called for every level, 'normal' included, so that no branch of the caller is first taken late.
	if (level === 'yellow') days.yellow++;
	else if (level === 'red') days.red++;
	else if (level === 'survival') days.survival++;
}

/** Validates a run's inputs and prepares it; the caller drives it (see `runSimulation`). */
export function createRun(input: SimInput): RunResult {
	const options = mergeOptions(input.options);
	const compiled = input.compiled ?? compileWorld(input.reference.world, input.reference.catalogue);
	const shocks = input.shocks ?? [];
	const issues = [...checkOptions(options), ...checkShocks(shocks, compiled)];
	// A caller's list is checked; the default names the shipped catalogue's essentials (see lifelineMask).
	input.options?.threat?.lifelineResources?.forEach((id, i) => {
		if (!compiled.resourceIndex.has(id))
			issues.push({
				path: `threat.lifelineResources.${i}`,
				expected: 'should be a resource of the catalogue',
				received: id
			});
	});
	if (issues.length > 0) return { status: 'invalid', issues };
	const lifelineOf = lifelineMask(compiled, options.threat.lifelineResources);
	const standIns = standInIndex(compiled, input.reference.catalogue);
	const world =
		options.startDate === null
			? compiled
			: { ...compiled, startMs: Date.parse(`${options.startDate}T00:00:00Z`) };
	let plan: CompiledPlan | null = null;
	if (input.plan) {
		const indexed = compilePlan(input.plan, world);
		if (indexed.ok) plan = indexed.plan;
		else issues.push(...indexed.issues.map((i) => ({ ...i, path: `plan.${i.path}` })));
	}
	if (issues.length > 0) return { status: 'invalid', issues };

	let ctx = createContext(world, options, plan);
	const arrivals = createArrivals(ctx.tables, ctx.stepsPerDay);
	const dayTables = createDayTables(ctx.tables);
	const scratch = redistributionScratch(world);
	const layout = sensorLayout(world);
	const state = createState(world, options, input.rng, shocks.length, layout.gatewayIds.length);
	const observer = input.observe ? createObserver(world, layout, ctx) : null;
	const scope = { gatewayRegion: layout.gatewayRegion };
	const { perRegion, workShare, serviceHoursPerWorker, serviceBankDays } = options.citizens;
	const desk = createServiceDesk(world, state, perRegion, workShare, serviceHoursPerWorker, serviceBankDays);
	const citizens = createCitizens(world, desk, options.citizens, options.points, input.rng.fork('citizens'));
	let tiers: CitizensDay | null = null;
	const RK = world.R * world.K;
	const runNeed = new Float64Array(RK);
	const runGot = new Float64Array(RK);
	const daily: DayRecord[] = [];
	const sums = { shortfall: 0, tonneKm: 0, energy: 0, survivalDays: 0, delivered: 0 };
	let rates: PeriodRates | null = null;
	// The plan's own rates today, before automatic redistribution adds to them.
	let planRates: PeriodRates | null = null;
	const deviations = createDeviations(world);
	const quotaReview = createQuotaReview(world, options.quotaCuts);
	let active: string[] = [];
	const events: ThreatEvent[] = [];
	const headline = createHeadline(world);
	// Each region's tier-1 coverage the day before: it gates tiers 2 and 3.
	const basicYesterday = new Float64Array(world.R).fill(1);
	const basicToday = new Float64Array(world.R);
	const threatDays: Record<string, { yellow: number; red: number; survival: number }> = {};
	for (const scope of ['federation', ...world.regions])
		threatDays[scope] = { yellow: 0, red: 0, survival: 0 };
	// By region index, not id: a lookup among 300 ids per region per day is a dictionary probe.
	const regionDays = world.regions.map((id) => threatDays[id]!);
	let protocols: ThreatSwitches[] = [];
	// The federation's level today: a declared survival mode takes effect the day it starts.
	const federationLevel = (): ThreatLevel => (state.survival ? 'survival' : state.threat.federation.level);

	return {
		status: 'ready',
		run: {
			world,
			state,
			stepsPerDay: ctx.stepsPerDay,
			days: options.days,
			adopt(next) {
				const compiled = compilePlan(next, world);
				if (!compiled.ok)
					return {
						status: 'invalid',
						issues: compiled.issues.map((i) => ({ ...i, path: `plan.${i.path}` }))
					};
				plan = compiled.plan;
				const fresh = createContext(world, options, plan);
				// Goods already on the road keep arriving, whatever lanes the new plan uses.
				const lanes = Int32Array.from(new Set([...ctx.transitLanes, ...fresh.transitLanes])).sort();
				ctx = { ...fresh, transitLanes: lanes };
				return { status: 'ok' };
			},
			beginDay() {
				resetDay(state);
				applyShocks(shocks, world, state, scope);
				const federation = federationLevel();
				protocols = state.threat.regions.map((s) =>
					switchesOf(effectiveLevel(s.level, federation), options.threat)
				);
				protocols.forEach((sw, r) => {
					state.quotaFactor[r] = sw.quotaFactor;
					state.localReserves[r] = sw.localReserves ? 1 : 0;
				});
				active = shocks
					.filter((s) => state.day >= s.start && state.day < s.start + s.days)
					.map((s) => s.id ?? `${s.kind}@${s.start}`);
				rates = planRates = periodRates(world, plan, state.day);
				quotaReview.beginDay(state);
				beginDay(world, state, ctx);
				if (options.redistribution.enabled)
					rates = redistribute(world, state, ctx, rates, options.redistribution, scratch);
				arrivalsToday(arrivals, rates ? rates.shipping : null, state.day, state.transitStart, state.step);
				fillDay(dayTables, world, state, ctx, rates);
			},
			step() {
				stepWorld(world, state, ctx, rates, arrivals, dayTables);
				if (!observer) return [];
				const due: Reading[] = observer.observe(state);
				sums.delivered += due.length;
				return due;
			},
			endDay() {
				endDay(world, state);
				for (let i = 0; i < RK; i++) {
					runNeed[i]! += state.dayNeed[i]!;
					runGot[i]! += state.dayGot[i]!;
					sums.shortfall += state.dayShortfall[i]!;
				}
				sums.tonneKm += state.dayTonneKm;
				deviations.day(planRates, state);
				quotaReview.endDay(state);
				sums.energy += state.dayEnergy;
				const federation = federationLevel();
				if (federation === 'survival') sums.survivalDays++;
				if (federation !== 'normal') countDay(threatDays.federation!, federation);
				for (let r = 0; r < world.R; r++)
					countDay(regionDays[r]!, effectiveLevel(state.threat.regions[r]!.level, federation));
				tiers = citizens ? citizens.day(state.day, protocols, basicYesterday) : null;
				const observed = observeThreat(
					world,
					state,
					layout.gatewayRegion,
					options.threat.lifeline,
					lifelineOf,
					options.rationing,
					state.survival ? 'survival' : 'normal',
					standIns
				);
				const belowLifeline = headline.day(state, observed);
				regionCoverage(world, state.dayNeed, state.dayGot, basicToday).forEach((c, r) => {
					basicYesterday[r] = Number.isNaN(c) ? 1 : c;
				});
				if (options.recordDays) daily.push(summariseDay(world, state, ctx, active, tiers, belowLifeline));
				const stepped = stepThreats(state.threat, observed, options.threat, state.day, world.regions);
				state.threat = stepped.threat;
				events.push(...stepped.events);
				state.day++;
				return stepped.events;
			},
			finish() {
				const readings = observer ? observer.flush() : [];
				sums.delivered += readings.length;
				const outcome = buildOutcome({
					world,
					state,
					ctx,
					runNeed,
					runGot,
					daily,
					sums,
					shocks: shocks.length,
					plan: plan !== null,
					observed: observer?.counts ?? null,
					citizens: citizens?.summary() ?? null,
					threat: { events, days: threatDays },
					quotaCuts: quotaReview.cuts,
					headline: headline.result(runNeed, runGot, options.decimals),
					deviations: deviations.result(options.decimals)
				});
				return { outcome, readings };
			}
		}
	};
}
