import type { SilentGateway } from './createIngestPipeline.js';
import type { IngestCounters } from './types.js';

/** What `ingestMetrics` exposes, read back from its Prometheus text (for `resourceos telemetry status`). */
export interface IngestStatus {
	/** The running totals and gauges by their `IngestCounters` names (store latency is not exposed). */
	readonly counters: Readonly<Omit<IngestCounters, 'storeLatencyMs'>>;
	readonly deadLetters: Readonly<Record<string, number>>;
	/** Stale series and how long each has been silent, longest first. */
	readonly stale: readonly {
		readonly series: Readonly<Record<'region' | 'site' | 'gateway' | 'resource' | 'quantity', string>>;
		readonly silentSeconds: number;
	}[];
	readonly silent: readonly Pick<SilentGateway, 'gateway' | 'state'>[];
}

interface Sample {
	readonly name: string;
	readonly labels: Readonly<Record<string, string>>;
	readonly value: number;
}

/** One sample line of the text format: `name{label="value",...} number` (Prometheus exposition format 0.0.4). */
const SAMPLE = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})?\s+(\S+)/;
const LABEL = /([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g;
const unescape = (s: string) => s.replace(/\\(.)/g, (_, c: string) => (c === 'n' ? '\n' : c));

function samples(text: string): Sample[] {
	const out: Sample[] = [];
	for (const line of text.split('\n')) {
		const m = SAMPLE.exec(line);
		if (!m || line.startsWith('#')) continue;
		const labels: Record<string, string> = {};
		for (const [, key, value] of (m[2] ?? '').matchAll(LABEL)) labels[key!] = unescape(value!);
		out.push({ name: m[1]!, labels, value: Number(m[3]) });
	}
	return out;
}

/** `resourceos_ingest_missing_messages_total` → `missingMessages`, as `ingestMetrics` names them. */
const counterKey = (name: string) =>
	name
		.slice('resourceos_ingest_'.length, -'_total'.length)
		.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
const gaugeKeys: Readonly<Record<string, keyof IngestStatus['counters']>> = {
	resourceos_ingest_spool_backlog: 'spoolBacklog',
	resourceos_ingest_in_flight: 'inFlight',
	resourceos_ingest_lag_milliseconds: 'lagMs'
};
const states: readonly string[] = ['never-heard', 'offline', 'silent'] satisfies SilentGateway['state'][];

/**
 * Reads the counters, dead letters, stale series and silent gateways out of the `/metrics` text of a
 * running app. Returns undefined when the text holds no ingest counters (not ResourceOS, or ingest off).
 */
export function readIngestMetrics(text: string): IngestStatus | undefined {
	const counters: Record<string, number> = {};
	const deadLetters: Record<string, number> = {};
	const stale: IngestStatus['stale'][number][] = [];
	const silent: IngestStatus['silent'][number][] = [];
	for (const s of samples(text)) {
		const { region = '', site = '', gateway = '' } = s.labels;
		if (/^resourceos_ingest_\w+_total$/.test(s.name)) counters[counterKey(s.name)] = s.value;
		else if (Object.hasOwn(gaugeKeys, s.name)) counters[gaugeKeys[s.name]!] = s.value;
		else if (s.name === 'resourceos_ingest_dead_letters') deadLetters[s.labels.reason ?? ''] = s.value;
		else if (s.name === 'resourceos_series_stale_seconds') {
			const { resource = '', quantity = '' } = s.labels;
			stale.push({ series: { region, site, gateway, resource, quantity }, silentSeconds: s.value });
		} else if (s.name === 'resourceos_gateway_silent' && states.includes(s.labels.state ?? ''))
			silent.push({ gateway: { region, site, gateway }, state: s.labels.state as SilentGateway['state'] });
	}
	if (counters.messages === undefined) return undefined;
	const number = (key: string) => counters[key] ?? 0;
	return {
		counters: {
			messages: number('messages'),
			received: number('received'),
			stored: number('stored'),
			rejected: number('rejected'),
			spooled: number('spooled'),
			replayed: number('replayed'),
			spoolBacklog: number('spoolBacklog'),
			duplicateMessages: number('duplicateMessages'),
			missingMessages: number('missingMessages'),
			lagMs: number('lagMs'),
			inFlight: number('inFlight')
		},
		deadLetters,
		stale: stale.sort((a, b) => b.silentSeconds - a.silentSeconds),
		silent
	};
}
