import { describe, expect, it } from 'vitest';
import { earlierWindows, selectionMase } from './earlierWindows.js';

describe('earlier held-out windows of the forecast benchmark', () => {
	const series = [{ id: 'a', values: Array.from({ length: 60 }, (_, t) => t), period: 4, horizon: 5 }];

	it('ends each window a horizon earlier than the one after it, never seeing what follows', () => {
		const cut = earlierWindows(series, 3);
		expect(cut.map((s) => [s.id, s.values.length, s.values.at(-1)])).toEqual([
			['a@1', 55, 54],
			['a@2', 50, 49]
		]);
		expect(earlierWindows(series, 1)).toEqual([]);
		// 60 points, season 4, horizon 5: a window needs 10 + 5 training points and 5 held out, so windows 1–8 fit.
		expect(
			earlierWindows(series, 20)
				.map((s) => s.id)
				.at(-1)
		).toBe('a@8');
	});

	it("scores the default selection's forecast of the held-out points by MASE", () => {
		// A straight line: Holt–Winters' undamped trend forecasts it exactly.
		expect(selectionMase(series[0]!)).toBeLessThan(1e-6);
	});
});
