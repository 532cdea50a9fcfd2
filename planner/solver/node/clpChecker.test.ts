import loadHighs from 'highs';
import { describe, expect, it } from 'vitest';
import { haveBinary, requireBinary } from '../../../harness/index.js';
import { wyndorGlass } from '../../lp/cases/wyndorGlass.js';
import { highsSolver } from '../highsSolver.js';
import { jsLpSolver } from '../jsLpSolver.js';
import { solveChecked } from '../solveChecked.js';
import { clpChecker } from './clpChecker.js';

describe.runIf(haveBinary('clp'))('native CLP as the second opinion above the cross-check limit', () => {
	it('agrees on Wyndor Glass (36, a maximisation exported negated) and says which solver checked', async () => {
		const outcome = await solveChecked(
			wyndorGlass(),
			{ highs: highsSolver(loadHighs), jslp: jsLpSolver(), independent: clpChecker(requireBinary('clp')) },
			{ jslpMaxVariables: 0, crossCheckMaxVariables: 0 }
		);
		expect(outcome.status).toBe('optimal');
		if (outcome.status !== 'optimal') return;
		expect(outcome.crossCheck).toMatchObject({
			status: 'agreed',
			solver: 'clp',
			algorithm: 'dual simplex (native CLP)',
			objective: expect.closeTo(36, 9)
		});
	});

	it('a disagreeing checker is reported, not hidden', async () => {
		const outcome = await solveChecked(
			wyndorGlass(),
			{
				highs: highsSolver(loadHighs),
				jslp: jsLpSolver(),
				independent: {
					name: 'clp',
					algorithm: 'wrong on purpose',
					objective: async () => ({ status: 'optimal', objective: 35 })
				}
			},
			{ jslpMaxVariables: 0, crossCheckMaxVariables: 0 }
		);
		expect(outcome.status === 'optimal' && outcome.crossCheck.status).toBe('disagreed');
	});
});
