import { describe, expect, it } from 'vitest';
import type { Account, Role } from '../../../../data/accounts/index.js';
import { defaultReferencePaths } from '../../../../data/reference/defaultReferencePaths.js';
import { loadReference } from '../../../../data/reference/loadReference.js';
import type { AppContext } from '../context.js';
import { openTestRound } from '../openTestRound.js';
import { castVote } from '../vote/castVote.js';
import { createStressJobs } from './createStressJobs.js';
import { workerRunCase } from './node/workerRunCase.js';
import { startStress } from './startStress.js';
import type { StressJobState } from './types.js';

const VOTES = 30;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Casts `codes` one after another, each 20 ms after the last; a vote's time runs from when its timer was
 * due to its receipt, so a thread held by other work shows as the wait before the vote starts.
 */
async function voteTimes(app: AppContext, codes: readonly string[]): Promise<number[]> {
	const times: number[] = [];
	for (const code of codes) {
		const due = performance.now() + 20;
		await sleep(20);
		const cast = castVote(app, { code, choice: 'equity-first' });
		if (cast.status !== 'cast') throw new Error(JSON.stringify(cast));
		times.push(performance.now() - due);
	}
	return times;
}
const p90 = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.9)]!;

describe('stress tests from the console', () => {
	it('runs a library case in a worker, reporting every simulated day, one job at a time, while votes are answered as fast as without it', async () => {
		const reference = await loadReference(defaultReferencePaths);
		const jobs = createStressJobs(workerRunCase(reference), () => 0);
		const { app, codes } = await openTestRound(2 * VOTES);
		const alone = await voteTimes(app, codes.slice(0, VOTES));
		expect(jobs.start('no-such-case', 1, 'op')).toEqual({ status: 'unknown-case', caseId: 'no-such-case' });
		const started = jobs.start('sensors-offline', 1, 'op');
		if (started.status !== 'started') throw new Error(started.status);
		expect(jobs.start('drought', 1, 'op')).toEqual({ status: 'busy', id: started.id });
		const seen: StressJobState[] = [];
		let firstDay = () => {};
		const running = new Promise<void>((resolve) => (firstDay = resolve));
		const end = new Promise<StressJobState>((resolve) =>
			jobs.watch(started.id, (state) => {
				seen.push(state);
				if (state.status === 'running') firstDay();
				else resolve(state);
			})
		);
		// Votes while the job is past its start-up and simulating (a day is an analysis and a plan).
		await running;
		const during = await voteTimes(app, codes.slice(VOTES));
		expect(jobs.get(started.id)?.state.status).toBe('running');
		// On the console's own thread a day holds votes for hundreds of ms, and the job ends before the votes do;
		// 2 ms is the floor of timer resolution on a shared machine.
		expect(p90(during) / Math.max(p90(alone), 2)).toBeLessThan(5);
		const ended = await end;
		// One event per simulated day of the 24-day case, counting up, then the verdict.
		expect(seen.slice(0, -1).map((s) => s.done)).toEqual(Array.from({ length: 24 }, (_, i) => i + 1));
		if (ended.status !== 'done') throw new Error(ended.status === 'failed' ? ended.message : 'still running');
		expect(ended.total).toBe(24);
		expect(ended.html.en).toContain(`${ended.pass ? 'PASS' : 'FAIL'}: `);
		expect(ended.html.en).toContain('<svg');
		// The same report in Russian: verdict, table and plots.
		expect(ended.html.ru).toContain(`${ended.pass ? 'ПРОЙДЕН' : 'НЕ ПРОЙДЕН'}: `);
		expect(ended.html.ru).toContain('<th>критерий</th>');
		expect(ended.html.ru).toContain('день прогона</text>');
		expect(ended.html.ru).not.toMatch(
			/\b(runs passed|judged window|day of the run|ingest stale detection|north-lake)\b/
		);
		expect(ended.html.ru).toContain('Северное Озеро');
		expect(jobs.get(started.id)?.state).toEqual(ended);
		// Free again once it ended: the next start gets past the busy check (and is refused for its case).
		expect(jobs.start('no-such-case', 1, 'op').status).toBe('unknown-case');
	}, 300_000);

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
