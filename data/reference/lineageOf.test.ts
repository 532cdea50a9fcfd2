import { describe, expect, it } from 'vitest';
import { withLineageCase } from './cases/lineage.js';
import { defaultReferencePaths } from './defaultReferencePaths.js';
import { lineageOf } from './lineageOf.js';
import { loadReference } from './loadReference.js';

const key = (resource: string) => ({
	region: 'north',
	site: 's',
	gateway: 'g',
	resource,
	quantity: 'stock' as const
});

describe('lineageOf', () => {
	it("gives a series its resource's survey fields with their categories, and none to other resources", async () => {
		const reference = withLineageCase(await loadReference(defaultReferencePaths));
		const lineage = lineageOf(reference);
		expect(lineage(key('household-index'))).toEqual([{ field: 'q17', category: 'ethnicity' }]);
		expect(lineage(key('rooms-index'))).toEqual([{ field: 'q18', category: null }]);
		expect(lineage(key('water'))).toEqual([]);
		expect(lineage(key('not-in-the-catalogue'))).toEqual([]);
	});

	it('throws on a reference built past the loader with a field that does not exist (a bug, not an input)', async () => {
		const reference = withLineageCase(await loadReference(defaultReferencePaths));
		expect(() => lineageOf({ ...reference, surveyFields: [] })).toThrow(
			/household-index .* unknown survey field "q17"/
		);
	});
});
