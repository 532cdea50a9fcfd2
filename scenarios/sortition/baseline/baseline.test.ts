import { afterAll, describe, expect, it } from 'vitest';
import { buildClassProblem } from '../pool/buildClassProblem.js';
import { drawPanel } from '../publish/drawPanel.js';
import { legacyFrequencies } from './legacyDraw.js';
import { createWorkerSolver } from '../node/workerSolver.js';
import { seededRandom } from '../rounding/seededRandom.js';
import { syntheticPool } from '../pool/syntheticPool.js';

const solver = createWorkerSolver();
afterAll(() => solver.close());

describe('maximin against a simple stratified draw on skewed pools', () => {
	for (const seed of ['skew-a', 'skew-b']) {
		it(`gives the least-served volunteer a better chance (${seed})`, async () => {
			const { pool, quotas } = syntheticPool({
				volunteers: 200,
				panelSize: 20,
				tolerance: 0.1,
				householdShare: 0.1,
				seed
			});
			const draw = await drawPanel(pool, quotas, solver, { panels: 100, refineRounds: 0 });
			expect(draw.status).toBe('committed');
			if (draw.status !== 'committed') return;
			// Baseline estimate: the greedy stratified draw run R times. Volunteers of one class (same features and
			// household make-up) are exchangeable under it too, so their frequencies are pooled; the baseline's
			// minimum is then estimated per class with a binomial standard error, and we require the maximin
			// lottery to beat the lowest class estimate plus three standard errors.
			const runs = 600;
			const { frequency, completed } = legacyFrequencies(pool, quotas, seededRandom(seed), runs);
			expect(completed).toBeGreaterThan(runs * 0.9);
			const built = buildClassProblem(pool, quotas);
			if (built.status !== 'ok') throw new Error('invalid');
			const perClass = built.problem.classes.map((k) => {
				const p = k.members.reduce((s, i) => s + frequency[i]!, 0) / k.members.length;
				return p + 3 * Math.sqrt(Math.max(p * (1 - p), 1 / completed) / (completed * k.members.length));
			});
			const baselineUpper = Math.min(...perClass);
			expect(draw.certificate.minProbability).toBeGreaterThan(baselineUpper);
		}, 120_000);
	}
});
