import { describe, expect, it } from 'vitest';
import { loadRDatasets } from './loadRDatasets.js';

describe('loadRDatasets', () => {
	it('reads every family the R script wrote, whole', () => {
		const series = loadRDatasets();
		expect(series.map((s) => [s.id, s.period, s.horizon, s.values.length])).toEqual([
			['forecast/gas', 12, 12, 476],
			['forecast/wineind', 12, 12, 176],
			['forecast/taylor-hourly', 24, 168, 2016],
			['EuStockMarkets/DAX', 5, 10, 1860],
			['EuStockMarkets/SMI', 5, 10, 1860],
			['EuStockMarkets/CAC', 5, 10, 1860],
			['EuStockMarkets/FTSE', 5, 10, 1860]
		]);
		expect(series[0]!.values[0]).toBe(1709);
	});

	it('refuses a line whose values are not numbers, naming the series', () => {
		expect(() => loadRDatasets('x/y\t12\t12\t1,2,oops\n')).toThrow(/"x\/y"/);
	});
});
