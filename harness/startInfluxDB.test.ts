import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { haveBinary } from './findBinary.js';
import { startInfluxDB } from './startInfluxDB.js';
import type { RunningServer } from './types.js';

async function query(url: string, q: string): Promise<unknown> {
	const response = await fetch(`${url}/query?db=harness&epoch=s&q=${encodeURIComponent(q)}`);
	return response.json();
}

describe.runIf(haveBinary('influxd'))('a real InfluxDB through the v1 HTTP API', () => {
	let influx: RunningServer;
	beforeAll(async () => {
		influx = await startInfluxDB();
	});
	afterAll(() => influx?.dispose());

	it('writes line protocol and reads it back with InfluxQL, also after a restart', async () => {
		await fetch(`${influx.url}/query`, {
			method: 'POST',
			body: new URLSearchParams({ q: 'CREATE DATABASE harness' })
		});
		const write = await fetch(`${influx.url}/write?db=harness&precision=s`, {
			method: 'POST',
			body: 'stock,region=delta,resource=water value=1250.5 1790000000\nstock,region=delta,resource=water value=1190 1790000010'
		});
		expect(write.status).toBe(204);
		const expected = {
			results: [
				{
					statement_id: 0,
					series: [
						{
							name: 'stock',
							columns: ['time', 'value'],
							values: [
								[1790000000, 1250.5],
								[1790000010, 1190]
							]
						}
					]
				}
			]
		};
		expect(await query(influx.url, `SELECT value FROM stock WHERE region='delta'`)).toEqual(expected);
		await influx.restart();
		expect(await query(influx.url, `SELECT value FROM stock WHERE region='delta'`)).toEqual(expected);
	});
});
