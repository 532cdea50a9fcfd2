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

/** One reading as a line: tags identify the series, `value` is a float, `seq` an integer; time in ms. `measurement` is already escaped. */
export function toLine(measurement: string, r: Reading): string {
	// A number without the `i` suffix is a float field, so `String()` (which may write 1e+21) is enough.
	const value = String(r.value);
	return `${measurement},gateway=${escapeTag(r.gateway)},quantity=${escapeTag(r.quantity)},region=${escapeTag(r.region)},resource=${escapeTag(r.resource)},site=${escapeTag(r.site)} value=${value},seq=${Math.round(r.seq)}i ${Math.round(r.time)}`;
}

/** An InfluxQL string literal: single quotes, with backslash and quote escaped. */
export const quoteString = (s: string) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
/** An InfluxQL identifier in double quotes. */
export const quoteIdent = (s: string) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
