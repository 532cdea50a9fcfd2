import { readFileSync } from 'node:fs';
import type { BenchSeries } from './loadVegaSeries.js';

/**
 * Real series from R packages that ship their data, written once by `cases/rDatasets.R` (which says how the families
 * were chosen): the forecast package's monthly gas production and wine sales and its electricity demand as hourly
 * means, and base R's four European stock indices on trading days. Lines are `id<TAB>period<TAB>horizon<TAB>v1,v2,…`.
 */
export function loadRDatasets(
	text: string = readFileSync(new URL('./cases/rDatasets.tsv', import.meta.url), 'utf8')
): BenchSeries[] {
	return text
		.trim()
		.split('\n')
		.map((line, i) => {
			const [id, period, horizon, values] = line.split('\t');
			const s = {
				id: id ?? '',
				period: Number(period),
				horizon: Number(horizon),
				values: (values ?? '').split(',').map(Number)
			};
			const bad = [s.period, s.horizon, ...s.values].some((v) => !Number.isFinite(v)) || !s.id;
			if (bad)
				throw new Error(`rDatasets.tsv line ${i + 1} (${JSON.stringify(s.id)}): a field is not a number`);
			return s;
		});
}
