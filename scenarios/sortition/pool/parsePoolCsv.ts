import { protectedStratum } from './protectedStratum.js';
import type { Pool, Volunteer } from '../types.js';

/** One rejected cell: the 1-based line of the file (the header is row 1), the column and the value found. */
export interface RowError {
	readonly row: number;
	readonly column: string;
	readonly value: string;
	readonly message: string;
}

/** How to read the pool file. Defaults in `poolCsvDefaults`. */
export interface PoolCsvOptions {
	/** Column holding the volunteer id. Default "id". */
	readonly idColumn: string;
	/** Column holding the household key; blank means a household of one. Default "household". */
	readonly householdColumn: string;
	/** Columns to leave out of the features (names, contact details). Default none. */
	readonly ignore: readonly string[];
}

export const poolCsvDefaults: PoolCsvOptions = { idColumn: 'id', householdColumn: 'household', ignore: [] };

/** Splits RFC 4180 CSV (quoted fields, doubled quotes, CRLF or LF) into rows of fields, with each row's line number. */
export function splitCsv(text: string): { line: number; fields: string[] }[] {
	const rows: { line: number; fields: string[] }[] = [];
	let fields: string[] = [];
	let field = '';
	let quoted = false;
	let line = 1;
	let rowLine = 1;
	const src = text.startsWith('\ufeff') ? text.slice(1) : text;
	for (let i = 0; i < src.length; i++) {
		const ch = src[i]!;
		if (quoted) {
			if (ch === '"' && src[i + 1] === '"') {
				field += '"';
				i++;
			} else if (ch === '"') quoted = false;
			else {
				if (ch === '\n') line++;
				field += ch;
			}
		} else if (ch === '"' && field === '') quoted = true;
		else if (ch === ',') {
			fields.push(field);
			field = '';
		} else if (ch === '\n' || ch === '\r') {
			if (ch === '\r' && src[i + 1] === '\n') i++;
			fields.push(field);
			if (fields.length > 1 || fields[0] !== '') rows.push({ line: rowLine, fields });
			fields = [];
			field = '';
			line++;
			rowLine = line;
		} else field += ch;
	}
	if (field !== '' || fields.length) {
		fields.push(field);
		rows.push({ line: rowLine, fields });
	}
	return rows;
}

/**
 * Reads a volunteer pool from CSV text: a header, then one volunteer per row. Every bad cell is reported with
 * its row, column and value (blank or duplicate id, blank feature, wrong number of fields); good rows are kept,
 * so one typo does not lose the rest. A column named like a protected attribute (race, political views,
 * sexual orientation) is refused outright: it must not even be read.
 */
export function parsePoolCsv(
	text: string,
	options: Partial<PoolCsvOptions> = {}
): { readonly pool: Pool; readonly errors: readonly RowError[] } {
	const o = { ...poolCsvDefaults, ...options };
	const rows = splitCsv(text);
	const errors: RowError[] = [];
	const header = rows[0]?.fields.map((h) => h.trim()) ?? [];
	if (!header.includes(o.idColumn))
		errors.push({
			row: 1,
			column: o.idColumn,
			value: header.join(','),
			message: `the header has no ${JSON.stringify(o.idColumn)} column`
		});
	for (const h of header)
		if (protectedStratum(h))
			errors.push({
				row: 1,
				column: h,
				value: h,
				message: `${protectedStratum(h)}: it may not be collected or used`
			});
	const seenHeader = new Set<string>();
	for (const h of header) {
		if (seenHeader.has(h)) errors.push({ row: 1, column: h, value: h, message: 'the column appears twice' });
		seenHeader.add(h);
	}
	if (errors.length) return { pool: { categories: [], volunteers: [] }, errors };
	const idAt = header.indexOf(o.idColumn);
	const householdAt = header.indexOf(o.householdColumn);
	const categories = header.filter(
		(h, i) => i !== idAt && i !== householdAt && !o.ignore.includes(h) && h !== ''
	);
	const volunteers: Volunteer[] = [];
	const firstRow = new Map<string, number>();
	for (const { line, fields } of rows.slice(1)) {
		if (fields.length !== header.length) {
			errors.push({
				row: line,
				column: '(row)',
				value: fields.join(','),
				message: `has ${fields.length} fields, the header has ${header.length}`
			});
			continue;
		}
		const id = fields[idAt]!.trim();
		const rowErrors: RowError[] = [];
		if (id === '')
			rowErrors.push({ row: line, column: o.idColumn, value: fields[idAt]!, message: 'the id is blank' });
		else if (firstRow.has(id))
			rowErrors.push({
				row: line,
				column: o.idColumn,
				value: id,
				message: `duplicate id, first seen on row ${firstRow.get(id)}`
			});
		const features: Record<string, string> = {};
		for (const k of categories) {
			const value = fields[header.indexOf(k)]!.trim();
			if (value === '') rowErrors.push({ row: line, column: k, value, message: 'blank value' });
			features[k] = value;
		}
		if (rowErrors.length) {
			errors.push(...rowErrors);
			continue;
		}
		firstRow.set(id, line);
		const household = householdAt >= 0 ? fields[householdAt]!.trim() : '';
		volunteers.push({ id, household: household === '' ? `self:${id}` : household, features });
	}
	return { pool: { categories, volunteers }, errors };
}

/** Writes a pool back as CSV (id, household, categories), quoting where needed: the anonymised pool to publish. */
export function formatPoolCsv(pool: Pool): string {
	const q = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
	const lines = [['id', 'household', ...pool.categories].map(q).join(',')];
	for (const v of pool.volunteers)
		lines.push([v.id, v.household, ...pool.categories.map((k) => v.features[k] ?? '')].map(q).join(','));
	return `${lines.join('\n')}\n`;
}
