import { pino } from 'pino';
import { freePort } from '../../harness/index.js';
import { defaults } from '../config/index.js';
import { startApp, type RunningApp } from './startApp.js';

/**
 * For browser tests and benchmarks: the console alone over `dataDir`, on free ports, silent. The
 * loop is off: a running loop (and its auto-council) would hold rounds of its own on the same ledger.
 */
export async function startTestConsole(dataDir: string): Promise<RunningApp> {
	const config = {
		...defaults,
		dataDir,
		http: { ...defaults.http, port: await freePort() },
		mqtt: { ...defaults.mqtt, port: await freePort() },
		loop: { ...defaults.loop, enabled: false }
	};
	return startApp(config, pino({ level: 'silent' }));
}
