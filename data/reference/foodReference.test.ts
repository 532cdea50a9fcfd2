import { describe, expect, it } from 'vitest';
import { defaultReferencePaths } from './defaultReferencePaths.js';
import { loadReference } from './loadReference.js';
import { foodReference } from './foodReference.js';

describe('--food: how plan and simulate count food', async () => {
	const reference = await loadReference(defaultReferencePaths);
	const wheat = (r: typeof reference) => r.catalogue.resources.find((k) => k.id === 'wheat')!;

	it('nutrients (the default): wheat is no need of its own, food takes it by its kcal', async () => {
		const r = await foodReference(reference, 'nutrients');
		expect(wheat(r).norm).toBeUndefined();
		expect(r.catalogue.resources.find((k) => k.id === 'food')!.substitutes).toContainEqual({
			by: 'wheat',
			maxShare: 1,
			perUnit: 3400,
			nutrients: { protein: 132 }
		});
	});

	it('catalogue: the catalogue as it is (0.5 kg of wheat a day on top of 3000 kcal)', async () => {
		expect(wheat(await foodReference(reference, 'catalogue')).norm?.perPerson).toBe(0.5);
	});

	it('a table that cannot be read is refused, naming the flag and the file', async () => {
		await expect(foodReference(reference, 'nutrients', '/nonexistent/table.json')).rejects.toThrow(
			/--nutrition[\s\S]*\/nonexistent\/table.json/
		);
	});
});
