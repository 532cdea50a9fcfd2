import type { Catalogue } from '../reference/types.js';

/**
 * A catalogue for the stand-in tests, here and in the planner: food's kcal met by wheat (up to all of it,
 * 3400 kcal a kg; wheat has no need of its own), and bread's by rye (up to 20%; rye has a need of its own).
 */
export const standInsTestCatalogue = {
	resources: [
		{
			id: 'food',
			norm: { perPerson: 3000, per: 'day' },
			substitutes: [{ by: 'wheat', maxShare: 1, perUnit: 3400 }]
		},
		{ id: 'wheat', substitutes: [] },
		{ id: 'bread', norm: { perPerson: 1, per: 'day' }, substitutes: [{ by: 'rye', maxShare: 0.2 }] },
		{ id: 'rye', norm: { perPerson: 0.1, per: 'day' } }
	]
} as unknown as Catalogue;
