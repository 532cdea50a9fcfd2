import { createLogger } from '../app/createLogger.js';
import { startApp } from '../app/startApp.js';
import { loadCommandConfig } from '../loadCommandConfig.js';
import type { Command } from '../types.js';

/** `resourceos start`: the main job, until Ctrl-C (SIGINT) or SIGTERM. */
export const startCommand: Command = {
	name: 'start',
	summary: 'Run the main job: broker, ingest, ledger and the console (embedded defaults)',
	usage:
		'Usage: resourceos start [--config FILE] [--key.path=value ...]\n\nEvery setting can be given as a flag; `resourceos config --help` lists them.',
	async run(args, io) {
		const config = await loadCommandConfig(args, io);
		const log = createLogger(config, io.stderr);
		const app = await startApp(config, log, undefined, (line) => io.stdout.write(`${line}\n`));
		const loop = app.loop?.loop;
		const { dayMs, roundEveryDays, autoCouncil } = config.loop;
		const pace = `one simulated day per ${dayMs / 1000} s, a round every ${roundEveryDays} days`;
		const council = autoCouncil ? 'auto-council' : 'rounds wait for people';
		const lines = [
			'ResourceOS is running.',
			`  Console: ${app.consoleUrl}`,
			`  MQTT:    ${app.mqttUrl}`,
			...(loop
				? [
						`  Loop:    day ${loop.day()} (${new Date(loop.now()).toISOString().slice(0, 10)}), ${pace}, ${council}`,
						`  Experts: ${app.demoExperts.join(', ') || 'none serving'} (resourceos round review --id ROUND --expert ID --verdicts FILE)`
					]
				: []),
			'Press Ctrl-C to stop.'
		];
		io.stdout.write(`${lines.join('\n')}\n`);
		const signal = await new Promise<NodeJS.Signals>((resolve) => {
			process.once('SIGINT', () => resolve('SIGINT'));
			process.once('SIGTERM', () => resolve('SIGTERM'));
		});
		io.stdout.write(`\n${signal}: stopping…\n`);
		await app.stop();
		io.stdout.write('Stopped.\n');
		return 0;
	}
};
