import type { Logger } from 'pino';
import { loadReference } from '../../data/reference/index.js';
import { ingestMetrics, startTelemetry, type RunningTelemetry } from '../../sensors/ingest/index.js';
import type { AppContext } from '../../web/lib/server/context.js';
import { randomBytes } from 'node:crypto';
import { ledgerPath, openLedger } from '../../data/ledger/index.js';
import { createRoundDesk, uniformPanelDrawer } from '../../scenarios/round/index.js';
import { redact, type Config } from '../config/index.js';
import { metricsRoute } from './metricsRoute.js';
import { serveConsole, type ConsoleServer } from './serveConsole.js';

/** The main job, running: where to reach it, and how to stop it. */
export interface RunningApp {
	readonly consoleUrl: string;
	readonly mqttUrl: string;
	/** The telemetry store (read by the Correlation Center and planner) and the ingest worker filling it. */
	readonly telemetry: RunningTelemetry;
	stop(): Promise<void>;
}

/**
 * The composition root: loads reference data, starts the broker (embedded unless configured
 * otherwise) and the console, and wires the adapters into the core. Stops in reverse order.
 */
export async function startApp(
	config: Config,
	log: Logger,
	clock: () => Date = () => new Date()
): Promise<RunningApp> {
	const reference = await loadReference(config.reference);
	const stops: (() => Promise<void>)[] = [];
	try {
		// The embedded broker, if configured, starts inside telemetry: it acknowledges only what ingest has stored.
		const telemetry = await startTelemetry(config, reference, { log, now: () => clock().getTime() });
		stops.push(() => telemetry.stop());
		const mqttUrl = telemetry.mqttUrl;
		const ledger = openLedger(ledgerPath(config.dataDir), clock);
		stops.push(async () => ledger.close());
		// The uniform lottery stands in for the sortition module's drawer until it is wired here.
		const rounds = createRoundDesk({
			store: ledger,
			clock: () => clock().getTime(),
			secret: (n) => randomBytes(n),
			drawer: uniformPanelDrawer()
		});
		const context: AppContext = {
			config: redact(config),
			reference,
			startedAt: clock(),
			mqttUrl,
			ledger,
			rounds
		};
		const metrics = telemetry.ingest && ingestMetrics(telemetry.ingest, () => clock().getTime());
		const web: ConsoleServer = await serveConsole(context, config.http, metrics && metricsRoute(metrics));
		stops.push(() => web.close());
		log.info(
			{ console: web.url, mqtt: mqttUrl, world: reference.world.id, store: config.telemetry.store },
			'started'
		);
		return {
			consoleUrl: web.url,
			mqttUrl,
			telemetry,
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
