import { writeFile } from 'node:fs/promises';
import * as v from 'valibot';
import { ledgerPath, openLedger } from '../../data/ledger/index.js';
import type { Plan } from '../../data/plan/types.js';
import type { Reading } from '../../data/telemetry/types.js';
import { InputError } from '../../data/schema/index.js';
import { readJsonFile } from '../../data/schema/node/readJsonFile.js';
import { createPublisher, type ReadingsPublisher } from '../../sensors/gateway/index.js';
import { createRng, PlanSchema, runSimulation, ShocksFile, type ReadingSink } from '../../sim/index.js';
import { loadConfig } from '../config/index.js';
import { numberFlag } from '../numberFlag.js';
import { dataDirFlag, fileFlag, seedFlag, switchFlag } from '../flagSchemas.js';
import { referenceFlags, referenceOf, referenceUsage } from '../referenceFlags.js';
import { parseFlags } from '../parseFlags.js';
import { requireStoreFile } from '../requireStoreFile.js';
import { simulationSummary } from './simulate/simulationSummary.js';
import type { Command } from '../types.js';

const Flags = v.strictObject({
	...referenceFlags,
	days: v.optional(numberFlag({ min: 1, max: 36_500, integer: true }), '365'),
	seed: seedFlag,
	start: v.optional(
		v.pipe(v.string('should be a date YYYY-MM-DD'), v.isoDate('should be a date YYYY-MM-DD'))
	),
	'step-hours': v.optional(numberFlag({ min: 1, max: 24, integer: true })),
	'step-seconds': v.optional(
		v.pipe(
			numberFlag({ min: 1, max: 86_400, integer: true }),
			v.check((n) => 86_400 % n === 0, 'should divide a day (86,400 s), e.g. 10, 60 or 3600')
		)
	),
	shocks: v.optional(fileFlag),
	plan: v.optional(fileFlag),
	adopted: switchFlag,
	dataDir: dataDirFlag,
	out: v.optional(fileFlag, 'outcome.json'),
	readings: v.optional(fileFlag),
	publish: v.optional(
		v.pipe(
			v.string('should be a broker URL'),
			v.regex(/^mqtts?:\/\/[^\s]+$/, 'should be a broker URL such as mqtt://127.0.0.1:1883')
		)
	),
	'no-days': switchFlag,
	'no-redistribute': switchFlag
});

const DAY_MS = 86_400_000;

/**
 * The first day when --start is not given: a plan's own start, so that it is executed; for a live
 * broker, the window that ends today (readings are stamped at the end of each step, so the last one
 * is today 00:00 UTC, never in the future, and ingest accepts them on any date); else null (the
 * world's startDate, so that the same seed gives the same file on any date).
 */
function defaultStart(plan: Plan | null, publishing: boolean, days: number, now: number): string | null {
	if (plan) return plan.start;
	if (!publishing) return null;
	return new Date(Math.floor(now / DAY_MS) * DAY_MS - days * DAY_MS).toISOString().slice(0, 10);
}

/** The plan the last decision round adopted, from the ledger in `dataDir`; refused when there is none. */
async function adoptedPlan(dataDir: string): Promise<Plan> {
	const ledger = openLedger(requireStoreFile(ledgerPath(dataDir), '--dataDir', 'simulate'));
	try {
		const adopted = ledger.adoptedPlan();
		if (!adopted)
			throw new InputError('resourceos simulate', [
				{
					path: '--adopted',
					expected: 'needs a round that adopted a plan; the ledger has none',
					received: dataDir
				}
			]);
		return adopted.plan;
	} finally {
		ledger.close();
	}
}

/** Writes readings as NDJSON, one per line, in the order the sensors delivered them. */
function ndjsonSink(lines: string[]): ReadingSink {
	return {
		write(batch: readonly Reading[]) {
			for (const r of batch) lines.push(JSON.stringify(r));
		}
	};
}

/** Publishes the world's readings through the gateway protocol (one MQTT client per gateway); each step waits for the broker's acknowledgements. */
function publisherSink(publisher: ReadingsPublisher, unitOf: ReadonlyMap<string, string>): ReadingSink {
	return {
		write: (batch) =>
			publisher.publishReadings(
				batch.map((r) => ({
					region: r.region,
					site: r.site,
					gateway: r.gateway,
					resource: r.resource,
					quantity: r.quantity,
					value: r.value,
					unit: unitOf.get(r.resource)!,
					time: r.time
				}))
			)
	};
}

/** Sends every batch to each sink in turn. */
function teeSink(sinks: readonly ReadingSink[]): ReadingSink | undefined {
	if (sinks.length === 0) return undefined;
	return {
		async write(batch) {
			for (const sink of sinks) await sink.write(batch);
		}
	};
}

/** `resourceos simulate`: runs a world for N days with a seed, optional shocks and plan; writes the outcome file. */
export const simulateCommand: Command = {
	name: 'simulate',
	summary:
		'Simulate the world for N days (seeded, deterministic) with optional shocks and plan; write an outcome file',
	usage: [
		'Usage: resourceos simulate [--days 365] [--seed 1] [--start DATE] [--step-hours 24 | --step-seconds S] [--shocks FILE] [--plan FILE] [--out outcome.json]',
		'                           [--world FILE] [--resources FILE] [--readings FILE.ndjson] [--publish URL] [--no-redistribute] [--no-days]',
		'',
		'  --days N          simulated days (default 365)',
		'  --seed S          random seed, a number or text; the same seed gives the same file byte for byte (default 1)',
		'  --step-hours H    hours per step, dividing 24: 24 daily, 1 hourly (default 24)',
		'  --step-seconds S  seconds per step, dividing a day: 10 makes sensors report every 10 s, as the documents ask',
		"  --start DATE      first simulated day, YYYY-MM-DD (default: the plan's start with --plan or --adopted; with --publish,",
		"                    the window that ends today, so ingest accepts the readings (up to 30 days old); else the world's startDate)",
		'  --shocks FILE     shocks, {"version":1,"shocks":[...]} (see the README for the kinds)',
		'  --plan FILE       an adopted plan (the Plan contract of data/plan/types.ts) to execute',
		'  --adopted         execute the plan the last decision round adopted (from the ledger in --dataDir DIR, default the dataDir setting)',
		...referenceUsage(20),
		'  --out FILE        where to write the outcome JSON (default outcome.json)',
		'  --readings FILE   also write what the sensors report, one JSON reading per line',
		'  --publish URL     also publish the readings to an MQTT broker through the gateway protocol (e.g. mqtt://127.0.0.1:1883)',
		'  --no-redistribute turn off the automatic shipments between neighbours when stocks differ by more than 15% (days of need)',
		'  --no-days         leave the per-day records out of the outcome file'
	].join('\n'),
	async run(args, io) {
		const { flags } = parseFlags(Flags, args, 'simulate');
		const reference = await referenceOf(flags);
		const shocks = flags.shocks ? (await readJsonFile(ShocksFile, flags.shocks, '--shocks')).shocks : [];
		if (flags['step-hours'] !== undefined && flags['step-seconds'] !== undefined)
			throw new InputError('resourceos simulate', [
				{
					path: '--step-seconds',
					expected: 'sets the step too: give either --step-hours or --step-seconds',
					received: flags['step-seconds']
				}
			]);
		const stepHours =
			flags['step-seconds'] !== undefined ? flags['step-seconds'] / 3600 : (flags['step-hours'] ?? 24);
		if (flags.plan && flags.adopted)
			throw new InputError('resourceos simulate', [
				{
					path: '--adopted',
					expected: 'takes the plan from the ledger: give either --plan or --adopted',
					received: true
				}
			]);
		const dataDir = flags.dataDir ?? (await loadConfig({ env: io.env, flags: {} })).dataDir;
		const plan = flags.adopted
			? await adoptedPlan(dataDir)
			: flags.plan
				? await readJsonFile(PlanSchema, flags.plan, '--plan')
				: null;
		const startDate = flags.start ?? defaultStart(plan, flags.publish !== undefined, flags.days, Date.now());
		const seed =
			/^\d+$/.test(flags.seed) && Number(flags.seed) <= 0xffffffff ? Number(flags.seed) : flags.seed;
		const lines: string[] = [];
		const publisher = flags.publish ? createPublisher({ url: flags.publish }) : null;
		const unitOf = new Map(reference.catalogue.resources.map((r) => [r.id, r.unit]));
		const sink = teeSink([
			...(flags.readings ? [ndjsonSink(lines)] : []),
			...(publisher ? [publisherSink(publisher, unitOf)] : [])
		]);
		const started = performance.now();
		let result;
		try {
			result = await runSimulation(
				{
					reference,
					rng: createRng(seed),
					shocks,
					plan,
					options: {
						days: flags.days,
						startDate,
						stepHours,
						recordDays: !flags['no-days'],
						redistribution: { enabled: flags['no-redistribute'] !== true }
					}
				},
				sink
			);
		} finally {
			await publisher?.close();
		}
		if (result.status === 'invalid') throw new InputError('resourceos simulate', result.issues);
		const seconds = (performance.now() - started) / 1000;
		const file = { seed: flags.seed, ...result.outcome };
		await writeFile(flags.out, `${JSON.stringify(file, null, 1)}\n`);
		if (flags.readings) await writeFile(flags.readings, lines.length > 0 ? `${lines.join('\n')}\n` : '');
		const summary = simulationSummary(result.outcome, {
			world: reference.world.id,
			seed: flags.seed,
			shocks: shocks.length,
			withPlan: plan !== null,
			seconds,
			out: flags.out,
			...(flags.readings ? { readings: { file: flags.readings, count: lines.length } } : {}),
			...(publisher && flags.publish ? { published: { ...publisher.sent, url: flags.publish } } : {})
		});
		io.stdout.write(`${summary.join('\n')}\n`);
		return 0;
	}
};
