import { describe, expect, it } from 'vitest';
import { defaultReferencePaths, loadReference } from '../../data/reference/index.js';
import { describeIssues, parse } from '../../data/schema/index.js';
import { runStress } from './runStress.js';
import { StressCase as StressCaseSchema } from './schema.js';
import { stressCases } from './stressCases.js';
import type { StressCase } from './types.js';

const reference = await loadReference(defaultReferencePaths);
const fast = { citizens: { perRegion: 0 } };

describe('stress-test library', () => {
	it('ships the domain brief’s named cases, each valid and runnable against the demo world', () => {
		expect(Object.keys(stressCases).sort()).toEqual([
			'cyber-war',
			'drought',
			'harvest-failure',
			'mass-evacuation',
			'pandemic',
			'solar-month'
		]);
		for (const c of Object.values(stressCases)) {
			const result = runStress(
				{ ...c, days: Math.min(c.days, 40) },
				{ reference, seeds: [1], options: fast }
			);
			expect(result.status, c.id).toBe('ok');
		}
	});

	it('cyber-war: a 40% sensor outage shows in the readings within the first hour', () => {
		const result = runStress(stressCases['cyber-war']!, { reference, seeds: [1, 2], options: fast });
		if (result.status !== 'ok') throw new Error(describeIssues(result.issues));
		const visible = result.report.criteria.find((c) => c.criterion.kind === 'outage-visible')!;
		expect(visible).toMatchObject({ passRate: 1, worst: 1 });
	});

	it('pandemic: judges "0% shortage of medicine and food" against the same seed without the pandemic, naming where it fails', () => {
		const result = runStress(stressCases.pandemic!, { reference, seeds: [1], options: fast });
		if (result.status !== 'ok') throw new Error(describeIssues(result.issues));
		const [drop] = result.report.criteria;
		// Without a plan that protects medicine, a 50% quarantine and 1.5× demand cut coverage: the test says so, and where.
		expect(drop!.passRate).toBe(0);
		expect(drop!.worst).toBeGreaterThan(0);
		expect(drop!.where).toMatch(/^[a-z-]+\/(medicine|food)$/);
		expect(result.report.pass).toBe(false);
	});

	it('passes a criterion the shocks cannot break, and fails one they must', () => {
		const stress: StressCase = {
			version: 1,
			id: 'wheat-fire',
			title: { en: 'Wheat fire', ru: 'Пожар на складе зерна' },
			source: 'test',
			days: 30,
			stepHours: 24,
			shocks: [{ kind: 'stock-loss', start: 0, days: 1, region: 'tundra', resource: 'wheat', fraction: 1 }],
			criteria: [
				{ kind: 'coverage-drop', resources: ['water'], max: 0 },
				{ kind: 'min-coverage', resources: ['wheat'], regions: ['tundra'], min: 0.5 }
			]
		};
		// Without automatic shipments no neighbour refills Tundra's wheat.
		const alone = { ...fast, redistribution: { enabled: false } };
		const result = runStress(stress, { reference, seeds: [3], options: alone });
		if (result.status !== 'ok') throw new Error('invalid');
		expect(result.report.criteria.map((c) => c.passRate)).toEqual([1, 0]);
		// Quinoa may stand in for up to 20% of wheat, so coverage falls to that, not to zero.
		expect(result.report.criteria[1]).toMatchObject({ where: 'tundra/wheat' });
		expect(result.report.criteria[1]!.worst).toBeCloseTo(0.2, 2);
	});

	it('names the path and value of a bad case file, and references the world lacks', () => {
		const parsed = parse(StressCaseSchema, {
			...stressCases.drought,
			criteria: [{ kind: 'coverage-drop', resources: ['water'], max: 2 }]
		});
		expect(parsed.ok).toBe(false);
		if (!parsed.ok) expect(describeIssues(parsed.issues)).toBe('criteria.0.max: should be ≤ 1, got 2');
		const bad = runStress(
			{
				...stressCases.drought!,
				shocks: [{ kind: 'quarantine', start: 0, days: 1, region: 'atlantis', share: 0.1 }]
			},
			{ reference, seeds: [1] }
		);
		expect(bad.status).toBe('invalid');
	});
});
