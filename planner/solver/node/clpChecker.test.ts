import loadHighs from 'highs';
import { describe, expect, it } from 'vitest';
import { haveBinary, requireBinary } from '../../../harness/index.js';
import { createLpBuilder } from '../../lp/lpBuilder.js';
import { highsSolver } from '../highsSolver.js';
import { jsLpSolver } from '../jsLpSolver.js';
import { solveChecked } from '../solveChecked.js';
import { clpChecker } from './clpChecker.js';

describe.runIf(haveBinary('clp'))('native CLP as the second opinion above the cross-check limit', () => {
	const wyndor = () => {
		const b = createLpBuilder('wyndor', 'max');
		const [x1, x2] = [b.variable('x1', { cost: 3 }), b.variable('x2', { cost: 5 })];
		b.constraint('plant1', [[x1, 1]], { upper: 4, kind: 'capacity' });
		b.constraint('plant2', [[x2, 2]], { upper: 12, kind: 'capacity' });
		b.constraint(
			'plant3',
			[
				[x1, 3],
				[x2, 2]
			],
			{ upper: 18, kind: 'capacity' }
		);
		return b.build();
	};

	it('agrees on Wyndor Glass (36, a maximisation exported negated) and says which solver checked', async () => {
		const outcome = await solveChecked(
			wyndor(),
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
			wyndor(),
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
