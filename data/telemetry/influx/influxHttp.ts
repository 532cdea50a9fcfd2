import { StoreRejectedError, StoreUnavailableError } from '../types.js';
import type { InfluxStoreOptions } from './types.js';

/** One series of an InfluxQL answer. */
export interface InfluxSeries {
	readonly name: string;
	readonly tags?: Readonly<Record<string, string>>;
	readonly columns: readonly string[];
	readonly values: readonly (readonly unknown[])[];
}

interface QueryAnswer {
	readonly results?: readonly { readonly series?: readonly InfluxSeries[]; readonly error?: string }[];
	readonly error?: string;
}

/**
 * Sends one request to the v1 HTTP API and sorts failures by whether a retry can help:
 * no connection, a timeout or a 5xx is a StoreUnavailableError; a 4xx is a StoreRejectedError
 * (https://docs.influxdata.com/influxdb/v1/tools/api/#status-codes-and-responses-2).
 */
export async function influxRequest(
	o: InfluxStoreOptions,
	path: string,
	params: Record<string, string>,
	body?: string
): Promise<string> {
	const url = `${o.url.replace(/\/$/, '')}${path}?${new URLSearchParams(params)}`;
	const headers: Record<string, string> = {};
	if (o.username !== '' || o.password !== '')
		headers.authorization = `Basic ${Buffer.from(`${o.username}:${o.password}`).toString('base64')}`;
	let response: Response;
	try {
		response = await fetch(url, { method: 'POST', headers, body, signal: AbortSignal.timeout(o.timeoutMs) });
	} catch (error) {
		throw new StoreUnavailableError(`InfluxDB at ${o.url} cannot be reached: ${(error as Error).message}`, {
			cause: error
		});
	}
	const text = await response.text().catch(() => '');
	if (response.status >= 500)
		throw new StoreUnavailableError(`InfluxDB ${path} answered ${response.status}: ${text.slice(0, 300)}`);
	if (response.status >= 400)
		throw new StoreRejectedError(
			`InfluxDB ${path} refused the request (${response.status}): ${text.slice(0, 300)}`,
			response.status
		);
	return text;
}

/** Runs one InfluxQL statement and returns its series; an error inside the answer is a StoreRejectedError. */
export async function influxQuery(o: InfluxStoreOptions, q: string): Promise<readonly InfluxSeries[]> {
	const text = await influxRequest(o, '/query', { db: o.database, epoch: 'ms', q });
	const answer = JSON.parse(text) as QueryAnswer;
	const error = answer.error ?? answer.results?.[0]?.error;
	if (error !== undefined)
		throw new StoreRejectedError(`InfluxQL failed: ${error}; query: ${q.slice(0, 300)}`);
	return answer.results?.[0]?.series ?? [];
}
