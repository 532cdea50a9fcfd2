import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { haveBinary, startInfluxDB, type RunningServer } from '../../../harness/index.js';
import { telemetryStoreContract } from '../contract.js';
import { StoreRejectedError, StoreUnavailableError } from '../types.js';
import { openInfluxStore } from './openInfluxStore.js';

const reading = {
	region: 'r',
	site: 's',
	gateway: 'g',
	resource: 'water',
	quantity: 'stock' as const,
	time: Date.UTC(2026, 0, 1),
	value: 5,
	seq: 1
};

describe.runIf(haveBinary('influxd'))('openInfluxStore against a real InfluxDB 1.x', () => {
	let influx: RunningServer;
	let n = 0;
	beforeAll(async () => {
		influx = await startInfluxDB();
	});
	afterAll(() => influx?.dispose());

	telemetryStoreContract('influxdb', async () =>
		openInfluxStore({ url: influx.url, database: `contract_${n++}` })
	);

	it('says a retry can help when InfluxDB is down, and stores the batch once it is back', async () => {
		const store = openInfluxStore({ url: influx.url, database: 'outage', timeoutMs: 2_000 });
		await store.write([reading]);
		await influx.stop();
		const failure = await store.write([{ ...reading, time: reading.time + 1 }]).catch((e: unknown) => e);
		expect(failure).toBeInstanceOf(StoreUnavailableError);
		expect((failure as StoreUnavailableError).retryable).toBe(true);
		await influx.restart();
		await store.write([{ ...reading, time: reading.time + 1 }]);
		expect(await store.range(reading, reading.time, reading.time + 2)).toHaveLength(2);
	});

	it('says a retry cannot help when InfluxDB refuses the request (4xx)', async () => {
		const store = openInfluxStore({ url: influx.url, database: 'refused', measurement: 'reading' });
		await store.write([reading]);
		// A field type conflict: `seq` exists as an integer, so a string is refused with 400.
		const body = `reading,gateway=g,quantity=stock,region=r,resource=water,site=s value=1,seq="x" ${reading.time + 5}`;
		const response = await fetch(`${influx.url}/write?db=refused&precision=ms`, { method: 'POST', body });
		expect(response.status).toBe(400);
		// The adapter maps such 4xx answers (here 404, a database that does not exist) to a non-retryable error.
		const missing = openInfluxStore({ url: influx.url, database: 'never_created', createDatabase: false });
		const failure = await missing.write([reading]).catch((e: unknown) => e);
		expect(failure).toBeInstanceOf(StoreRejectedError);
		expect((failure as StoreRejectedError).retryable).toBe(false);
		await expect(missing.latest({})).rejects.toBeInstanceOf(StoreRejectedError);
	});
});
