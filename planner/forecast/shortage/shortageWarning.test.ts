import { describe, expect, it } from 'vitest';
import { forecastSeries } from '../forecastSeries.js';
import { seededRandom } from '../seededRandom.js';
import { dailyNeed } from './dailyNeed.js';
import { humanAmount } from './humanAmount.js';
import { ruPlural } from './sentence.js';
import { shortageWarning } from './shortageWarning.js';
import type { ShortageInput } from './types.js';

const DAY = 86_400_000;
const t0 = Date.UTC(2026, 0, 1);
const date = (d: number) => new Date(t0 + d * DAY).toISOString().slice(0, 10);

// A reservoir: weekly-seasonal consumption (~100 units/day); inflow matches it until day `surgeDay`,
// when consumption jumps 12% and the stock starts to fall.
function reservoir(days: number, surgeDay: number, seed = 1): ShortageInput {
	const rng = seededRandom(seed);
	const times = Array.from({ length: days }, (_, d) => t0 + d * DAY);
	const consumption = times.map(
		(_, d) => (100 + 10 * Math.sin((2 * Math.PI * d) / 7)) * (d >= surgeDay ? 1.12 : 1) + rng.normal()
	);
	let stock = 19_000;
	const stockSeries = consumption.map(
		(c, d) => (stock += 100 + 10 * Math.sin((2 * Math.PI * d) / 7) - c + 2 * rng.normal())
	);
	return {
		region: { id: 'north', name: { en: 'North', ru: 'Север' } },
		resource: { id: 'water', name: { en: 'Water', ru: 'Вода' }, unit: 'L' },
		times,
		stepMs: DAY,
		stock: stockSeries,
		consumption
	};
}

// The Steppe case of the issue: the stock runs dry on day 60 and consumption (what was served) falls to 0 with it.
function runDry(days: number, dryDay: number, stockAfter = 0): ShortageInput {
	const base = reservoir(days, 1000);
	return {
		...base,
		stock: base.stock.map((s, d) => (d < dryDay ? Math.max(0, 6_000 - 100 * d) : stockAfter)),
		consumption: base.consumption!.map((c, d) => (d < dryDay ? c : 0))
	};
}

const population = { adults: 80, children: 20, physicalWorkers: 10 };
const need = dailyNeed(population, { perPerson: 1, per: 'day', physicalLabourExtra: 1 })!;

describe('shortageWarning', () => {
	it('warns when the stock will fall below the floor, with the date, probability and reason in both languages', () => {
		const out = shortageWarning({ ...reservoir(120, 90), reserveFloor: 18_000 });
		if (out.status !== 'warning') throw new Error(JSON.stringify(out));
		expect(out.sentence.en).toMatch(
			/^The stock of water in region North falls below the 6-month reserve \(18,000 L\) in \d+ days \(around 2026-\d\d-\d\d, probability \d+%\)/
		);
		expect(out.sentence.en).toMatch(
			/consumption is 1[1-3]% above the seasonal norm since 2026-0(3-3[01]|4-0[1-3])\./
		);
		expect(out.sentence.ru).toMatch(
			/^Запас ресурса «Вода» в регионе «Север» опустится ниже 6-месячного резерва \(18\s000 л\) через \d+ (дня|дней|день)/
		);
		expect(out.sentence.ru).toMatch(/потребление на 1\d% выше сезонной нормы/);
	});

	it('finds the first day below an explicit floor and below zero', () => {
		const input = { ...reservoir(120, 90), reserveFloor: 17_000 };
		const out = shortageWarning(input, { horizon: 200 });
		if (out.status !== 'warning') throw new Error(JSON.stringify(out));
		const last = input.stock[input.stock.length - 1]!;
		// About 12 units a day net outflow.
		const expectedDays = (last - 17_000) / 12;
		expect(out.belowReserve.days).toBeGreaterThan(expectedDays * 0.6);
		expect(out.belowReserve.days).toBeLessThan(expectedDays * 1.5);
		expect(out.belowReserve.probability).toBeGreaterThanOrEqual(0.5);
		expect(out.runsOut === null || out.runsOut.days > out.belowReserve.days).toBe(true);
	});

	it('stays clear when supply matches consumption, and says so in Russian too', () => {
		const out = shortageWarning({ ...reservoir(120, 1000), reserveFloor: 10_000 });
		expect(out.status).toBe('clear');
		expect(out.sentence.ru).toMatch(
			/^Запас ресурса «Вода» в регионе «Север» остаётся выше 6-месячного резерва/
		);
	});

	it('calls an emptied stock empty, with the day it ran dry, even though consumption fell to zero with it', () => {
		const out = shortageWarning(runDry(150, 60));
		if (out.status !== 'empty') throw new Error(JSON.stringify(out));
		expect(new Date(out.since).toISOString().slice(0, 10)).toBe(date(60));
		expect(out.sentence.en).toBe(`The stock of water in region North is empty since ${date(60)}.`);
		// With the need known, the sentence says what is missing.
		const withNeed = shortageWarning({ ...runDry(150, 60), need });
		expect(withNeed.status).toBe('empty');
		expect(withNeed.sentence.en).toMatch(/the need is 110 L a day \(100 people × 1.1 L\)\.$/);
		expect(withNeed.sentence.ru).toMatch(
			/исчерпан с \d\d\.\d\d\.2026; потребность 110 л в день \(100 человек × 1,1 л\)\.$/
		);
	});

	it('measures the floor against need, not what was served: a nearly empty stock is below it since the day it fell under', () => {
		// 182 days × 110 L = 20,020 L; the stock has been 50 L since day 60, and served consumption is 0.
		const out = shortageWarning({ ...runDry(150, 60, 50), need });
		if (out.status !== 'below-floor') throw new Error(JSON.stringify(out));
		expect(out.floor).toBeCloseTo(182 * 110, 6);
		expect(out.floorBasis).toBe('need');
		expect(new Date(out.since).toISOString().slice(0, 10)).toBe(date(0));
		expect(out.daysOfNeed).toBeCloseTo(50 / 110, 9);
		expect(out.sentence.en).toMatch(
			/has been below the 6-month reserve \(20,000 L\) since 2026-01-01: 50 L left, 0 days of need/
		);
		// Without a need the floor falls back to served consumption, which is 0 here: the old "clear, floor 0".
		expect(shortageWarning(runDry(150, 60, 50)).status).not.toBe('below-floor');
	});

	it("holds a good to its own reserve from the catalogue: a grid's 3 days, not a granary's 6 months", () => {
		// 330 L is 3 days of need: under a 6-month floor (20,020 L), at a 3-day floor (330 L) it is not below.
		const steady = { ...runDry(150, 200, 0), stock: new Array(150).fill(400), need };
		expect(shortageWarning(steady).status).toBe('below-floor');
		const own = shortageWarning({ ...steady, reserveDays: 3 });
		expect(own.status).toBe('clear');
		const short = shortageWarning({ ...steady, stock: new Array(150).fill(200), reserveDays: 3 });
		if (short.status !== 'below-floor') throw new Error(JSON.stringify(short));
		expect(short.floor).toBeCloseTo(3 * 110, 6);
		expect(short.sentence.en).toMatch(/below the 3-day reserve \(330 L\)/);
	});

	it('says when the sensor is silent and keeps warning', () => {
		const input = reservoir(120, 90);
		const stock = [...input.stock.slice(0, 115), ...Array.from({ length: 5 }, () => Number.NaN)];
		const out = shortageWarning({ ...input, stock, reserveFloor: 17_500 }, { horizon: 200 });
		if (out.status !== 'warning') throw new Error(JSON.stringify(out));
		expect(out.staleSteps).toBe(5);
		expect(out.sentence.en).toMatch(/silent for 5 days/);
		expect(out.sentence.ru).toMatch(/Датчик молчит 5 дней/);
	});

	it('asks for data rather than guessing', () => {
		const input = { ...reservoir(10, 5), reserveFloor: 1_000 };
		const short = shortageWarning(input);
		expect(short.status).toBe('insufficient-data');
		expect(short.sentence.ru).toMatch(/не оценить: 10 окон с запасом, для прогноза нужно \d+\./);
		expect(shortageWarning({ ...input, consumption: undefined }).status).toBe('insufficient-data');
	});

	it('never gives a negative lower bound for a quantity that cannot be negative', () => {
		const { stock } = runDry(150, 1000);
		const f = forecastSeries(stock.slice(0, 55), {
			period: 7,
			horizon: 60,
			backtestHorizon: 7,
			nonNegative: true
		});
		if (f.status !== 'ok') throw new Error(JSON.stringify(f));
		expect(Math.min(...f.lower, ...f.point)).toBeGreaterThanOrEqual(0);
		const free = forecastSeries(stock.slice(0, 55), { period: 7, horizon: 60, backtestHorizon: 7 });
		if (free.status !== 'ok') throw new Error(JSON.stringify(free));
		expect(Math.min(...free.lower)).toBeLessThan(0);
	});

	it('declines Russian day counts and writes amounts in human units', () => {
		expect([1, 2, 5, 11, 21, 22, 25, 112, 1.5].map((n) => ruPlural(n, 'день', 'дня', 'дней'))).toEqual([
			'день',
			'дня',
			'дней',
			'дней',
			'день',
			'дня',
			'дней',
			'дней',
			'дня'
		]);
		expect(humanAmount(3.5e6, 'L')).toEqual({ en: '3.5 million L', ru: '3,5 миллиона л' });
		expect(humanAmount(0.2, 'dose')).toEqual({ en: '0.2 doses', ru: '0,2 доз.' });
		expect(humanAmount(1, 'set')).toEqual({ en: '1 set', ru: '1 компл.' });
		expect(humanAmount(2.55e6, 'kWh').ru).toBe('2,6 миллиона кВт·ч');
	});
});

describe('below the floor and running out', () => {
	it('says when a stock already under its floor runs out, as its own clause', () => {
		// 182 × 110 L = 20,020 L floor; 3,000 L left, falling 100 L a day: out in about 30 days.
		const base = reservoir(150, 1000);
		const stock = base.stock.map((_, d) => 3_000 + 100 * (149 - d));
		const out = shortageWarning({ ...base, stock, need });
		if (out.status !== 'below-floor') throw new Error(JSON.stringify(out));
		expect(out.runsOut!.days).toBeGreaterThan(25);
		expect(out.runsOut!.days).toBeLessThan(35);
		expect(out.sentence.en).toMatch(
			/: 3,000 L left, 27 days of need; it runs out in \d\d days \(around 2026-0\d-\d\d, probability \d+%\); the need is 110 L a day/
		);
		expect(out.sentence.ru).toMatch(
			/осталось 3\s000 л, на 27 дней потребности; закончится через \d\d (дня|дней|день)/
		);
	});
});
