import loadHighs from 'highs';
import { describe, expect, it } from 'vitest';
import { buildClassProblem } from '../pool/buildClassProblem.js';
import { relaxedLeximin } from '../optimise/relaxedLeximin.js';
import { seededRandom } from './seededRandom.js';
import { spreadPanels } from './spreadPanels.js';
import { syntheticPool } from '../pool/syntheticPool.js';

const highs = await loadHighs();

describe('spreadPanels', () => {
	const { pool, quotas } = syntheticPool({ volunteers: 1500, panelSize: 150, seed: 'spread' });
	const built = buildClassProblem(pool, quotas);
	if (built.status !== 'ok') throw new Error(built.issues.join('; '));
	const { problem } = built;
	const leximin = relaxedLeximin(
		highs,
		problem,
		problem.classes.map((_, a) => a)
	);
	const m = 300;
	const { panels, fallbacks } = spreadPanels(problem, leximin.counts, m, seededRandom('spread'), () => {
		throw new Error('the swap repair gave up');
	});

	it('gives m whole panels that each meet every quota', () => {
		expect(panels).toHaveLength(m);
		expect(fallbacks).toBe(0);
		for (const panel of panels) {
			expect(panel.reduce((s, c) => s + c, 0)).toBe(problem.panelSize);
			const count = new Array<number>(problem.cells.length).fill(0);
			panel.forEach((c, a) => problem.classes[a]!.cells.forEach((cell) => (count[cell]! += c)));
			problem.cells.forEach((cell, i) => {
				expect(count[i]).toBeGreaterThanOrEqual(cell.min);
				expect(count[i]).toBeLessThanOrEqual(cell.max);
			});
		}
	});

	it('gives every class its LEXIMIN probability to within six panels, classes of one included', () => {
		const total = new Array<number>(problem.classes.length).fill(0);
		for (const panel of panels) panel.forEach((c, a) => (total[a]! += c));
		// The quota repair once pulled in, panel after panel, classes whose features fill several short cells.
		const deviation = Math.max(
			...problem.classes.map((k, a) => Math.abs((total[a]! - m * leximin.counts[a]!) / m / k.members.length))
		);
		expect(problem.classes.some((k) => k.members.length === 1)).toBe(true);
		expect(deviation).toBeLessThan(6 / m);
	});
});
