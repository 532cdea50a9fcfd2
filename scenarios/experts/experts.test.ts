import { describe, expect, it } from 'vitest';
import { demoRoster } from '../round/cases/loadCases.js';
import { addMonths } from './addMonths.js';
import { appointExpert } from './appointExpert.js';
import { drawReviewers } from './drawReviewers.js';
import { expertDefaults } from './expertDefaults.js';
import { isServing } from './isServing.js';
import { rotateRoster } from './rotateRoster.js';

const now = Date.UTC(2026, 10, 1);

describe('expert roster', () => {
	it('refuses a term longer than two years; a term expires by itself', () => {
		const c = { id: 'x', name: 'X', field: 'water', conflicts: [] };
		expect(appointExpert(c, now, 25, expertDefaults)).toMatchObject({
			status: 'refused',
			reason: expect.stringContaining('maximum of 24')
		});
		const a = appointExpert(c, now, 24, expertDefaults);
		if (a.status !== 'appointed') throw new Error(a.reason);
		expect(isServing(a.expert, addMonths(now, 24) - 1)).toBe(true);
		expect(isServing(a.expert, addMonths(now, 24))).toBe(false);
		expect(addMonths(Date.UTC(2026, 0, 31), 1)).toBe(Date.UTC(2026, 1, 28));
	});

	it('rotates: expired experts leave, rested candidates are drawn in, no one serves back to back', () => {
		const candidates = [
			{ id: 'e-old', name: 'Sergei Volkov', field: 'water', conflicts: [] }, // term ended 2026-01-01: still resting
			{ id: 'n1', name: 'N1', field: 'energy', conflicts: [] },
			{ id: 'n2', name: 'N2', field: 'logistics', conflicts: [] },
			{ id: 'e-agro', name: 'Анна Ковалёва', field: 'agronomy', conflicts: [] } // serving
		];
		const r = rotateRoster(demoRoster, candidates, now, 7, 'seed', expertDefaults);
		expect(r.expired).toEqual(['e-old']);
		expect(r.appointed.map((e) => e.id).sort()).toEqual(['n1', 'n2']);
		expect(r.serving).toHaveLength(7);
		expect(r.appointed.every((e) => e.term.end === addMonths(now, 24))).toBe(true);
		const later = rotateRoster(demoRoster, candidates, Date.UTC(2027, 0, 2), 7, 'seed', expertDefaults);
		expect(later.appointed.map((e) => e.id)).toContain('e-old');
	});

	it('draws reviewers reproducibly from the seed, among serving experts without a conflict', () => {
		const input = { seed: 'abc', round: 'r1', subjects: ['round:r1', 'policy:substitution'], count: 3, now };
		const a = drawReviewers(demoRoster, input);
		const b = drawReviewers([...demoRoster].reverse(), input);
		if (a.status !== 'drawn' || b.status !== 'drawn') throw new Error('too few');
		expect(b.reviewers).toEqual(a.reviewers);
		expect(a.excluded).toEqual(
			expect.arrayContaining([
				{ id: 'e-old', reason: 'not-serving' },
				{ id: 'e-stat', reason: 'conflict', tag: 'policy:substitution' }
			])
		);
		expect(a.reviewers).toHaveLength(3);
		expect(a.reviewers.every((id) => a.eligible.includes(id))).toBe(true);
		const picks = new Set(
			['s1', 's2', 's3', 's4', 's5', 's6', 's7', 's8'].map((seed) =>
				JSON.stringify(
					(drawReviewers(demoRoster, { ...input, seed }) as { reviewers?: readonly string[] }).reviewers
				)
			)
		);
		expect(picks.size).toBeGreaterThan(1);
		expect(drawReviewers(demoRoster, { ...input, count: 5 })).toEqual({
			status: 'too-few',
			eligible: a.eligible,
			needed: 5
		});
	});
});
