import type { Plan } from '../../data/plan/types.js';
import type { Reading } from '../../data/telemetry/types.js';
import type { Round } from '../round/types.js';
import { advanceRound, hasEnded, type RoundDriver } from './advanceRound.js';
import { loopDefaults } from './loopDefaults.js';
import { predictsShortage } from './predictsShortage.js';
import { parseRoundId, roundIdOf } from './roundIds.js';
import { threatLevel } from './threatLevel.js';
import type { LoopCost, LoopOptions, LoopPorts, LoopWarning, ThreatLevel, TickResult } from './types.js';

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
	threat(): ThreatLevel;
}

const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

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
	const o = { ...loopDefaults, ...options, threat: { ...loopDefaults.threat, ...options.threat } };
	const { world, desk } = ports;
	const timer = ports.timer ?? (() => performance.now());
	const emit = ports.onEvent ?? (() => {});
	const adopted = loopAdoptions(desk.rounds());
	const applied = new Set(adopted.filter((a) => a.day < world.day()).map((a) => a.round));
	/** Rounds that ended without adoption, already reported. */
	const ended = new Set<string>();
	let plan: Plan | null = adopted.filter((a) => applied.has(a.round)).at(-1)?.plan ?? null;
	let warnings: readonly LoopWarning[] = [];
	/** Whether `warnings` holds the last scan (after a restart, not until the first tick rescans the day before's). */
	let scanned = false;
	let threat: ThreatLevel = ports.threat ?? 'green';
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
		level: { changed: boolean; cause: string }
	) {
		if (!o.emergencyRounds || isRoundDay(day) || heldOn(day) || day < o.firstRoundDay) return null;
		if (day - lastRoundDay(day) < o.emergencyGapDays) return null;
		if (level.changed) return `threat level ${threat}: ${level.cause}`;
		const known = cellsOf(before);
		const fresh = [...cellsOf(warnings)].filter((c) => !known.has(c));
		if (fresh.length === 0) return null;
		const shown = fresh.slice(0, 3).join(', ');
		return `shortage newly predicted for ${fresh.length} region × good (${shown}${fresh.length > 3 ? ', …' : ''})`;
	}

	/** Today's rounds: create, advance, adopt; a returned round is planned again, up to `attemptsPerRound`. */
	async function roundsOf(
		day: number,
		cost: { planning: number; council: number }
	): Promise<TickResult | null> {
		for (let attempt = 1; attempt <= o.attemptsPerRound; attempt++) {
			const id = roundIdOf(day, attempt);
			if (!desk.round(id) && threat === 'red') {
				emit({
					kind: 'round-skipped',
					day,
					reason: 'red threat level: manual distribution by councils, points suspended'
				});
				return null;
			}
			if (!desk.round(id)) {
				const t = timer();
				const scenarios = await ports.planner.propose({
					roundId: id,
					start: iso(world.dateOf(day)),
					currentPlan: plan,
					threat
				});
				cost.planning += timer() - t;
				if (scenarios.length === 0) {
					emit({ kind: 'round-failed', day, round: id, message: 'the planner proposed no scenario' });
					return null;
				}
				const created = desk.create({ id, scenarios });
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
			const level = threatLevel(await ports.analysis.staleness(world.dateOf(next)), o.threat);
			const changed = level.level !== threat;
			if (changed) {
				emit({ kind: 'threat-level', day: next, level: level.level, previous: threat, cause: level.cause });
				threat = level.level;
			}
			if (next % o.recomputeEveryDays === 0 && next >= o.historyDays) {
				const r = await ports.analysis.recompute(world.dateOf(next));
				emit({ kind: 'recompute', day: next, ...r });
			}
			cost.analysis = timer() - t;
			// The round is created now, before the checkpoint moves on: a restart finds it in the ledger (heldOn).
			const emergency = emergencyCause(next, before, { changed, cause: level.cause });
			if (emergency) {
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
