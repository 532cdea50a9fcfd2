import type {
	Aggregate,
	Point,
	Quantity,
	Reading,
	SeriesFilter,
	SeriesKey,
	TelemetryStore,
	WindowValue
} from '../types.js';
import { StoreUnavailableError } from '../types.js';
import { influxQuery, influxRequest, type InfluxSeries } from './influxHttp.js';
import { escapeMeasurement, quoteIdent, quoteString, toLines } from './lineProtocol.js';
import { defaults, type InfluxStoreOptions } from './types.js';

const FIELDS = ['region', 'site', 'gateway', 'resource', 'quantity'] as const;

const whereOf = (filter: SeriesFilter, extra: string[] = []): string => {
	const parts = FIELDS.filter((f) => filter[f] !== undefined).map(
		(f) => `${quoteIdent(f)} = ${quoteString(filter[f]!)}`
	);
	parts.push(...extra);
	return parts.length > 0 ? ` WHERE ${parts.join(' AND ')}` : '';
};
const timeRange = (from: number, to: number) => [
	`time >= ${Math.round(from)}ms`,
	`time < ${Math.round(to)}ms`
];
const keyOf = (tags: Readonly<Record<string, string>> = {}): SeriesKey => ({
	region: tags.region ?? '',
	site: tags.site ?? '',
	gateway: tags.gateway ?? '',
	resource: tags.resource ?? '',
	quantity: (tags.quantity ?? '') as Quantity
});
const column = (s: InfluxSeries, name: string) => s.columns.indexOf(name);
const byKey = (a: { series: SeriesKey } | SeriesKey, b: { series: SeriesKey } | SeriesKey) => {
	const ka = 'series' in a ? a.series : a;
	const kb = 'series' in b ? b.series : b;
	for (const f of FIELDS) if (ka[f] !== kb[f]) return ka[f] < kb[f] ? -1 : 1;
	return 0;
};

/**
 * The telemetry store on InfluxDB through the v1 HTTP API: line protocol to /write, InfluxQL to
 * /query. Idempotent because InfluxDB keeps one point per series and timestamp, the later write
 * replacing the earlier (https://docs.influxdata.com/influxdb/v1/troubleshooting/frequently-asked-questions/#how-does-influxdb-handle-duplicate-points).
 * A batch larger than `maxLinesPerWrite` goes in several requests; a failed one is retried whole by the caller.
 */
export function openInfluxStore(options: Partial<InfluxStoreOptions> = {}): TelemetryStore {
	const o: InfluxStoreOptions = { ...defaults, ...options };
	let ready: Promise<void> | undefined;
	let closed = false;
	const ensure = async () => {
		if (closed) throw new StoreUnavailableError(`InfluxDB store ${o.url} is closed`);
		if (!o.createDatabase) return;
		ready ??= influxRequest(o, '/query', { q: `CREATE DATABASE ${quoteIdent(o.database)}` }).then(
			() => undefined
		);
		try {
			await ready;
		} catch (error) {
			ready = undefined; // try again on the next call
			throw error;
		}
	};
	const measurement = quoteIdent(o.measurement);
	const lineMeasurement = escapeMeasurement(o.measurement);

	return {
		async write(batch: readonly Reading[]) {
			await ensure();
			for (let i = 0; i < batch.length; i += o.maxLinesPerWrite) {
				const body = toLines(
					lineMeasurement,
					batch.length <= o.maxLinesPerWrite ? batch : batch.slice(i, i + o.maxLinesPerWrite)
				);
				await influxRequest(o, '/write', { db: o.database, precision: 'ms' }, body);
			}
		},
		async latest(filter: SeriesFilter) {
			await ensure();
			const series = await influxQuery(
				o,
				`SELECT "value", "seq" FROM ${measurement}${whereOf(filter)} GROUP BY * ORDER BY time DESC LIMIT 1`
			);
			return series
				.map((s): Reading => {
					const row = s.values[0]!;
					return {
						...keyOf(s.tags),
						time: Number(row[column(s, 'time')]),
						value: Number(row[column(s, 'value')]),
						seq: Number(row[column(s, 'seq')])
					};
				})
				.sort(byKey);
		},
		async range(key: SeriesKey, from: number, to: number) {
			await ensure();
			const series = await influxQuery(
				o,
				`SELECT "value" FROM ${measurement}${whereOf(key, timeRange(from, to))} ORDER BY time ASC`
			);
			const s = series[0];
			if (!s) return [];
			return s.values.map((row): Point => ({ time: Number(row[0]), value: Number(row[1]) }));
		},
		async aggregate(filter: SeriesFilter, from: number, to: number, windowMs: number, fn: Aggregate) {
			if (!(windowMs > 0)) throw new RangeError(`windowMs should be > 0, got ${windowMs}`);
			await ensure();
			// GROUP BY time() windows start at multiples of the interval since the epoch, as the port promises.
			const q = `SELECT ${fn}("value") FROM ${measurement}${whereOf(filter, timeRange(from, to))} GROUP BY time(${Math.round(windowMs)}ms), * fill(none)`;
			const series = await influxQuery(o, q);
			return series
				.map((s) => ({
					series: keyOf(s.tags),
					windows: s.values.map((row): WindowValue => ({ start: Number(row[0]), value: Number(row[1]) }))
				}))
				.filter((s) => s.windows.length > 0)
				.sort(byKey);
		},
		async close() {
			closed = true;
		}
	};
}
