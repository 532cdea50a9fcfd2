import loadHighs from 'highs';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultReferencePaths, loadReference } from '../../data/reference/index.js';
import { describeIssues, parse } from '../../data/schema/index.js';
import { highsSolver } from '../../planner/solver/highsSolver.js';
import { jsLpSolver } from '../../planner/solver/jsLpSolver.js';
import { stressStores } from './node/stressStores.js';
import { runStress, type StressPorts } from './runStress.js';
import { StressCase as StressCaseSchema } from './schema.js';
import { stressCases } from './stressCases.js';
import type { StressCase } from './types.js';

const reference = await loadReference(defaultReferencePaths);
const highs = highsSolver(loadHighs);
afterAll(() => highs.close());
const ports: StressPorts = {
	reference,
	solvers: { highs, jslp: jsLpSolver() },
	open: stressStores,
	// A round on day 2, so that a week's case goes through a decision.
	loop: { firstRoundDay: 2 },
	options: { citizens: { perRegion: 0 } }
};

/** A week: 40% of sensors silent from day 3, survival mode declared on days 4–5. */
const week: StressCase = {
	version: 2,
	id: 'week',
	title: { en: 'A bad week', ru: 'Плохая неделя' },
	source: 'test',
	days: 8,
	stepHours: 24,
	shocks: [
		{ kind: 'sensor-outage', start: 3, days: 3, fraction: 0.4 },
		{ kind: 'survival-mode', start: 4, days: 2 }
	],
	criteria: [
		{ kind: 'manual-control', withinHours: 72 },
		{ kind: 'threat-level', scope: 'federation', atLeast: 'survival' },
		// Deliberately broken: survival mode gives 70% of the norm, so a full norm cannot hold.
		{ kind: 'min-coverage', resources: ['water'], min: 1 }
	]
};

describe('stress tests through the closed loop', () => {
	it('judges each run: stale sensors seen by the ingest, the threat level reached, and a broken criterion failing the report', async () => {
		const result = await runStress(week, [1, 2], ports);
		if (result.status !== 'ok') throw new Error(describeIssues(result.issues));
		const { report, evidence } = result;
		// Daily readings stamped at the end of their day, stale after three missed reports: the silenced
		// series were last heard at the outage's start, so the ingest flags them 72 h later.
		expect(evidence.map((e) => e.staleAfterHours)).toEqual([72, 72]);
		// The planner planned from the store and the auto-council adopted a plan in each run.
		expect(evidence.map((e) => e.decisions.map((d) => d.day))).toEqual([[2], [2]]);
		expect(report.window).toEqual({ start: 3, days: 3 });
		const [stale, level, water] = report.criteria;
		expect(stale).toMatchObject({ pass: true, p5: 72, p50: 72, p95: 72 });
		expect(level).toMatchObject({ pass: true, p50: 3 });
		expect(water!.pass).toBe(false);
		expect(water!.worst.day).toBeGreaterThanOrEqual(4);
		expect(water!.worst.value).toBeLessThan(0.75);
		expect(report.pass).toBe(false);
		expect(report.cost.planning).toBeGreaterThan(0);
	}, 120_000);

	it('runs under the case’s council policy: a panel that contests every scenario adopts no plan', async () => {
		const strict: StressCase = { ...week, days: 3, council: { contestBelow: 1 } };
		const result = await runStress(strict, [1], ports);
		if (result.status !== 'ok') throw new Error(describeIssues(result.issues));
		expect(result.evidence[0]!.decisions).toEqual([]);
		// The round of day 2 was planned; the panel contested it.
		expect(result.report.runs[0]!.decisions).toBe(0);
		expect(result.report.cost.planning).toBeGreaterThan(0);
	}, 120_000);

	it('ships the founding documents’ crises, each a valid case', () => {
		expect(Object.keys(stressCases)).toEqual([
			'solar-month',
			'sensors-offline',
			'pandemic',
			'harvest-failure',
			'drought',
			'riots',
			'mass-evacuation',
			'cyber-attack-region',
			'global-failure',
			'survival-mode'
		]);
	});

	it('names the path and value of a bad case file, and shocks the world lacks', async () => {
		const parsed = parse(StressCaseSchema, {
			...week,
			criteria: [{ kind: 'threat-level', scope: 'capital', atLeast: 'orange' }]
		});
		expect(parsed.ok).toBe(false);
		if (!parsed.ok)
			expect(describeIssues(parsed.issues)).toBe(
				'criteria.0.atLeast: should be normal, yellow, red or survival, got "orange"'
			);
		const bad = await runStress(
			{ ...week, shocks: [{ kind: 'quarantine', start: 0, days: 1, region: 'atlantis', share: 0.1 }] },
			[1],
			ports
		);
		expect(bad.status).toBe('invalid');
	});
});
