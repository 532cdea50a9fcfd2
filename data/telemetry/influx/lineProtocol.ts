import type { Reading } from '../types.js';

// Escaping rules of the line protocol:
// https://docs.influxdata.com/influxdb/v1/write_protocols/line_protocol_reference/#special-characters
/** Most names need no escaping; testing first saves five replacements per line on the hot path. */
const NEEDS_ESCAPE = /[,= \n]/;
/** Escapes a measurement name (once per store, not per line). */
export const escapeMeasurement = (s: string) => s.replace(/[\\, ]/g, (c) => `\\${c}`);
/**
 * Escapes a tag key or value: comma, equals sign and space. InfluxDB 1.x keeps a backslash in a tag
 * value literally (it does not unescape a doubled backslash), so backslashes are sent as they are; newlines cannot be carried.
 */
export const escapeTag = (s: string) =>
	NEEDS_ESCAPE.test(s) ? s.replace(/[,= ]/g, (c) => `\\${c}`).replace(/\n/g, ' ') : s;

/** The measurement and tags of a reading's series (tag keys sorted, as InfluxDB prefers). `measurement` is already escaped. */
function seriesOf(measurement: string, r: Reading): string {
	const where = `region=${escapeTag(r.region)},resource=${escapeTag(r.resource)},site=${escapeTag(r.site)}`;
	return `${measurement},gateway=${escapeTag(r.gateway)},quantity=${escapeTag(r.quantity)},${where}`;
}

const sameSeries = (a: Reading, b: Reading) =>
	a.site === b.site &&
	a.gateway === b.gateway &&
	a.resource === b.resource &&
	a.quantity === b.quantity &&
	a.region === b.region;

/**
 * Readings as lines: tags identify the series, `value` is a float, `seq` an integer; time in ms.
 * A batch holds runs of one series (a gateway's message), so a series' tags are escaped once per
 * run, not once per line. `measurement` is already escaped.
 */
export function toLines(measurement: string, batch: readonly Reading[]): string {
	let text = '';
	let series = '';
	for (let i = 0; i < batch.length; i++) {
		const r = batch[i]!;
		if (i === 0 || !sameSeries(r, batch[i - 1]!)) series = seriesOf(measurement, r);
		// A number without the `i` suffix is a float field, so `String()` (which may write 1e+21) is enough.
		text += `${i === 0 ? '' : '\n'}${series} value=${r.value},seq=${Math.round(r.seq)}i ${Math.round(r.time)}`;
	}
	return text;
}

/** An InfluxQL string literal: single quotes, with backslash and quote escaped. */
export const quoteString = (s: string) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
/** An InfluxQL identifier in double quotes. */
export const quoteIdent = (s: string) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
