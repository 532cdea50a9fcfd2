import type { Aggregate } from '../types.js';

/**
 * The SQL expression for one aggregate over `p.value`. For `last`, the query also selects
 * MAX(p.time) as its only min/max aggregate, and SQLite then takes the bare column `p.value` from
 * the row holding that maximum (https://www.sqlite.org/lang_select.html#bareagg).
 */
export function aggregateSql(fn: Aggregate): string {
	switch (fn) {
		case 'mean':
			return 'AVG(p.value)';
		case 'min':
			return 'MIN(p.value)';
		case 'max':
			return 'MAX(p.value)';
		case 'sum':
			return 'SUM(p.value)';
		case 'count':
			return 'COUNT(p.value)';
		case 'last':
			return 'p.value';
	}
}
