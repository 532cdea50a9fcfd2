import { describe, expect, it } from 'vitest';
import type { Account, Role } from '../../../../data/accounts/index.js';
import { defaultReferencePaths } from '../../../../data/reference/defaultReferencePaths.js';
import { loadReference } from '../../../../data/reference/loadReference.js';
import type { AppContext } from '../context.js';
import { createStressJobs } from './createStressJobs.js';
import { solverRunCase } from './solverRunCase.js';
import { startStress } from './startStress.js';
import type { StressJobState } from './types.js';

describe('stress tests from the console', () => {
	it('runs a library case through the closed loop, reporting every simulated day, one job at a time', async () => {
		const reference = await loadReference(defaultReferencePaths);
		const jobs = createStressJobs(solverRunCase(reference), () => 0);
		expect(jobs.start('no-such-case', 1, 'op')).toEqual({ status: 'unknown-case', caseId: 'no-such-case' });
		const started = jobs.start('sensors-offline', 1, 'op');
		if (started.status !== 'started') throw new Error(started.status);
		expect(jobs.start('drought', 1, 'op')).toEqual({ status: 'busy', id: started.id });
		const seen: StressJobState[] = [];
		const end = await new Promise<StressJobState>((resolve) =>
			jobs.watch(started.id, (state) => {
				seen.push(state);
				if (state.status !== 'running') resolve(state);
			})
		);
		// One event per simulated day of the 24-day case, counting up, then the verdict.
		expect(seen.slice(0, -1).map((s) => s.done)).toEqual(Array.from({ length: 24 }, (_, i) => i + 1));
		if (end.status !== 'done') throw new Error(end.status === 'failed' ? end.message : 'still running');
		expect(end.total).toBe(24);
		expect(end.html).toContain(`${end.pass ? 'PASS' : 'FAIL'}: `);
		expect(end.html).toContain('<svg');
		expect(jobs.get(started.id)?.state).toEqual(end);
		// Free again once it ended: the next start gets past the busy check (and is refused for its case).
		expect(jobs.start('no-such-case', 1, 'op').status).toBe('unknown-case');
	}, 240_000);

	it('lets analysts, the council and operators start one, with the form checked by name', () => {
		const started: string[] = [];
		const app = {
			stress: {
				start: (caseId: string, runs: number) => {
					started.push(`${caseId}×${runs}`);
					return { status: 'started', id: 'x' };
				}
			}
		} as unknown as AppContext;
		const as = (role: Role) => ({ id: `a-${role}`, role }) as Account;
		const form = { case: 'drought', runs: '2' };
		const roles: Role[] = ['analyst', 'council', 'expert', 'ethics', 'operator'];
		expect(roles.map((r) => startStress(app, as(r), form).status)).toEqual([
			'started',
			'started',
			'forbidden',
			'forbidden',
			'started'
		]);
		expect(startStress(app, undefined, form).status).toBe('forbidden');
		expect(started).toEqual(['drought×2', 'drought×2', 'drought×2']);
		const bad = (f: Record<string, unknown>) => {
			const outcome = startStress(app, as('analyst'), f);
			return outcome.status === 'invalid' ? outcome.message : outcome.status;
		};
		expect(bad({ case: 'meteor', runs: '1' })).toMatch(/case/);
		expect(bad({ case: 'drought', runs: '9' })).toMatch(/runs.*at most 5/);
		expect(bad({ ...form, speed: 'fast' })).toMatch(/speed/);
	});
});
