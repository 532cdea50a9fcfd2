import { createLpBuilder } from '../lpBuilder.js';
import type { LpModel } from '../types.js';

/**
 * Wyndor Glass (Hillier & Lieberman, Introduction to Operations Research, ch. 3.1): maximise 3 x1 + 5 x2
 * under three plant capacities; the published optimum is in wyndor-glass.json (36 at (2, 6)).
 */
export function wyndorGlass(): LpModel {
	const b = createLpBuilder('wyndor', 'max');
	const x1 = b.variable('x1', { cost: 3 });
	const x2 = b.variable('x2', { cost: 5 });
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
}
