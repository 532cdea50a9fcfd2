import type { Quantity, SeriesFilter, SeriesKey } from '../types.js';

/** A series row as SQLite returns it. */
export interface SeriesRow {
	readonly region: string;
	readonly site: string;
	readonly gateway: string;
	readonly resource: string;
	readonly quantity: string;
}

const FIELDS = ['region', 'site', 'gateway', 'resource', 'quantity'] as const;

/** A WHERE clause matching every given field of `filter` exactly (parameters bound, never spliced). */
export function filterSql(filter: SeriesFilter, alias: string): { sql: string; params: string[] } {
	const parts: string[] = ['1 = 1'];
	const params: string[] = [];
	for (const field of FIELDS) {
		const value = filter[field];
		if (value === undefined) continue;
		parts.push(`${alias}.${field} = ?`);
		params.push(value);
	}
	return { sql: parts.join(' AND '), params };
}

/** The series key of a row. */
export function seriesKeyOf(row: SeriesRow): SeriesKey {
	return {
		region: row.region,
		site: row.site,
		gateway: row.gateway,
		resource: row.resource,
		quantity: row.quantity as Quantity
	};
}
