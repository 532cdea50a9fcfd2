import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** One real public series for the forecast benchmark: equally spaced values, its season and horizon (steps). */
export interface BenchSeries {
	readonly id: string;
	readonly values: readonly number[];
	readonly period: number;
	readonly horizon: number;
}

const dataDir = () => join(dirname(createRequire(import.meta.url).resolve('vega-datasets')), '..', 'data');
const read = (file: string) => readFileSync(join(dataDir(), file), 'utf8');

function csv(file: string): Record<string, string>[] {
	const [head, ...lines] = read(file).trim().split(/\r?\n/);
	const cols = head!.split(',');
	return lines.map((l) => Object.fromEntries(l.split(',').map((v, i) => [cols[i]!, v])));
}

/**
 * The real series vega-datasets ships (BSD-3-Clause; sources: US BLS, NOAA/Scripps, NOAA NCEI, Yahoo Finance):
 * 14 industries' monthly unemployment 2000–2010, 22 monthly US employment series 2006–2015, monthly CO₂ at
 * Mauna Loa 1958–2020 (raw and seasonally adjusted), 5 monthly stock prices, and Seattle's hourly normals
 * (pressure, temperature, wind), and Seattle's daily weather 2012–2015 (precipitation, temperatures, wind). Monthly
 * series: season 12, horizon 12; hourly: season 24, horizon 168 (a week); daily: season 7, horizon 14. Also New
 * York's daily weather 2012–2015 and the S&P 500's daily trading volume 2000–2020 (millions; trading days, season 5,
 * horizon 10).
 */
export function loadVegaSeries(): BenchSeries[] {
	const out: BenchSeries[] = [];
	const unemployment = JSON.parse(read('unemployment-across-industries.json')) as {
		series: string;
		year: number;
		month: number;
		count: number;
	}[];
	const bySeries = new Map<string, { t: number; v: number }[]>();
	for (const r of unemployment)
		bySeries.set(r.series, [...(bySeries.get(r.series) ?? []), { t: r.year * 12 + r.month, v: r.count }]);
	for (const [name, rows] of [...bySeries].sort())
		out.push({
			id: `unemployment/${name}`,
			values: rows.sort((a, b) => a.t - b.t).map((r) => r.v),
			period: 12,
			horizon: 12
		});
	const employment = csv('us-employment.csv');
	for (const col of Object.keys(employment[0]!).filter((c) => c !== 'month'))
		out.push({
			id: `us-employment/${col}`,
			values: employment.map((r) => Number(r[col])),
			period: 12,
			horizon: 12
		});
	const co2 = csv('co2-concentration.csv');
	out.push({ id: 'co2/raw', values: co2.map((r) => Number(r['CO2'])), period: 12, horizon: 12 });
	out.push({
		id: 'co2/adjusted',
		values: co2.map((r) => Number(r['adjusted CO2'])),
		period: 12,
		horizon: 12
	});
	const stocks = csv('stocks.csv');
	for (const symbol of [...new Set(stocks.map((r) => r['symbol']!))].sort())
		out.push({
			id: `stocks/${symbol}`,
			values: stocks.filter((r) => r['symbol'] === symbol).map((r) => Number(r['price'])),
			period: 12,
			horizon: 12
		});
	const hourly = csv('seattle-weather-hourly-normals.csv');
	for (const col of ['pressure', 'temperature', 'wind'])
		out.push({
			id: `seattle-hourly/${col}`,
			values: hourly.map((r) => Number(r[col])),
			period: 24,
			horizon: 168
		});
	// Daily weather 2012–2015: a new frequency, and daily precipitation is intermittent (most days dry).
	const daily = csv('seattle-weather.csv');
	for (const col of ['precipitation', 'temp_max', 'temp_min', 'wind'])
		out.push({
			id: `seattle-daily/${col}`,
			values: daily.map((r) => Number(r[col])),
			period: 7,
			horizon: 14
		});
	// New York's daily weather from the same source: the same kind of series in another climate.
	const newYork = csv('weather.csv').filter((r) => r['location'] === 'New York');
	for (const col of ['precipitation', 'temp_max', 'temp_min', 'wind'])
		out.push({
			id: `new-york-daily/${col}`,
			values: newYork.map((r) => Number(r[col])),
			period: 7,
			horizon: 14
		});
	// Daily trading volume of the S&P 500 2000–2020: another kind (activity, not weather), a five-day trading week.
	out.push({
		id: 'sp500/volume',
		values: csv('sp500-2000.csv').map((r) => Number(r['volume']) / 1e6),
		period: 5,
		horizon: 10
	});
	for (const s of out)
		if (s.values.some((v) => !Number.isFinite(v))) throw new Error(`${s.id}: a value is not a number`);
	return out;
}
