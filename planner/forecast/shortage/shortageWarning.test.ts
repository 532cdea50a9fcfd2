import { describe, expect, it } from 'vitest';
import { seededRandom } from '../seededRandom.js';
import { ruPlural } from './sentence.js';
import { shortageWarning } from './shortageWarning.js';
import type { ShortageInput } from './types.js';

const DAY = 86_400_000;
const t0 = Date.UTC(2026, 0, 1);

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
		resource: { id: 'water', name: { en: 'Water', ru: 'Вода' } },
		times,
		stepMs: DAY,
		stock: stockSeries,
		consumption
	};
}

describe('shortageWarning', () => {
	it('warns when the stock will fall below the 6-month reserve, with the date, probability and reason in both languages', () => {
		const input = reservoir(120, 90);
		const out = shortageWarning(input);
		if (out.status !== 'warning') throw new Error(JSON.stringify(out));
		// Floor ≈ 182 days × ~112/day ≈ 20,000 > stock ≈ 18,600: already under, so the first day is flagged.
		expect(out.belowReserve.days).toBe(1);
		expect(out.sentence.en).toMatch(/^Water in region North falls below the 6-month reserve in 1 day/);
		expect(out.sentence.en).toMatch(
			/consumption is 1[1-3]% above the seasonal norm since 2026-0(3-3[01]|4-0[1-3])\./
		);
		expect(out.sentence.ru).toMatch(
			/^Вода в регионе «Север» опустится ниже 6-месячного резерва через 1 день/
		);
		expect(out.sentence.ru).toMatch(/потребление на 1\d% выше сезонной нормы/);
	});

	it('finds the first day below an explicit floor and below zero', () => {
		const input = { ...reservoir(120, 90), reserveFloor: 17_000 };
		const out = shortageWarning(input, { forecast: { horizon: 200 } });
		if (out.status !== 'warning') throw new Error(JSON.stringify(out));
		const last = input.stock[input.stock.length - 1]!;
		// About 12 units a day net outflow.
		const expectedDays = (last - 17_000) / 12;
		expect(out.belowReserve.days).toBeGreaterThan(expectedDays * 0.6);
		expect(out.belowReserve.days).toBeLessThan(expectedDays * 1.5);
		expect(out.belowReserve.probability).toBeGreaterThanOrEqual(0.5);
		expect(out.runsOut === null || out.runsOut.days > out.belowReserve.days).toBe(true);
		expect(out.sentence.en).toMatch(/in \d+ days \(around 2026-\d\d-\d\d, probability \d+%\)/);
	});

	it('stays clear when supply matches consumption', () => {
		const out = shortageWarning({ ...reservoir(120, 1000), reserveFloor: 10_000 });
		expect(out.status).toBe('clear');
	});

	it('says when the sensor is silent and keeps warning', () => {
		const input = reservoir(120, 90);
		const stock = [...input.stock.slice(0, 115), ...Array.from({ length: 5 }, () => Number.NaN)];
		const out = shortageWarning({ ...input, stock, reserveFloor: 17_500 }, { forecast: { horizon: 200 } });
		if (out.status !== 'warning') throw new Error(JSON.stringify(out));
		expect(out.staleSteps).toBe(5);
		expect(out.sentence.en).toMatch(/silent for 5 days/);
		expect(out.sentence.ru).toMatch(/Датчик молчит 5 дней/);
	});

	it('asks for data rather than guessing', () => {
		const input = reservoir(10, 5);
		expect(shortageWarning(input).status).toBe('insufficient-data');
		expect(shortageWarning({ ...input, consumption: undefined }).status).toBe('insufficient-data');
	});

	it('declines Russian day counts correctly', () => {
		expect([1, 2, 5, 11, 21, 22, 25, 112].map((n) => ruPlural(n, 'день', 'дня', 'дней'))).toEqual([
			'день',
			'дня',
			'дней',
			'дней',
			'день',
			'дня',
			'дней',
			'дней'
		]);
	});
});
