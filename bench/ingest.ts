import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { performance } from 'node:perf_hooks';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import pino from 'pino';
import * as v from 'valibot';
import { numberFlag } from '../cli/numberFlag.js';
import { parseFlags } from '../cli/parseFlags.js';
import { defaultReferencePaths, loadReference } from '../data/reference/index.js';
import { openInfluxStore } from '../data/telemetry/influx/index.js';
import type { Reading, TelemetryStore } from '../data/telemetry/index.js';
import { startInfluxDB, startMosquitto, type RunningServer } from '../harness/index.js';
import { startEmbeddedBroker } from '../sensors/broker/startEmbeddedBroker.js';
import {
	createIngestPipeline,
	ingestDefaults,
	openDeadLetters,
	startIngest
} from '../sensors/ingest/index.js';
import { protocolContextOf } from '../sensors/protocol/index.js';
import { latencyOf } from '../sensors/gateway/latencyOf.js';
import { killMidStream } from './ingestKill.js';
import { startIngestProcesses } from './ingestProcesses.js';
import { BATCH, countPoints, rawRate, warmUp } from './influxReference.js';
import type { Benchmark, Figures } from './types.js';

const Flags = v.strictObject({
	readings: v.optional(
		v.pipe(
			numberFlag({ min: 1_000, max: 10_000_000, integer: true }),
			v.check((n) => n % 1_000 === 0, 'should be a multiple of 1000 (20 gateways, 50 readings a message)')
		),
		'200000'
	),
	mode: v.optional(v.picklist(['batched', 'single', 'both'], 'should be batched, single or both'), 'both'),
	workers: v.optional(numberFlag({ min: 1, max: 16, integer: true }), '1')
});

/**
 * Wraps a store to time each reading from publish (its value, see latencyOf) to the moment its write
 * returned, and to count readings written twice. The gateways send `site-G`'s reading k at
 * `baseTime + k` (publishLoadProcess), so a bitmap indexed by G and k is enough, and cheap: this runs
 * in ingest's process and on its clock.
 */
function measured(store: TelemetryStore, mode: Mode, baseTime: number) {
	const latencies: number[] = [];
	const perGateway = mode.readings / mode.gateways;
	const seen = new Uint8Array(mode.readings);
	let unique = 0;
	let rewrites = 0;
	let written = 0;
	const wrapped: TelemetryStore = {
		...store,
		async write(batch: readonly Reading[]) {
			await store.write(batch);
			const now = Date.now();
			for (const r of batch) {
				const key = Number(r.site.slice(5)) * perGateway + (r.time - baseTime);
				if (seen[key] === 1) rewrites++;
				else {
					seen[key] = 1;
					unique++;
				}
				latencies.push(latencyOf(r.value, now));
			}
			written += batch.length;
		}
	};
	return {
		store: wrapped,
		latencies,
		unique: () => unique,
		rewrites: () => rewrites,
		written: () => written
	};
}

const p99 = (xs: number[]) => {
	if (xs.length === 0) return null;
	const sorted = Float64Array.from(xs).sort();
	return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.99))]!;
};

/** A measured run: which broker, how many readings in messages of how many, from how many gateways. */
interface Mode {
	readonly name: string;
	readonly perMessage: number;
	readonly readings: number;
	readonly gateways: number;
}

/**
 * Starts the publishing gateways (a process, see publishLoadProcess) against `url`, lets them
 * publish `mode.readings`, and waits until `stored()` counts them all (at most 60 s). Returns the
 * seconds from the first publish to the last reading stored, this process's CPU time meanwhile
 * (ingest's, when it runs here), and the publisher's own figures.
 */
async function publishAndDrain(
	url: string,
	protocolVersion: 4 | 5,
	mode: Mode,
	baseTime: number,
	stored: () => number | Promise<number>
) {
	const entry = fileURLToPath(new URL('../sensors/gateway/publishLoadProcess.ts', import.meta.url));
	const load = {
		url,
		gateways: mode.gateways,
		readingsPerGateway: mode.readings / mode.gateways,
		perMessage: mode.perMessage,
		window: Math.max(20, 2_000 / mode.perMessage),
		baseTime,
		protocolVersion
	};
	const publishers = spawn(process.execPath, ['--import', 'tsx', entry, JSON.stringify(load)], {
		stdio: ['ignore', 'inherit', 'inherit', 'ipc']
	});
	let started = 0;
	let elu = performance.eventLoopUtilization();
	let cpu = process.cpuUsage();
	const published = await new Promise<{ sent: number; ms: number }>((resolve, reject) => {
		publishers.on('message', (m: { kind: 'ready' } | { kind: 'done'; sent: number; ms: number }) => {
			if (m.kind === 'done') return resolve(m);
			started = performance.now();
			elu = performance.eventLoopUtilization();
			cpu = process.cpuUsage();
			publishers.send('go');
		});
		publishers.once('exit', (code) => reject(new Error(`the publishing gateways exited with ${code}`)));
	});
	publishers.removeAllListeners('exit');
	const deadline = Date.now() + 60_000;
	let points = await stored();
	while (points < mode.readings && Date.now() < deadline) {
		await new Promise((r) => setTimeout(r, 10));
		points = await stored();
	}
	const seconds = (performance.now() - started) / 1000;
	const busy = performance.eventLoopUtilization(elu).utilization;
	const used = process.cpuUsage(cpu);
	const publishing = `published ${published.sent} in ${(published.ms / 1000).toFixed(2)} s`;
	return { seconds, busy, cpuMicros: used.user + used.system, publishing };
}

/** Ingest as separate processes on one shared subscription of Mosquitto (`--workers N`). */
async function endToEndProcesses(
	mosquitto: RunningServer,
	influx: RunningServer,
	mode: Mode & { workers: number },
	log: (line: string) => void
) {
	const database = `e2e_${mode.name}_${mode.workers}`;
	const dir = mkdtempSync(join(tmpdir(), 'ros-bench-'));
	const baseTime = Date.now() - 86_400_000;
	await warmUp(influx.url, database, baseTime);
	// One share group per mode: Mosquitto keeps dealing a group's messages to members that left with a
	// persistent session (queued for them), so a group shared with the previous mode's stopped workers would starve.
	const workers = await startIngestProcesses(
		mode.workers,
		{
			url: mosquitto.url,
			clientId: `bench-${mode.name}`,
			shareGroup: `bench-${mode.name}`,
			batchReadings: BATCH,
			batchDelayMs: 50,
			maxInFlight: 20_000,
			influx: { url: influx.url, database }
		},
		dir
	);
	const run = await publishAndDrain(mosquitto.url, 5, mode, baseTime, () =>
		countPoints(influx.url, database)
	);
	const latencies = await workers.stop();
	const points = await countPoints(influx.url, database);
	rmSync(dir, { recursive: true, force: true });
	log(
		`  ${mode.name} with ${mode.workers} ingest processes: ${run.publishing}; stored ${points} points in ${run.seconds.toFixed(2)} s`
	);
	return {
		rate: points / run.seconds,
		cpuMicrosPerMessage: NaN,
		lost: mode.readings - points,
		duplicates: Math.max(0, points - mode.readings),
		rewrites: NaN,
		p99: p99(latencies),
		rejected: NaN
	};
}

/**
 * Ingest in this process, writing to InfluxDB: behind Mosquitto (`external`, startIngest, MQTT 5)
 * or inside the embedded Aedes broker (`embedded`, as `npm start` runs it, MQTT 3.1.1).
 */
async function endToEnd(
	broker: { kind: 'external'; mosquitto: RunningServer } | { kind: 'embedded' },
	influx: RunningServer,
	mode: Mode,
	log: (line: string) => void
) {
	const database = `e2e_${broker.kind}_${mode.name}`;
	const dir = mkdtempSync(join(tmpdir(), 'ros-bench-'));
	const baseTime = Date.now() - 86_400_000;
	await warmUp(influx.url, database, baseTime);
	const m = measured(openInfluxStore({ url: influx.url, database }), mode, baseTime);
	const ports = {
		store: m.store,
		deadLetters: openDeadLetters(':memory:'),
		context: protocolContextOf(await loadReference(defaultReferencePaths))
	};
	const options = {
		spoolDir: join(dir, 'spool'),
		batchReadings: BATCH,
		batchDelayMs: 50,
		maxInFlight: 20_000
	};
	const deps = { log: pino({ level: 'warn' }), now: Date.now };
	let ingest: { url: string; stop: () => Promise<void>; rejected: () => number };
	if (broker.kind === 'external') {
		const worker = await startIngest(
			ports,
			{ ...options, url: broker.mosquitto.url, clientId: `bench-ingest-${mode.name}`, protocolVersion: 5 },
			deps
		);
		ingest = { url: broker.mosquitto.url, stop: worker.stop, rejected: () => worker.counters().rejected };
	} else {
		const pipeline = await createIngestPipeline(ports, { ...ingestDefaults, ...options }, deps);
		const aedes = await startEmbeddedBroker({ host: '127.0.0.1', port: 0, accept: pipeline.accept });
		ingest = {
			url: aedes.url,
			stop: async () => {
				await aedes.close();
				await pipeline.close();
			},
			rejected: () => pipeline.counters(0).rejected
		};
	}
	const run = await publishAndDrain(ingest.url, broker.kind === 'external' ? 5 : 4, mode, baseTime, m.unique);
	await ingest.stop();
	const points = await countPoints(influx.url, database);
	rmSync(dir, { recursive: true, force: true });
	const messages = Math.ceil(mode.readings / mode.perMessage);
	const cpuPerMessage = run.cpuMicros / messages;
	const busy = `ingest event loop busy ${(run.busy * 100).toFixed(0)}%, CPU ${cpuPerMessage.toFixed(1)} µs per message`;
	log(
		`  ${broker.kind} ${mode.name}: ${run.publishing}; stored ${points} points in ${run.seconds.toFixed(2)} s; rejected ${ingest.rejected()}; ${busy}`
	);
	return {
		rate: m.unique() / run.seconds,
		cpuMicrosPerMessage: cpuPerMessage,
		lost: mode.readings - points,
		duplicates: Math.max(0, points - mode.readings),
		rewrites: m.rewrites(),
		p99: p99(m.latencies),
		rejected: ingest.rejected()
	};
}

/**
 * `npm run bench -- ingest [--readings N] [--mode batched|single] [--workers N]` (N > 1: separate ingest
 * processes on a shared subscription): gateways → real Mosquitto → ingest → real InfluxDB, and gateways → the
 * embedded broker with ingest inside → the same InfluxDB, against that InfluxDB's raw batched write rate; then a
 * kill -9 mid-stream of the default (embedded) and the external mode.
 */
export const ingestBench: Benchmark = {
	name: 'ingest',
	summary:
		'Gateways → Mosquitto or the embedded broker → ingest → InfluxDB end to end, against the raw InfluxDB write rate',
	async run(log, args) {
		const flags = parseFlags(Flags, args, 'bench ingest').flags;
		const total = flags.readings;
		const only = flags.mode;
		const workers = flags.workers;
		const [influx, mosquitto] = await Promise.all([
			startInfluxDB(),
			startMosquitto({ persistence: false, extra: ['max_inflight_messages 0'] })
		]);
		try {
			log(
				`InfluxDB ${influx.url}, Mosquitto ${mosquitto.url}; ${total} readings per mode, ingest batches of ${BATCH}`
			);
			// The goal's reference is one write at a time, measured right before and right after each batched
			// run, so that the other load of a shared machine, which drifts, weighs on both sides of the ratio
			// alike. The rate with ingest's two writes in flight is shown beside it.
			const rawNow = async (inFlight: number) => {
				const rate = await rawRate(influx.url, total, inFlight);
				log(`  raw batched InfluxDB writes, ${inFlight} at a time: ${Math.round(rate)} readings/s`);
				return rate;
			};
			const rawTwo = await rawNow(2);
			const rawBefore = await rawNow(1);
			const none = {
				rate: NaN,
				cpuMicrosPerMessage: NaN,
				lost: NaN,
				duplicates: NaN,
				rewrites: NaN,
				p99: null,
				rejected: NaN
			};
			const modes = {
				batched: { name: 'batched', perMessage: 50, readings: total, gateways: 20 },
				single: { name: 'single', perMessage: 1, readings: Math.min(total, 100_000), gateways: 20 }
			};
			const run = (mode: Mode, embedded = false) =>
				only === (mode === modes.batched ? 'single' : 'batched')
					? none
					: embedded
						? endToEnd({ kind: 'embedded' }, influx, mode, log)
						: workers > 1
							? endToEndProcesses(mosquitto, influx, { ...mode, workers }, log)
							: endToEnd({ kind: 'external', mosquitto }, influx, mode, log);
			const batchedToo = only !== 'single';
			const batched = await run(modes.batched);
			const rawBetween = batchedToo ? await rawNow(1) : rawBefore;
			const embeddedBatched = await run(modes.batched, true);
			const rawAfter = batchedToo ? await rawNow(1) : rawBefore;
			const single = await run(modes.single);
			const embeddedSingle = await run(modes.single, true);
			const raw = (rawBefore + rawBetween) / 2;
			const embeddedRaw = (rawBetween + rawAfter) / 2;
			// kill -9 of the process mid-stream, per mode: acknowledged readings, and those not in the store after a restart.
			const killTotal = Math.min(total, 40_000);
			const embeddedKill = await killMidStream({ broker: 'embedded' }, killTotal);
			log(`  embedded kill -9: ${embeddedKill.acked} acknowledged, ${embeddedKill.lost} of them lost`);
			const killBroker = await startMosquitto({ persistence: true });
			const externalKill = await killMidStream(
				{ broker: 'external', url: killBroker.url },
				killTotal
			).finally(() => killBroker.dispose());
			log(
				`  external kill -9 of ingest: ${externalKill.acked} acknowledged, ${externalKill.lost} of them lost`
			);
			const figures: Figures = {
				rawReadingsPerSecond: Math.round(raw),
				rawTwoInFlightReadingsPerSecond: Math.round(rawTwo),
				batchedReadingsPerSecond: Math.round(batched.rate),
				batchedRatio: Number((batched.rate / raw).toFixed(3)),
				batchedRatioTwoInFlight: Number((batched.rate / rawTwo).toFixed(3)),
				batchedLost: batched.lost,
				batchedDuplicates: batched.duplicates,
				batchedRewrites: batched.rewrites,
				batchedP99LatencyMs: batched.p99,
				singleReadingsPerSecond: Math.round(single.rate),
				singleLost: single.lost,
				singleCpuMicrosPerMessage: Number(single.cpuMicrosPerMessage.toFixed(1)),
				singleDuplicates: single.duplicates,
				singleRewrites: single.rewrites,
				singleP99LatencyMs: single.p99,
				embeddedBatchedRatio: Number((embeddedBatched.rate / embeddedRaw).toFixed(3)),
				embeddedSingleReadingsPerSecond: Math.round(embeddedSingle.rate),
				embeddedSingleCpuMicrosPerMessage: Number(embeddedSingle.cpuMicrosPerMessage.toFixed(1)),
				embeddedLost: embeddedBatched.lost + embeddedSingle.lost,
				embeddedDuplicates: embeddedBatched.duplicates + embeddedSingle.duplicates,
				embeddedKillAcked: embeddedKill.acked,
				embeddedKillLost: embeddedKill.lost,
				externalKillAcked: externalKill.acked,
				externalKillLost: externalKill.lost,
				goalsMet:
					batched.rate / raw >= 0.5 &&
					single.rate >= 20_000 &&
					batched.lost === 0 &&
					single.lost === 0 &&
					batched.duplicates === 0 &&
					single.duplicates === 0 &&
					embeddedBatched.lost + embeddedSingle.lost === 0 &&
					embeddedBatched.duplicates + embeddedSingle.duplicates === 0 &&
					embeddedKill.lost === 0 &&
					externalKill.lost === 0
			};
			return figures;
		} finally {
			await Promise.all([influx.dispose(), mosquitto.dispose()]);
		}
	}
};
