import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Logger } from 'pino';
import { openSqliteReportStore } from '../../data/correlation/index.js';
import type { Ledger } from '../../data/ledger/index.js';
import type { ReferenceData } from '../../data/reference/index.js';
import type { TelemetryStore } from '../../data/telemetry/index.js';
import { jsLpSolver } from '../../planner/solver/jsLpSolver.js';
import { workerHighsSolver } from '../../planner/solver/node/workerHighsSolver.js';
import { createPublisher } from '../../sensors/gateway/index.js';
import {
	autoCouncil,
	correlationCenter,
	createLoop,
	loopAdoptions,
	openWorld,
	panelPool,
	recordedLevels,
	recordedPremise,
	storeSnapshot,
	telemetryAdjustments,
	telemetryPlanner,
	threatFromRecord,
	type CouncilElections,
	type Loop,
	type LoopEvent,
	type LoopWarning,
	type LoopWorld
} from '../../scenarios/loop/index.js';
import type { Invitation, RoundDesk } from '../../scenarios/round/index.js';
import { createRng } from '../../sim/index.js';
import type { Config } from '../config/index.js';
import { readCheckpoint, writeCheckpoint } from './loopCheckpointFile.js';
import { loopOptionsOf } from './loopOptionsOf.js';

const DAY = 86_400_000;

/** The loop, opened but not yet running: its world (replayed to the checkpoint) and the clocks the rest of the app shares. */
export interface OpenedLoop {
	readonly world: LoopWorld;
	/** The rounds' clock (ms), for the desk and the ledger. */
	clock(): number;
	/** The ingest's clock: the end of the day being simulated, so no reading of it is "in the future". */
	ingestClock(): number;
	/** The round the world waits for and the world's date when it paused; null while it runs. */
	paused(): { readonly round: string; readonly since: number } | null;
	/** Starts the timer; `notify` hears what a person should see (adoptions, waiting rounds, invitations). */
	start(ports: {
		readonly store: TelemetryStore;
		readonly mqttUrl: string;
		readonly desk: RoundDesk;
		/** The encrypted elections: the auto-council votes through them as people do. */
		readonly elections: CouncilElections;
		/** The console's URL, for invitation links. */
		readonly consoleUrl: string;
		readonly notify: (line: string) => void;
		/** Hears each day's shortage warnings (the console shows them instead of scanning again). */
		readonly onWarnings?: (warnings: readonly LoopWarning[]) => void;
	}): RunningLoop;
}

/**
 * The main job's Correlation Center reports, in a file of their own: `analyse recompute` reports on other series
 * and keeps its reports in var/correlation-reports.sqlite by default.
 */
export const correlationReportsPath = (dataDir: string): string =>
	join(dataDir, 'loop-correlation-reports.sqlite');

/** The loop, running. */
export interface RunningLoop {
	readonly loop: Loop;
	stop(): Promise<void>;
}

/**
 * Opens the closed loop of `npm start`: replays the world from the rounds adopted in the ledger to
 * the checkpointed day, then (on `start`) simulates one day every `loop.dayMs`, publishing through
 * the gateway protocol to the broker the ingest reads. Without the auto-council the world waits
 * while a round waits for people, and the rounds' clock runs on at the same pace, so a round's
 * deadlines pass (7 review days take 7 × dayMs).
 */
export async function openLoop(
	config: Config,
	reference: ReferenceData,
	ledger: Ledger,
	log: Logger,
	today: () => Date
): Promise<OpenedLoop> {
	const settings = config.loop;
	const checkpointPath = join(config.dataDir, 'loop.json');
	const checkpoint = await readCheckpoint(checkpointPath);
	const opened = await openWorld(
		{
			reference,
			rng: createRng(config.sim.seed),
			options: {
				days: 100 * 365,
				stepHours: config.sim.stepHours,
				redistribution: { enabled: config.sim.redistribute },
				// The world starts on the first start's date (or the configured one) and keeps it across restarts, so
				// that its dates are near the wall clock that people, the CLI and the ingest's age limit go by.
				startDate: checkpoint?.startDate || settings.startDate || today().toISOString().slice(0, 10)
			}
		},
		loopAdoptions(ledger.rounds()),
		checkpoint?.day ?? 0
	);
	if (opened.status === 'invalid')
		throw new Error(
			`the loop's world is invalid: ${opened.issues.map((i) => `${i.path}: ${i.expected}`).join('; ')}`
		);
	const { world } = opened;
	let waitingSince: number | null = null;
	let paused: { readonly round: string; readonly since: number } | null = null;
	const roundClock = (date: number) =>
		waitingSince === null || settings.dayMs === 0
			? date
			: date + Math.floor(((Date.now() - waitingSince) * DAY) / settings.dayMs);
	const clock = () => roundClock(world.dateOf(world.day()));
	log.info({ day: world.day(), date: new Date(clock()).toISOString().slice(0, 10) }, 'loop opened');
	return {
		world,
		clock,
		ingestClock: () => world.dateOf(world.day() + 1),
		paused: () => paused,
		start({ store, mqttUrl, desk, elections, consoleUrl, notify, onWarnings }) {
			const unitOf = new Map(reference.catalogue.resources.map((r) => [r.id, r.unit]));
			// Sequence numbers keep rising across restarts (a real gateway keeps its counter), so the
			// ingest does not count the resumed gateways' messages as duplicates.
			const publisher = createPublisher({ url: mqttUrl, firstSeq: world.day() * 100_000 + 1 });
			const highs = workerHighsSolver();
			// The weekly recompute's reports, kept across restarts: each is compared with the last one stored.
			const reports = openSqliteReportStore(correlationReportsPath(config.dataDir));
			const loop = createLoop(
				{
					world,
					sink: {
						write: (batch) =>
							publisher.publishReadings(batch.map((r) => ({ ...r, unit: unitOf.get(r.resource)! })))
					},
					analysis: correlationCenter(store, reference, {
						historyDays: 56,
						warnAheadDays: settings.warnAheadDays,
						// Every series reports once a simulated step.
						expectedIntervalMs: config.sim.stepHours * 3_600_000,
						reports
					}),
					planner: telemetryPlanner(
						reference,
						storeSnapshot(store, reference),
						{ highs, jslp: jsLpSolver() },
						{},
						telemetryAdjustments(store, reference, () => world.dateOf(world.day()))
					),
					desk,
					pool: panelPool(reference.world, 4 * (settings.panelSize + settings.reserves)),
					council: settings.autoCouncil ? autoCouncil({ encrypted: { elections, clock } }) : null,
					save: (c) => writeCheckpoint(checkpointPath, c),
					audit: (event, at) => void ledger.append('loop', event, at),
					invitations: checkpoint?.invitations ?? [],
					// The levels last recorded, so a restart does not announce them again.
					threat: threatFromRecord(recordedLevels(ledger.audit('loop')), world.compiled.regions),
					// The plan in force's premise, so that a restart still tells when it breaks.
					premise: recordedPremise(ledger.audit('loop')),
					roundClock,
					onEvent: (e) => report(e)
				},
				loopOptionsOf(settings)
			);
			const link = (code: string) => `${consoleUrl}vote?c=${encodeURIComponent(code)}`;
			async function saveInvitations(round: string, invitations: readonly Invitation[]) {
				const dir = join(config.dataDir, 'invitations');
				await mkdir(dir, { recursive: true });
				const file = join(dir, `${round}.txt`);
				await writeFile(
					file,
					invitations.map((i) => `${i.panelist}\t${i.stage}\t${link(i.code)}`).join('\n') + '\n',
					{ mode: 0o600 }
				);
				notify(
					`Round ${round}: the vote is open; ${invitations.length} invitations in ${file}, e.g.\n` +
						invitations
							.slice(0, 3)
							.map((i) => `    ${i.panelist}: ${link(i.code)}`)
							.join('\n')
				);
			}
			function report(e: LoopEvent) {
				const date = (day: number) => new Date(world.dateOf(day)).toISOString().slice(0, 10);
				switch (e.kind) {
					case 'day':
						log.debug({ day: e.day, readings: e.readings, cost: e.cost }, 'simulated day');
						break;
					case 'warnings':
						onWarnings?.(e.warnings);
						if (e.warnings.length > 0)
							log.info({ day: e.day, warnings: e.warnings.map((w) => w.sentence.en) }, 'shortage warnings');
						break;
					case 'recompute':
						log.info(
							{
								day: e.day,
								significant: e.significant,
								new: e.appeared,
								weakening: e.weakening,
								gone: e.gone
							},
							'relations recomputed'
						);
						break;
					case 'round-created':
						notify(`${date(e.day)}: round ${e.round} proposed with ${e.scenarios} scenarios.`);
						break;
					case 'threat-level': {
						const causes = e.causes.map((c) => `${c.trigger} ${c.value} (threshold ${c.threshold})`);
						notify(`${date(e.day)}: ${e.scope} threat level ${e.to} (was ${e.from}): ${causes.join(', ')}.`);
						break;
					}
					case 'round-skipped':
						notify(`${date(e.day)}: no round: ${e.reason}.`);
						break;
					case 'emergency':
						// In the audit log already (the loop's `audit` port).
						notify(`${date(e.day)}: emergency round: ${e.reason}.`);
						break;
					case 'round-failed':
						log.warn({ day: e.day, round: e.round }, e.message);
						break;
					case 'waiting':
						notify(`${date(e.day)}: round ${e.round} waits for people (${e.state}); the world is paused.`);
						break;
					case 'invitations':
						if (!settings.autoCouncil) void saveInvitations(e.round, e.invitations);
						break;
					case 'adopted':
						notify(
							`${date(e.day)}: round ${e.round} adopted "${e.scenario.title.en}"; the world executes it.`
						);
						break;
					case 'round-ended':
						notify(`${date(e.day)}: round ${e.round} ended: ${e.outcome}; the planner proposes again.`);
						break;
				}
			}

			let stopped = false;
			let wake: (() => void) | null = null;
			const sleep = (ms: number) =>
				new Promise<void>((resolve) => {
					const timer = setTimeout(resolve, ms);
					wake = () => {
						clearTimeout(timer);
						resolve();
					};
				});
			const running = (async () => {
				while (!stopped) {
					const started = Date.now();
					try {
						const result = await loop.tick();
						if (result.status === 'waiting') {
							waitingSince ??= Date.now();
							if (paused?.round !== result.round)
								paused = { round: result.round, since: paused?.since ?? world.dateOf(world.day()) };
							await sleep(Math.min(1000, settings.dayMs || 1000));
							continue;
						}
						waitingSince = null;
						paused = null;
					} catch (error) {
						// A day that failed half-way leaves the world mid-day: stop, and resume from the checkpoint on restart.
						log.error(
							{ err: error, day: world.day() },
							'the loop stopped; restart to resume from the last day'
						);
						return;
					}
					await sleep(Math.max(0, settings.dayMs - (Date.now() - started)));
				}
			})();
			return {
				loop,
				async stop() {
					stopped = true;
					(wake as (() => void) | null)?.();
					await running;
					await publisher.close();
					await highs.close();
					await reports.close();
				}
			};
		}
	};
}
