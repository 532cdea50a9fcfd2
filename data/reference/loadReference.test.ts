import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultReferencePaths } from './defaultReferencePaths.js';
import { loadReference } from './loadReference.js';

async function withWorld(
	edit: (world: { regions: Record<string, unknown>[]; arcs: Record<string, unknown>[] }) => void
) {
	const world = JSON.parse(await readFile(defaultReferencePaths.world, 'utf8'));
	edit(world);
	const dir = await mkdtemp(join(tmpdir(), 'ros-ref-'));
	const path = join(dir, 'world.json');
	await writeFile(path, JSON.stringify(world));
	return { resources: defaultReferencePaths.resources, world: path };
}

describe('loadReference', () => {
	it('loads the shipped catalogue with the domain norms', async () => {
		const { catalogue, world } = await loadReference(defaultReferencePaths);
		const norm = (id: string) => catalogue.resources.find((r) => r.id === id)?.norm;
		expect(norm('water')).toEqual({ perPerson: 50, per: 'day' });
		expect(norm('food')).toEqual({ perPerson: 3000, per: 'day', physicalLabourExtra: 500 });
		expect(norm('housing')).toEqual({ perPerson: 25, per: 'stock', perChildExtra: 10 });
		expect(norm('clothing')).toEqual({ perPerson: 5, per: 'year' });
		expect(norm('wheat')).toEqual({ perPerson: 0.5, per: 'day' });
		expect(new Set(catalogue.resources.map((r) => r.tier))).toEqual(new Set(['basic', 'social', 'rare']));
		expect(world.regions.length).toBeGreaterThanOrEqual(10);
		expect(world.arcs.length).toBeGreaterThan(0);
	});

	it('names the file, key path and value of a bad field', async () => {
		const paths = await withWorld((w) => {
			(w.regions[2]!.population as Record<string, unknown>).adults = -5;
		});
		await expect(loadReference(paths)).rejects.toThrow(
			/world\.json:\n {2}regions\.2\.population\.adults: .*-5/
		);
	});

	it('refuses an arc to a region that does not exist', async () => {
		const paths = await withWorld((w) => {
			w.arcs[0]!.to = 'atlantis';
		});
		await expect(loadReference(paths)).rejects.toThrow(
			/arcs\.0\.to: should be a region of this world, got "atlantis"/
		);
	});

	it('refuses a resource missing from the catalogue', async () => {
		const paths = await withWorld((w) => {
			(w.regions[0]!.storage as Record<string, unknown>[])[0]!.resource = 'unobtainium';
		});
		await expect(loadReference(paths)).rejects.toThrow(/regions\.0\.storage\.0\.resource: .*"unobtainium"/);
	});
});
