import { join } from 'node:path';
import * as v from 'valibot';
import { defaultReferencePaths, loadReference } from '../../data/reference/index.js';
import { InputError } from '../../data/schema/index.js';
import { loadConfig } from '../config/index.js';
import { createPublisher, simulateFleet } from '../../sensors/gateway/index.js';
import { openDeadLetters } from '../../sensors/ingest/index.js';
import { loadRegistry, writeMosquittoConfig } from '../../sensors/security/index.js';
import { numberFlag } from '../numberFlag.js';
import { parseFlags } from '../parseFlags.js';
import { requireStoreFile } from '../requireStoreFile.js';
import { subcommandOf } from '../subcommandOf.js';
import type { Command } from '../types.js';
import { dataDirFlag, namingFlag } from '../flagSchemas.js';

const Flags = v.strictObject({
	count: v.optional(numberFlag({ min: 1, max: 100_000, integer: true }), '10'),
	rate: v.optional(numberFlag({ min: 0.1, max: 1_000_000 }), '100'),
	batch: v.optional(numberFlag({ min: 1, max: 10_000, integer: true }), '50'),
	duration: v.optional(numberFlag({ min: 0 }), '0'),
	broker: v.optional(
		v.pipe(v.string('should be a URL'), v.regex(/^(mqtt|mqtts|ws|wss|tcp):\/\//, 'should be an mqtt:// URL')),
		'mqtt://127.0.0.1:1883'
	),
	username: v.optional(v.string('should have a value'), ''),
	password: v.optional(v.string('should have a value'), ''),
	mqtt5: v.optional(v.boolean('takes no value'), false),
	seed: v.optional(numberFlag({ min: 0, integer: true }), '1')
});

const MosquittoFlags = v.strictObject({
	registry: namingFlag('the registry file'),
	out: v.optional(namingFlag('a folder'), 'mosquitto'),
	port: v.optional(numberFlag({ min: 1, max: 65535, integer: true }), '1883'),
	host: v.optional(v.pipe(v.string('should be an address'), v.nonEmpty('should be an address')), '127.0.0.1'),
	certfile: v.optional(namingFlag('a PEM file')),
	keyfile: v.optional(namingFlag('a PEM file')),
	cafile: v.optional(namingFlag('a PEM file')),
	'tls-port': v.optional(numberFlag({ min: 1, max: 65535, integer: true }), '8883'),
	'max-queued': v.optional(numberFlag({ min: 1, integer: true }), '1000000'),
	user: v.optional(namingFlag('a system user'), 'mosquitto')
});

const DeadLetterFlags = v.strictObject({
	reason: v.optional(v.string('should name a reason code')),
	limit: v.optional(numberFlag({ min: 1, max: 10_000, integer: true }), '20'),
	'data-dir': dataDirFlag
});

const SUBCOMMANDS = ['mosquitto', 'dead-letters'] as const;

const usage = `Usage: resourceos gateways [--count N] [--rate R] [--batch B] [--duration S] [--broker URL]
       resourceos gateways mosquitto --registry FILE [--out DIR] [--port 1883] [--host 127.0.0.1]
             [--certfile PEM --keyfile PEM [--cafile PEM] [--tls-port 8883]] [--max-queued N] [--user mosquitto]
       resourceos gateways dead-letters [--reason CODE] [--limit 20] [--data-dir DIR]

Simulated gateways of the demo world publish stock readings (SenML over MQTT, QoS 1) with a
progress line, until Ctrl-C or --duration seconds.

  --count N      gateways, spread over the world's regions (default 10)
  --rate R       readings per second, all gateways together (default 100)
  --batch B      readings per message (default 50; 1 = one reading per message)
  --duration S   stop after S seconds (default 0 = until Ctrl-C)
  --broker URL   default mqtt://127.0.0.1:1883 (the embedded broker of \`resourceos start\`)
  --username U --password P   credentials every gateway uses (default anonymous)
  --mqtt5        connect with MQTT 5 (default 3.1.1, which every broker speaks)
  --seed N       random seed of the readings (default 1)

\`gateways mosquitto\` writes passwd, acl and mosquitto.conf for Mosquitto 2 from the gateway
registry: each gateway may publish only its own topics, ingest accounts may only subscribe, a
client id is its user name. Plain MQTT on --host (loopback) only; with --certfile and --keyfile
also TLS on --tls-port on every interface. Run by root, the files go to --user.
\`gateways dead-letters\` counts refused messages by reason and shows the newest (dataDir from the config).`;

/** `resourceos gateways`: a fleet of simulated gateways publishing through the same publisher the simulation uses. */
export const gatewaysCommand: Command = {
	name: 'gateways',
	summary: 'Simulate N gateways publishing stock readings over MQTT at a given rate',
	usage,
	subcommands: SUBCOMMANDS,
	async run(args, io) {
		const { name, rest } = subcommandOf(args, SUBCOMMANDS, 'gateways', { optional: true });
		if (name === 'mosquitto') return mosquitto(rest, io);
		if (name === 'dead-letters') return deadLetters(rest, io);
		let flags: v.InferOutput<typeof Flags>;
		try {
			flags = parseFlags(Flags, args, 'gateways').flags;
		} catch (error) {
			if (!(error instanceof InputError)) throw error;
			io.stderr.write(`${error.message}\n\n${usage}\n`);
			return 2;
		}
		const reference = await loadReference(defaultReferencePaths);
		const units = new Map(reference.catalogue.resources.map((r) => [r.id, r.unit as string]));
		const fleet = simulateFleet(reference.world, flags.count, flags.seed, (r) => units.get(r) ?? 'item');
		const publisher = createPublisher({
			url: flags.broker,
			credentialsOf: () => ({ username: flags.username, password: flags.password }),
			maxRecordsPerMessage: flags.batch,
			protocolVersion: flags.mqtt5 ? 5 : 4
		});
		let stop = false;
		const onSignal = () => {
			stop = true;
		};
		process.once('SIGINT', onSignal);
		process.once('SIGTERM', onSignal);
		const started = Date.now();
		let due = 0;
		let errors = 0;
		let lastError = '';
		const progress = () => {
			const s = (Date.now() - started) / 1000;
			const { readings, messages } = publisher.sent;
			const rate = Math.round(readings / Math.max(s, 0.001)).toLocaleString('en');
			const sent = `${readings.toLocaleString('en')} readings in ${messages.toLocaleString('en')} messages`;
			io.stderr.write(
				`\r${fleet.gateways} gateways · ${sent} · ${rate}/s · ${errors} errors · ${s.toFixed(0)} s   `
			);
		};
		const ticker = setInterval(progress, 1_000);
		try {
			while (!stop && (flags.duration === 0 || Date.now() - started < flags.duration * 1000)) {
				due = flags.rate * ((Date.now() - started) / 1000) - publisher.sent.readings;
				const messages = Math.floor(due / flags.batch);
				if (messages < 1) {
					await new Promise((r) => setTimeout(r, Math.min(100, (1000 * flags.batch) / flags.rate)));
					continue;
				}
				const batch = Array.from({ length: Math.min(messages, 1_000) }, () =>
					fleet.nextMessage(flags.batch, Date.now())
				).flat();
				await publisher.publishReadings(batch).catch((error: Error) => {
					errors++;
					lastError = error.message;
				});
				if (errors > 0 && publisher.sent.messages === 0) break; // nothing gets through: say why instead of looping
			}
		} finally {
			clearInterval(ticker);
			process.off('SIGINT', onSignal);
			process.off('SIGTERM', onSignal);
			progress();
			io.stderr.write('\n');
			await publisher.close().catch(() => undefined);
		}
		if (errors > 0) io.stderr.write(`resourceos gateways: ${errors} publishes failed; last: ${lastError}\n`);
		return errors > 0 && publisher.sent.messages === 0 ? 1 : 0;
	}
};

/** `resourceos gateways mosquitto`: Mosquitto password file, ACL and config from the registry. */
async function mosquitto(args: readonly string[], io: Parameters<Command['run']>[1]): Promise<number> {
	try {
		const { flags } = parseFlags(MosquittoFlags, args, 'gateways mosquitto');
		const registry = await loadRegistry(flags.registry);
		if ((flags.certfile === undefined) !== (flags.keyfile === undefined))
			throw new InputError('gateways mosquitto', [
				{
					path: flags.certfile === undefined ? 'certfile' : 'keyfile',
					expected: 'given together with the other (--certfile and --keyfile) for the TLS listener',
					received: undefined
				}
			]);
		const files = await writeMosquittoConfig(registry, flags.out, {
			port: flags.port,
			host: flags.host,
			maxQueuedMessages: flags['max-queued'],
			user: flags.user,
			...(flags.certfile !== undefined && flags.keyfile !== undefined
				? {
						tls: {
							port: flags['tls-port'],
							certfile: flags.certfile,
							keyfile: flags.keyfile,
							...(flags.cafile !== undefined ? { cafile: flags.cafile } : {})
						}
					}
				: {})
		});
		io.stdout.write(
			`${files.join('\n')}\n${registry.gateways.length} gateways, ${registry.ingest.length} ingest accounts. Run: mosquitto -c ${files[2]}\n`
		);
		return 0;
	} catch (error) {
		const refusal = /gateway registry|Mosquitto could not read/;
		if (!(error instanceof InputError) && !(error instanceof Error && refusal.test(error.message)))
			throw error;
		io.stderr.write(`${(error as Error).message}\n`);
		return 2;
	}
}

/** `resourceos gateways dead-letters`: what ingest refused, counted by reason, newest first. */
async function deadLetters(args: readonly string[], io: Parameters<Command['run']>[1]): Promise<number> {
	let flags: v.InferOutput<typeof DeadLetterFlags>;
	try {
		flags = parseFlags(DeadLetterFlags, args, 'gateways dead-letters').flags;
	} catch (error) {
		if (!(error instanceof InputError)) throw error;
		io.stderr.write(`${error.message}\n`);
		return 2;
	}
	const dataDir = flags['data-dir'] ?? (await loadConfig({ env: io.env, flags: {} })).dataDir;
	const store = openDeadLetters(
		requireStoreFile(join(dataDir, 'deadletters.sqlite'), '--data-dir', 'gateways dead-letters')
	);
	try {
		const counts = store.countByReason();
		io.stdout.write(
			`${store.count()} dead letters${
				Object.keys(counts).length
					? `: ${Object.entries(counts)
							.map(([r, n]) => `${r} ${n}`)
							.join(', ')}`
					: ''
			}\n`
		);
		for (const d of store.list({ limit: flags.limit, reason: flags.reason })) {
			const preview = JSON.stringify(Buffer.from(d.payload.subarray(0, 120)).toString('utf8'));
			io.stdout.write(
				`\n#${d.id} ${new Date(d.time).toISOString()} ${d.reason} ${d.topic} (${d.size} bytes)\n  ${d.detail.split('\n').join('\n  ')}\n  ${preview}\n`
			);
		}
		return 0;
	} finally {
		store.close();
	}
}
