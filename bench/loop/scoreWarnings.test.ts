import { describe, expect, it } from 'vitest';
import { scoreWarnings } from './scoreWarnings.js';

const sets = (days: number[][]) => days.map((d) => new Set(d));

describe('scoreWarnings', () => {
	it('counts an episode warned ahead, a late one as missed, and an alert with no shortage as false', () => {
		// Cell 1 short on days 5–6 (warned on day 2: lead 3); cell 2 short on day 8, warned only on day 8 (late);
		// cell 3 warned on day 1, never short.
		const short = sets([[], [], [], [], [], [1], [1], [], [2], []]);
		const warned = sets([[], [3], [1], [1], [1], [1], [], [], [2], []]);
		const s = scoreWarnings(short, warned, 7);
		expect(s).toMatchObject({ episodes: 2, warned: 1, recall: 0.5, medianLeadDays: 3 });
		expect(s).toMatchObject({ alerts: 3, trueAlerts: 1 });
		expect(s.precision).toBeCloseTo(1 / 3);
	});

	it('does not credit a warning older than the horizon', () => {
		const short = sets([[], [], [], [], [1]]);
		const warned = sets([[1], [], [], [], []]);
		expect(scoreWarnings(short, warned, 2)).toMatchObject({ warned: 0, recall: 0, trueAlerts: 0 });
	});

	it('scores nothing as null, not as perfect: no episodes, no recall; no alerts, no precision', () => {
		const quiet = scoreWarnings(sets([[], [], []]), sets([[], [], []]), 7);
		expect(quiet).toMatchObject({
			episodes: 0,
			recall: null,
			alerts: 0,
			precision: null,
			medianLeadDays: null
		});
		// Alerts with no shortage at all: precision 0, recall still null.
		expect(scoreWarnings(sets([[], [], []]), sets([[1], [], []]), 7)).toMatchObject({
			recall: null,
			precision: 0
		});
	});
});
