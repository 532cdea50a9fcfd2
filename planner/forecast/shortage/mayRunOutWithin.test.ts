import { describe, expect, it } from 'vitest';
import { seededRandom } from '../seededRandom.js';
import { mayRunOutWithin } from './mayRunOutWithin.js';
import { shortageWarning } from './shortageWarning.js';
import type { ShortageInput } from './types.js';

const DAY = 86_400_000;

/** A noisy stock with a weekly pattern, falling `perDay` from `start`; its floor is given. */
function falling(
	start: number,
	perDay: number,
	reserveFloor: number,
	seed: number,
	days = 56
): ShortageInput {
	const rng = seededRandom(seed);
	const times = Array.from({ length: days }, (_, d) => Date.UTC(2026, 0, 1) + d * DAY);
	let stock = start;
	return {
		region: { id: 'north', name: { en: 'North', ru: 'Север' } },
		resource: { id: 'water', name: { en: 'Water', ru: 'Вода' }, unit: 'L' },
		times,
		stepMs: DAY,
		stock: times.map((_, d) => (stock -= perDay * (1 + 0.3 * Math.sin(d)) + 20 * rng.normal())),
		reserveFloor
	};
}

describe('mayRunOutWithin', () => {
	it('is false exactly when the whole forecast runs out later than the days asked, or never', () => {
		const seen = new Set<string>();
		for (let seed = 1; seed <= 12; seed++) {
			// From about 14 to 124 days of stock left at the last reading (100 a day); a floor of 5 days under it.
			const input = falling(100 * (56 + 4 + 10 * seed), 100, 500, seed);
			const out = shortageWarning(input);
			expect(out.status === 'warning' || out.status === 'clear').toBe(true);
			const runsOut = out.status === 'warning' ? out.runsOut?.days : undefined;
			for (const days of [3, 7, 14, 28, 60]) {
				const soon = runsOut !== undefined && runsOut <= days;
				expect(mayRunOutWithin(input, days)).toBe(soon);
				seen.add(String(soon));
			}
		}
		expect(seen).toEqual(new Set(['true', 'false']));
	});

	it('is true whenever the forecast says more than a date: under the floor, empty, or too little history', () => {
		const under = falling(12_000, 40, 50_000, 1);
		expect(shortageWarning(under).status).toBe('below-floor');
		expect(mayRunOutWithin(under, 28)).toBe(true);
		const empty = { ...under, stock: under.stock.map((v, d) => (d > 50 ? 0 : v)) };
		expect(shortageWarning(empty).status).toBe('empty');
		expect(mayRunOutWithin(empty, 28)).toBe(true);
		const young = falling(12_000, 40, 500, 1, 10);
		expect(shortageWarning(young).status).toBe('insufficient-data');
		expect(mayRunOutWithin(young, 28)).toBe(true);
	});
});
