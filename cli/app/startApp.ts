import type { Logger } from 'pino';
import { foodReference } from '../../data/reference/foodReference.js';
import { loadReference } from '../../data/reference/index.js';
import { ingestMetrics, startTelemetry, type RunningTelemetry } from '../../sensors/ingest/index.js';
import type { AppContext } from '../../web/lib/server/context.js';
import { randomBytes } from 'node:crypto';
import { accountsPath, openAccounts } from '../../data/accounts/index.js';
import { ledgerPath, openLedger } from '../../data/ledger/index.js';
import { electionLedger } from '../../data/ledger/election/index.js';
import { createRateLimiter } from '../../web/lib/server/auth/rateLimiter.js';
import { loopWarnings } from '../../web/lib/server/overview/loopWarnings.js';
import { dailyWarnings } from '../../web/lib/server/overview/dailyWarnings.js';
import { createStressJobs } from '../../web/lib/server/stress/createStressJobs.js';
import { workerRunCase } from '../../web/lib/server/stress/node/workerRunCase.js';
import { correlationCenter } from '../../scenarios/loop/index.js';
import { createRoundDesk, uniformPanelDrawer } from '../../scenarios/round/index.js';
import { redact, type Config } from '../config/index.js';
import { portSettingError } from './portSettingError.js';
import { demoRoster } from '../../scenarios/round/cases/loadCases.js';
import { metricsRoute } from './metricsRoute.js';
import { serveConsole, type ConsoleServer } from './serveConsole.js';
import { openLoop, type RunningLoop } from './startLoop.js';

/** The main job, running: where to reach it, and how to stop it. */
export interface RunningApp {
	readonly consoleUrl: string;
	readonly mqttUrl: string;
	/** The telemetry store (read by the Correlation Center and planner) and the ingest worker filling it. */
	readonly telemetry: RunningTelemetry;
	/** The closed loop, when `loop.enabled`. */
	readonly loop?: RunningLoop;
	/** Experts serving now (the council's accounts for `resourceos round`). */
	readonly demoExperts: readonly string[];
	stop(): Promise<void>;
}

/**
 * The composition root: loads reference data, starts the broker (embedded unless configured
 * otherwise) and the console, and wires the adapters into the core. Stops in reverse order.
 */
export async function startApp(
	config: Config,
	log: Logger,
	wallClock: () => Date = () => new Date(),
	notify: (line: string) => void = (line) => log.info(line)
): Promise<RunningApp> {
	// One reading of food for the whole app, so the loop's world, its rounds and the console agree.
	const reference = await foodReference(await loadReference(config.reference), config.loop.food);
	const stops: (() => Promise<void>)[] = [];
	try {
		// With the loop on, time is the simulated world's: the ledger, the rounds and the ingest share its clock.
		const holder: { clock: () => number; ingestClock: () => number } = {
			clock: () => wallClock().getTime(),
			ingestClock: () => wallClock().getTime()
		};
		const clock = () => new Date(holder.clock());
		const ledger = openLedger(ledgerPath(config.dataDir), clock);
		stops.push(async () => ledger.close());
		const opened = config.loop.enabled
			? await openLoop(config, reference, ledger, log, wallClock)
			: undefined;
		if (opened) Object.assign(holder, { clock: opened.clock, ingestClock: opened.ingestClock });
		// A fresh ledger gets the demo roster, so the loop's first round has experts to draw.
		if (opened && ledger.roster().length === 0) for (const e of demoRoster) ledger.appoint(e, holder.clock());
		const now = holder.clock();
		const demoExperts = ledger
			.roster()
			.filter((e) => e.term.start <= now && now < e.term.end)
			.map((e) => e.id);
		// The embedded broker, if configured, starts inside telemetry: it acknowledges only what ingest has stored.
		const telemetry = await startTelemetry(config, reference, { log, now: () => holder.ingestClock() }).catch(
			(error: unknown) => {
				throw portSettingError(error, 'mqtt.port', config.mqtt.host, config.mqtt.port);
			}
		);
		stops.push(() => telemetry.stop());
		const mqttUrl = telemetry.mqttUrl;
		// The uniform lottery stands in for the sortition module's drawer until it is wired here.
		const elections = electionLedger(ledger);
		const rounds = createRoundDesk({
			store: ledger,
			elections,
			clock: () => holder.clock(),
			secret: (n) => randomBytes(n),
			drawer: uniformPanelDrawer(),
			...(opened ? { options: { panelSize: config.loop.panelSize, reserves: config.loop.reserves } } : {})
		});
		// The loop's own settings, so the console warns of what the loop warns of; with the loop on,
		// the loop's own daily scan once it has made one.
		const scan = dailyWarnings(
			correlationCenter(telemetry.store, reference, {
				historyDays: 56,
				warnAheadDays: config.loop.warnAheadDays,
				expectedIntervalMs: config.sim.stepHours * 3_600_000
			})
		);
		const loopScan = opened && loopWarnings(scan);
		const accounts = openAccounts(accountsPath(config.dataDir));
		stops.push(async () => accounts.close());
		const context: AppContext = {
			config: redact(config),
			reference,
			startedAt: clock(),
			mqttUrl,
			ledger,
			elections,
			rounds,
			accounts,
			signInLimiter: createRateLimiter(),
			telemetry: telemetry.store,
			...(telemetry.ingest ? { ingest: telemetry.ingest } : {}),
			analysis: loopScan || scan,
			...(opened ? { pause: () => opened.paused() } : {}),
			stress: createStressJobs(workerRunCase(reference), () => Date.now()),
			now: () => clock().getTime()
		};
		const metrics = telemetry.ingest && ingestMetrics(telemetry.ingest, () => clock().getTime());
		const web: ConsoleServer = await serveConsole(
			context,
			config.http,
			metrics && metricsRoute(metrics)
		).catch((error: unknown) => {
			throw portSettingError(error, 'http.port', config.http.host, config.http.port);
		});
		stops.push(() => web.close());
		const loop = opened?.start({
			store: telemetry.store,
			mqttUrl,
			desk: rounds,
			elections,
			consoleUrl: web.url,
			notify,
			...(loopScan ? { onWarnings: loopScan.hear } : {})
		});
		if (loop) stops.push(() => loop.stop());
		log.info(
			{ console: web.url, mqtt: mqttUrl, world: reference.world.id, store: config.telemetry.store },
			'started'
		);
		return {
			consoleUrl: web.url,
			mqttUrl,
			telemetry,
			...(loop ? { loop } : {}),
			demoExperts,
			stop: async () => {
				for (const stop of stops.reverse()) await stop();
				log.info('stopped');
			}
		};
	} catch (error) {
		for (const stop of stops.reverse()) await stop();
		throw error;
	}
}
