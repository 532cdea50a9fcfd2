import type { Plan } from '../../data/plan/types.js';
import type { Reading } from '../../data/telemetry/types.js';
import type { Round } from '../round/types.js';
import { advanceRound, hasEnded, type RoundDriver } from './advanceRound.js';
import { brokenPremise, type Departure } from './brokenPremise.js';
import { loopDefaults } from './loopDefaults.js';
import { predictsShortage } from './predictsShortage.js';
import { parseRoundId, roundIdOf } from './roundIds.js';
import {
	effectiveLevel,
	initialThreat,
	stepThreats,
	type FederationThreat
} from '../../sim/threat/stepThreats.js';
import { RANK } from '../../sim/threat/stepThreat.js';
import { switchesOf } from '../../sim/threat/switchesOf.js';
import { threatDefaults } from '../../sim/threat/defaults.js';
import type { ThreatEvent } from '../../sim/threat/types.js';
import type { LoopCost, LoopOptions, LoopPorts, LoopWarning, Made, TickResult } from './types.js';

/** A running loop: one simulated day per tick, or a pause while a round waits for people. */
export interface Loop {
	tick(): Promise<TickResult>;
	/** The next day to simulate. */
	day(): number;
	/** The rounds' clock (ms): the world's date unless `roundClock` says otherwise. */
	now(): number;
	/** The warnings of the last scan. */
	warnings(): readonly LoopWarning[];
	/** The plan in force, if any. */
	currentPlan(): Plan | null;
	/** The emergency protocols' levels in force, per region (the world's order) and for the federation. */
	threat(): FederationThreat;
}

const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** A level change in words, for the round's reason: "federation normal → red: sensors-lost 0.58 (threshold 0.4)". */
function describe(e: ThreatEvent): string {
	const fmt = (x: number) => (Number.isFinite(x) ? String(Math.round(x * 100) / 100) : '∞');
	const causes = e.causes
		.map((c) => `${c.trigger} ${fmt(c.value)} (threshold ${fmt(c.threshold)})`)
		.join(', ');
	// Lifting lists the old level's triggers, now clear.
	const why = causes === '' ? '' : RANK[e.to] > RANK[e.from] ? `: ${causes}` : ` (cleared: ${causes})`;
	return `${e.scope} ${e.from} → ${e.to}${why}`;
}

/** The plans adopted by the loop's rounds, with the day each took effect, oldest first. */
export function loopAdoptions(
	rounds: readonly Round[]
): { readonly day: number; readonly round: string; readonly plan: Plan }[] {
	return rounds
		.flatMap((r) => {
			const id = parseRoundId(r.id);
			if (!id || r.outcome?.kind !== 'adopted') return [];
			const scenarioId = r.outcome.scenarioId;
			const plan = r.scenarios.find((s) => s.scenario.id === scenarioId)!.scenario.plan;
			return [{ day: id.day, attempt: id.attempt, round: r.id, plan }];
		})
		.sort((a, b) => a.day - b.day || a.attempt - b.attempt);
}

/**
 * The closed loop as a pure orchestrator over ports: each tick simulates one day (its sensors
 * publishing through the sink), runs the Correlation Center's scans on schedule and, every
 * `roundEveryDays`, a decision round whose adopted plan the world executes from that day on. The
 * world's clock stops while a round waits for people; the auto-council, when given, never makes it
 * wait. Everything the loop decides is in the ledger (rounds named after their day); only the day
 * reached is checkpointed, so a restart replays the world and resumes the round in progress.
 */
export function createLoop(ports: LoopPorts, options: Partial<LoopOptions> = {}): Loop {
	const o = { ...loopDefaults, ...options, threat: { ...threatDefaults, ...options.threat } };
	const { world, desk } = ports;
	const timer = ports.timer ?? (() => performance.now());
	const emit = ports.onEvent ?? (() => {});
	const adopted = loopAdoptions(desk.rounds());
	const applied = new Set(adopted.filter((a) => a.day < world.day()).map((a) => a.round));
	/** Rounds that ended without adoption, already reported. */
	const ended = new Set<string>();
	const inForce = adopted.filter((a) => applied.has(a.round)).at(-1);
	let plan: Plan | null = inForce?.plan ?? null;
	/**
	 * What the telemetry showed made the day before the plan in force was proposed (what its planner read), to tell
	 * when that premise breaks. After a restart, as the audit log recorded it at the adoption: the telemetry store
	 * may no longer hold that day.
	 */
	let premise: readonly Made[] | null =
		ports.premise && ports.premise.round === inForce?.round ? ports.premise.made : null;
	/** The last day a broken premise called a round: a round that fails leaves no trace in the ledger, so it is kept here. */
	let premiseCalled = -Infinity;
	let warnings: readonly LoopWarning[] = [];
	/** Whether `warnings` holds the last scan (after a restart, not until the first tick rescans the day before's). */
	let scanned = false;
	let threat: FederationThreat = ports.threat ?? initialThreat(world.compiled.R);
	/** The federation's red or survival: councils distribute by hand, points are suspended, no round is held. */
	const manual = () => switchesOf(threat.federation.level, o.threat).manualDistribution;
	/** Regions at red or survival: manual distribution there, and their panelists' points suspended. */
	const manualRegions = () =>
		world.compiled.regions.filter(
			(_, r) => switchesOf(threat.regions[r]!.level, o.threat).manualDistribution
		);
	let lastWaiting = '';
	const roundClock = ports.roundClock ?? ((date: number) => date);
	const now = () => roundClock(world.dateOf(world.day()));
	const driver: RoundDriver = {
		desk,
		pool: ports.pool,
		clock: now,
		council: ports.council,
		invitations: ports.invitations ?? [],
		issued: (round, invitations) => emit({ kind: 'invitations', round, invitations })
	};
	const isRoundDay = (day: number) =>
		day >= o.firstRoundDay && (day - o.firstRoundDay) % o.roundEveryDays === 0;
	/** A round of that day is in the ledger: scheduled, or an emergency one called the evening before. */
	const heldOn = (day: number) => desk.round(roundIdOf(day, 1)) !== undefined;
	/** The last day a round of the loop was held, up to `day`. */
	const lastRoundDay = (day: number) =>
		Math.max(
			-Infinity,
			...desk.rounds().flatMap((r) => {
				const d = parseRoundId(r.id)?.day;
				return d !== undefined && d <= day ? [d] : [];
			})
		);
	const cellsOf = (ws: readonly LoopWarning[]) =>
		new Set(ws.filter(predictsShortage).map((w) => `${w.region}/${w.resource}`));

	/** Why the news of this scan calls a round for `day` before the schedule, or null. */
	function emergencyCause(
		day: number,
		before: readonly LoopWarning[],
		events: readonly ThreatEvent[],
		departures: readonly Departure[]
	) {
		if (!o.emergencyRounds || isRoundDay(day) || heldOn(day) || day < o.firstRoundDay) return null;
		if (day - lastRoundDay(day) < o.emergencyGapDays) return null;
		const federation = events.filter((e) => e.scope === 'federation');
		// A region entering manual distribution: the plan in force still ships into and out of it, by arcs its
		// council now works by hand, and plans the others with it. Leaving it: the plan in force has no shipment for
		// it and its council's quotas, made for the crisis. A region's yellow is its own protocol (local reserves).
		const isManual = (level: ThreatEvent['to']) => switchesOf(level, o.threat).manualDistribution;
		// Under the federation's own manual distribution no round is held, whatever a region does.
		const turned = manual()
			? []
			: events.filter((e) => e.scope !== 'federation' && isManual(e.to) !== isManual(e.from));
		const known = cellsOf(before);
		const fresh = [...cellsOf(warnings)].filter((c) => !known.has(c));
		const shown = fresh.slice(0, 3).join(', ') + (fresh.length > 3 ? ', …' : '');
		const pct = (x: number) => `${Math.round(x * 100)}%`;
		const off = departures.map(
			(c) => `${c.region}/${c.resource} made ${pct(c.now)} of need, ${pct(c.then)} when planned`
		);
		const recent = day - premiseCalled < o.emergencyGapDays;
		const premise =
			manual() || recent || off.length === 0 ? [] : [`the plan's premise broke: ${off.join(', ')}`];
		if (premise.length > 0) premiseCalled = day;
		// Every cause is given: the audit log says all that called the round.
		const causes = [
			...federation.map((e) => `threat level ${describe(e)}`),
			...(fresh.length > 0 ? [`shortage newly predicted for ${fresh.length} region × good (${shown})`] : []),
			...turned.map((e) => `threat level ${describe(e)}`),
			...premise
		];
		return causes.length > 0 ? causes.join('; ') : null;
	}

	/** Today's rounds: create, advance, adopt; a returned round is planned again, up to `attemptsPerRound`. */
	async function roundsOf(
		day: number,
		cost: { planning: number; council: number }
	): Promise<TickResult | null> {
		for (let attempt = 1; attempt <= o.attemptsPerRound; attempt++) {
			const id = roundIdOf(day, attempt);
			if (!desk.round(id) && manual()) {
				emit({
					kind: 'round-skipped',
					day,
					reason: `federation ${threat.federation.level} threat level: manual distribution by councils, points suspended`
				});
				return null;
			}
			if (!desk.round(id)) {
				const t = timer();
				const regions = manualRegions();
				const survival = world.compiled.regions.filter(
					(_, r) => effectiveLevel(threat.regions[r]!.level, threat.federation.level) === 'survival'
				);
				// The same machine lifts the level after `liftAfterDays` clear days, some of which may have passed.
				const daysLeft = (region: string) =>
					Math.max(
						0,
						o.threat.liftAfterDays - threat.regions[world.compiled.regions.indexOf(region)]!.clearDays
					);
				const scenarios = await ports.planner.propose({
					roundId: id,
					start: iso(world.dateOf(day)),
					currentPlan: plan,
					survival,
					survivalDays: Object.fromEntries(survival.map((r) => [r, daysLeft(r)])),
					manual: regions
				});
				cost.planning += timer() - t;
				if (scenarios.length === 0) {
					emit({ kind: 'round-failed', day, round: id, message: 'the planner proposed no scenario' });
					return null;
				}
				// The levels cannot change while the round waits (the world's clock stops), so they hold at its count.
				const persons = ports.pool
					.filter((m) => regions.includes(m.features?.['region'] ?? ''))
					.map((m) => m.id);
				const options = regions.length > 0 ? { pointsSuspended: { regions, persons } } : undefined;
				const created = desk.create({ id, scenarios, ...(options ? { options } : {}) });
				if (!created.ok) {
					emit({ kind: 'round-failed', day, round: id, message: created.error.message });
					return null;
				}
				emit({ kind: 'round-created', day, round: id, scenarios: scenarios.length });
			}
			const t = timer();
			const round = await advanceRound(id, driver);
			cost.council += timer() - t;
			if (!hasEnded(round)) {
				if (lastWaiting !== `${id}:${round.state}`) {
					lastWaiting = `${id}:${round.state}`;
					emit({ kind: 'waiting', day, round: id, state: round.state });
				}
				return { status: 'waiting', day, round: id, state: round.state };
			}
			const outcome = round.outcome!;
			if (outcome.kind !== 'adopted') {
				if (!ended.has(id)) emit({ kind: 'round-ended', day, round: id, outcome: outcome.kind });
				ended.add(id);
				continue;
			}
			if (!applied.has(id)) {
				const scenario = round.scenarios.find((s) => s.scenario.id === outcome.scenarioId)!.scenario;
				const taken = world.adopt(scenario.plan);
				if (taken.status === 'invalid')
					throw new Error(`round ${id}: the adopted plan does not fit the world: ${taken.message}`);
				applied.add(id);
				plan = scenario.plan;
				// The world's clock stood still while the round ran: the telemetry is the one its planner read.
				premise = await ports.analysis.production(world.dateOf(day));
				ports.audit?.({ kind: 'plan-premise', data: { round: id, made: premise } }, world.dateOf(day));
				emit({ kind: 'adopted', day, round: id, scenario });
			}
			return null;
		}
		return null;
	}

	return {
		day: () => world.day(),
		now,
		warnings: () => warnings,
		currentPlan: () => plan,
		threat: () => threat,
		async tick() {
			const day = world.day();
			const cost = { simulation: 0, analysis: 0, planning: 0, council: 0 };
			if (isRoundDay(day) || heldOn(day)) {
				const waiting = await roundsOf(day, cost);
				if (waiting) return waiting;
			}
			let t = timer();
			let readings = 0;
			await world.stepDay(async (batch: readonly Reading[]) => {
				readings += batch.length;
				await ports.sink.write(batch);
			});
			cost.simulation = timer() - t;
			t = timer();
			const next = day + 1;
			// After a restart, yesterday's scan again (the store kept its telemetry), so that news is news.
			if (!scanned && day > 0) warnings = await ports.analysis.warnings(world.dateOf(day));
			scanned = true;
			const before = warnings;
			if (next % o.warnEveryDays === 0) {
				warnings = await ports.analysis.warnings(world.dateOf(next));
				emit({ kind: 'warnings', day: next, warnings });
			}
			// The simulation's own machine, stepped on what the telemetry shows (the world steps it on its truth).
			const observed = await ports.analysis.threat(world.dateOf(next));
			const stepped = stepThreats(threat, observed, o.threat, next, world.compiled.regions);
			threat = stepped.threat;
			for (const e of stepped.events) {
				const level = e.scope === 'federation' ? e.to : effectiveLevel(e.to, threat.federation.level);
				const switches = switchesOf(level, o.threat);
				// In the audit log before the checkpoint moves on: a restart reads the levels back from it.
				// A stock that never runs out has Infinity days, which JSON has no form for: null (read back as Infinity).
				const causes = e.causes.map((c) => ({ ...c, value: Number.isFinite(c.value) ? c.value : null }));
				ports.audit?.({ kind: 'threat-level', data: { ...e, causes, switches } }, world.dateOf(next));
				emit({ kind: 'threat-level', ...e, switches });
			}
			if (next % o.recomputeEveryDays === 0 && next >= o.historyDays) {
				const r = await ports.analysis.recompute(world.dateOf(next));
				emit({ kind: 'recompute', day: next, ...r });
			}
			cost.analysis = timer() - t;
			// The round is created now, before the checkpoint moves on: a restart finds it in the ledger (heldOn).
			// The plan's premise against the day's production: the scan just read it (threat), so this reuses it.
			const departures =
				o.premise && premise
					? brokenPremise(
							premise,
							await ports.analysis.production(world.dateOf(next)),
							world.compiled,
							o.premise
						)
					: [];
			const emergency = emergencyCause(next, before, stepped.events, departures);
			if (emergency) {
				// Why a round came before the schedule is part of the public record, before the checkpoint moves on.
				ports.audit?.(
					{ kind: 'emergency-round', data: { day: next, reason: emergency } },
					world.dateOf(next)
				);
				emit({ kind: 'emergency', day: next, reason: emergency });
				await roundsOf(next, cost);
			}
			await ports.save({
				version: 1,
				startDate: iso(world.dateOf(0)),
				day: next,
				invitations: driver.invitations
			});
			emit({ kind: 'day', day, readings, cost: cost satisfies LoopCost });
			return { status: 'stepped', day };
		}
	};
}
