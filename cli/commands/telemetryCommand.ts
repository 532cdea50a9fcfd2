import * as v from 'valibot';
import { InputError } from '../../data/schema/index.js';
import { readIngestMetrics, type IngestStatus } from '../../sensors/ingest/index.js';
import { loadConfig } from '../config/index.js';
import { parseFlags } from '../parseFlags.js';
import { subcommandOf } from '../subcommandOf.js';
import type { CliIO, Command } from '../types.js';

const Flags = v.strictObject({
	url: v.optional(
		v.pipe(
			v.string('should be the console address'),
			v.url('should be a URL'),
			v.regex(/^https?:\/\//, 'should be an http:// or https:// URL')
		)
	),
	json: v.optional(v.boolean('takes no value'), false)
});

const SUBCOMMANDS = ['status'] as const;

const usage = `Usage: resourceos telemetry status [--url http://127.0.0.1:8080] [--json]

What the running app's ingest sees, read from its /metrics endpoint (the same numbers Prometheus
scrapes): counters, dead letters by reason, gateways not reporting (never heard since ingest
started, offline by their Last Will, or silent for 3 intervals) and stale series, longest silence first.

  --url URL   the app's console address (default: http.host and http.port of the config)
  --json      print the figures as one JSON object

Exit code: 0 all reporting, 3 some gateway or series is silent, 1 the app did not answer, 2 bad input.`;

/** Where the console listens, by the config: a wildcard address is reached on loopback. */
function consoleUrl(http: { host: string; port: number }): string {
	const host = ['0.0.0.0', '::', '[::]'].includes(http.host) ? '127.0.0.1' : http.host;
	return `http://${host.includes(':') ? `[${host}]` : host}:${http.port}`;
}

const origin = (g: { region: string; site: string; gateway: string }) => `${g.region}/${g.site}/${g.gateway}`;
const stateText = {
	'never-heard': 'never heard',
	offline: 'offline (its status, or its Last Will)',
	silent: 'silent'
} as const;

function report(status: IngestStatus, url: string): string {
	const c = status.counters;
	const n = (x: number) => x.toLocaleString('en');
	const totals = [
		`${n(c.messages)} messages`,
		`${n(c.stored)} readings stored`,
		`${n(c.rejected)} rejected`,
		`${n(c.spooled)} spooled (backlog ${n(c.spoolBacklog)})`,
		`in flight ${n(c.inFlight)}`,
		`lag ${(c.lagMs / 1000).toFixed(1)} s`
	];
	const gaps = `${n(c.duplicateMessages)} redelivered, ${n(c.missingMessages)} missing by sequence number`;
	const reasons = Object.entries(status.deadLetters).map(([reason, count]) => `${reason} ${n(count)}`);
	const lines = [
		`ingest at ${url}: ${totals.join(' · ')}`,
		`messages: ${gaps}`,
		`dead letters kept: ${reasons.length > 0 ? reasons.join(', ') : 'none'}`,
		`gateways not reporting: ${status.silent.length}`,
		...status.silent.map((g) => `  ${origin(g.gateway)}  ${stateText[g.state]}`),
		`stale series: ${status.stale.length}`,
		...status.stale.map(
			(s) =>
				`  ${origin(s.series)} ${s.series.resource}/${s.series.quantity}  silent ${n(Math.round(s.silentSeconds))} s`
		)
	];
	return `${lines.join('\n')}\n`;
}

async function status(args: readonly string[], io: CliIO): Promise<number> {
	let flags: v.InferOutput<typeof Flags>;
	try {
		flags = parseFlags(Flags, args, 'telemetry status').flags;
	} catch (error) {
		if (!(error instanceof InputError)) throw error;
		io.stderr.write(`${error.message}\n\n${usage}\n`);
		return 2;
	}
	const url = (flags.url ?? consoleUrl((await loadConfig({ env: io.env, flags: {} })).http)).replace(
		/\/$/,
		''
	);
	const answer = await fetch(`${url}/metrics`).catch((error: Error) => error);
	if (answer instanceof Error) {
		io.stderr.write(
			`resourceos telemetry status: nothing answers at ${url} (${answer.message}); is the app running (npm start)?\n`
		);
		return 1;
	}
	const found = answer.ok ? readIngestMetrics(await answer.text()) : undefined;
	if (!found) {
		io.stderr.write(
			`resourceos telemetry status: ${url}/metrics answered ${answer.status} without ingest counters; is ingest enabled (ingest.enabled) in that app?\n`
		);
		return 1;
	}
	io.stdout.write(flags.json ? `${JSON.stringify(found)}\n` : report(found, url));
	return found.silent.length + found.stale.length > 0 ? 3 : 0;
}

/** `resourceos telemetry status`: the running app's ingest, from outside the process. */
export const telemetryCommand: Command = {
	name: 'telemetry',
	summary: "The running app's ingest counters, silent gateways and stale series",
	usage,
	subcommands: SUBCOMMANDS,
	async run(args, io) {
		let rest: readonly string[];
		try {
			rest = subcommandOf(args, SUBCOMMANDS, 'telemetry').rest;
		} catch (error) {
			if (!(error instanceof InputError)) throw error;
			io.stderr.write(`${error.message}\n\n${usage}\n`);
			return 2;
		}
		return status(rest, io);
	}
};
