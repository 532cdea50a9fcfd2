import { performance } from 'node:perf_hooks';
import { openInfluxStore } from '../data/telemetry/influx/index.js';

/** Readings per InfluxDB write: the raw reference's batch and ingest's `batchReadings` in the bench. */
export const BATCH = 5_000;

/** Creates the database and its first shard outside any timing (InfluxDB takes a second or more for that). */
export async function warmUp(url: string, database: string, time: number): Promise<void> {
	await openInfluxStore({ url, database }).write([]);
	await fetch(`${url}/write?db=${database}&precision=ms`, { method: 'POST', body: `warmup value=1 ${time}` });
}

/** Readings stored in a database, over every series. */
export async function countPoints(url: string, database: string): Promise<number> {
	const q = encodeURIComponent('SELECT count("value") FROM "reading" GROUP BY *');
	const answer = (await (await fetch(`${url}/query?db=${database}&q=${q}`)).json()) as {
		results: { series?: { values: [string, number][] }[] }[];
	};
	return (answer.results[0]!.series ?? []).reduce((n, s) => n + s.values[0]![1], 0);
}

/**
 * The raw batched write rate of this InfluxDB: `total` readings in batches of BATCH, `inFlight`
 * writes at a time (ingest keeps up to `ingest.writesInFlight`, default 2, in flight).
 */
export async function rawRate(url: string, total: number, inFlight: number): Promise<number> {
	const database = `raw_${inFlight}`;
	const store = openInfluxStore({ url, database });
	const base = Date.now() - 86_400_000;
	await warmUp(url, database, base);
	const started = performance.now();
	let next = 0;
	const writeNext = async (): Promise<void> => {
		const i = next;
		if (i >= total) return;
		next += BATCH;
		const now = Date.now();
		await store.write(
			Array.from({ length: Math.min(BATCH, total - i) }, (_, k) => ({
				region: 'bench',
				site: `site-${(i + k) % 20}`,
				gateway: 'gw-1',
				resource: 'water',
				quantity: 'inflow' as const,
				time: base + i + k,
				value: now,
				seq: i
			}))
		);
		return writeNext();
	};
	await Promise.all(Array.from({ length: inFlight }, writeNext));
	return total / ((performance.now() - started) / 1000);
}
