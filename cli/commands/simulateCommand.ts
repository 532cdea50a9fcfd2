import { readFile, writeFile } from 'node:fs/promises';
import * as v from 'valibot';
import { defaultReferencePaths, loadReference } from '../../data/reference/index.js';
import type { Reading } from '../../data/telemetry/types.js';
import { InputError, parseOrThrow } from '../../data/schema/index.js';
import { createPublisher, type ReadingsPublisher } from '../../sensors/gateway/index.js';
import { createRng, PlanSchema, runSimulation, ShocksFile, type ReadingSink } from '../../sim/index.js';
import { numberFlag } from '../numberFlag.js';
import { parseFlags } from '../parseFlags.js';
import type { Command } from '../types.js';

const File = v.pipe(v.string('should name a file'), v.nonEmpty('should name a file'));

const Flags = v.strictObject({
	days: v.optional(numberFlag({ min: 1, max: 36_500, integer: true }), '365'),
	seed: v.optional(v.pipe(v.string('should have a value'), v.nonEmpty('should have a value')), '1'),
	start: v.optional(
		v.pipe(v.string('should be a date YYYY-MM-DD'), v.isoDate('should be a date YYYY-MM-DD'))
	),
	'step-hours': v.optional(numberFlag({ min: 1, max: 24, integer: true }), '24'),
	shocks: v.optional(File),
	plan: v.optional(File),
	world: v.optional(File),
	resources: v.optional(File),
	out: v.optional(File, 'outcome.json'),
	readings: v.optional(File),
	publish: v.optional(
		v.pipe(
			v.string('should be a broker URL'),
			v.regex(/^mqtts?:\/\/[^\s]+$/, 'should be a broker URL such as mqtt://127.0.0.1:1883')
		)
	),
	'no-days': v.optional(v.literal(true, 'takes no value')),
	'no-redistribute': v.optional(v.literal(true, 'takes no value'))
});

async function readJson(path: string, what: string): Promise<unknown> {
	let text: string;
	try {
		text = await readFile(path, 'utf8');
	} catch (error) {
		throw new InputError(`--${what}`, [
			{
				path: '',
				expected: `should name a readable file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
				received: path
			}
		]);
	}
	try {
		return JSON.parse(text);
	} catch (error) {
		throw new InputError(path, [
			{ path: '', expected: `should be JSON (${(error as Error).message})`, received: text.slice(0, 40) }
		]);
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
		'Usage: resourceos simulate [--days 365] [--seed 1] [--start DATE] [--step-hours 24] [--shocks FILE] [--plan FILE] [--out outcome.json]',
		'                           [--world FILE] [--resources FILE] [--readings FILE.ndjson] [--publish URL] [--no-redistribute] [--no-days]',
		'',
		'  --days N          simulated days (default 365)',
		'  --seed S          random seed, a number or text; the same seed gives the same file byte for byte (default 1)',
		'  --step-hours H    hours per step, dividing 24: 24 daily, 1 hourly (default 24)',
		"  --start DATE      first simulated day, YYYY-MM-DD (default: the world's startDate); the ingest accepts readings up to 30 days old",
		'  --shocks FILE     shocks, {"version":1,"shocks":[...]} (see the README for the kinds)',
		'  --plan FILE       an adopted plan (the Plan contract of data/plan/types.ts) to execute',
		'  --world FILE      a world file (default: the demo world); --resources FILE a catalogue (default: the shipped one)',
		'  --out FILE        where to write the outcome JSON (default outcome.json)',
		'  --readings FILE   also write what the sensors report, one JSON reading per line',
		'  --publish URL     also publish the readings to an MQTT broker through the gateway protocol (e.g. mqtt://127.0.0.1:1883)',
		'  --no-redistribute turn off the automatic shipments between neighbours when stocks differ by more than 15% (days of need)',
		'  --no-days         leave the per-day records out of the outcome file'
	].join('\n'),
	async run(args, io) {
		const { flags, positionals } = parseFlags(Flags, args, 'simulate');
		if (positionals.length > 0)
			throw new InputError('resourceos simulate', [
				{
					path: positionals[0]!,
					expected: 'is not expected; use flags such as --days 30',
					received: positionals[0]
				}
			]);
		const reference = await loadReference({
			resources: flags.resources ?? defaultReferencePaths.resources,
			world: flags.world ?? defaultReferencePaths.world
		});
		const shocks = flags.shocks
			? parseOrThrow(ShocksFile, await readJson(flags.shocks, 'shocks'), flags.shocks).shocks
			: [];
		const plan = flags.plan ? parseOrThrow(PlanSchema, await readJson(flags.plan, 'plan'), flags.plan) : null;
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
						startDate: flags.start ?? null,
						stepHours: flags['step-hours'],
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
		const m = result.outcome.metrics;
		const h = result.outcome.headline;
		const threat = result.outcome.threat;
		const fed = threat.days.federation!;
		const worse = Object.entries(threat.days)
			.filter(([scope, d]) => scope !== 'federation' && d.red + d.survival > 0)
			.map(([scope, d]) => `${scope} ${d.red + d.survival} days`)
			.join(', ');
		const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
		io.stdout.write(
			[
				`Simulated ${result.outcome.days} days of ${reference.world.id} (${result.outcome.steps} steps, seed ${flags.seed}, ${shocks.length} shocks, ${plan ? 'with' : 'without'} a plan) in ${seconds.toFixed(2)} s.`,
				`  below the lifeline: ${pct(h.belowLifelineShare)} of person-days, at worst ${pct(h.peakBelowLifeline.share)} of people (day ${h.peakBelowLifeline.day}); regions with outage days: ${
					Object.entries(h.outageDays)
						.map(([r, d]) => `${r} ${d}`)
						.join(', ') || 'none'
				}`,
				`  worst: ${h.worstRegion.region}/${h.worstRegion.resource} ${pct(h.worstRegion.coverage)} over the run, ${h.worstDay.region}/${h.worstDay.resource} ${pct(h.worstDay.coverage)} on day ${h.worstDay.day}`,
				`  emergency protocols: ${threat.events.length} level switches; federation yellow ${fed.yellow}, red ${fed.red}, survival ${fed.survival} days; regions at red or worse: ${worse || 'none'}`,
				`  tier-1 coverage: lowest ${pct(m.minCoverage)}, mean ${pct(m.meanCoverage)}; Gini ${m.gini.toFixed(3)}`,
				`  shortfall: ${Math.round(m.shortfallPersonDays).toLocaleString('en')} person-days; lowest reserve at the end: ${m.reserveMonths.toFixed(2)} months`,
				`  transport: ${Math.round(m.transportTonneKm).toLocaleString('en')} t·km; energy: ${Math.round(m.energyKWh).toLocaleString('en')} kWh; survival mode: ${result.outcome.survivalDays} days`,
				`Outcome written to ${flags.out}${flags.readings ? `; ${lines.length} readings to ${flags.readings}` : ''}${publisher ? `; ${publisher.sent.readings} readings in ${publisher.sent.messages} messages published to ${flags.publish}` : ''}.`
			].join('\n') + '\n'
		);
		return 0;
	}
};
