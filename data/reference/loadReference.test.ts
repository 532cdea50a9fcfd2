import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultReferencePaths } from './defaultReferencePaths.js';
import { householdIndex, q17, q18 } from './cases/lineage.js';
import { loadReference } from './loadReference.js';

async function withWorld(
	edit: (world: { regions: Record<string, unknown>[]; arcs: Record<string, unknown>[] }) => void
) {
	const world = JSON.parse(await readFile(defaultReferencePaths.world, 'utf8'));
	edit(world);
	const dir = await mkdtemp(join(tmpdir(), 'ros-ref-'));
	const path = join(dir, 'world.json');
	await writeFile(path, JSON.stringify(world));
	return { ...defaultReferencePaths, world: path };
}

type Field = { id: string; name: { en: string; ru: string }; category: string | null };

/** The shipped catalogue with `household-index` derived from `derivedFrom`, beside a survey fields file of `fields`. */
async function withLineage(fields: Field[], derivedFrom: string[]) {
	const catalogue = JSON.parse(await readFile(defaultReferencePaths.resources, 'utf8'));
	catalogue.resources.push({ ...householdIndex, derivedFrom });
	const dir = await mkdtemp(join(tmpdir(), 'ros-ref-'));
	const paths = {
		...defaultReferencePaths,
		resources: join(dir, 'resources.json'),
		surveyFields: join(dir, 'surveyFields.json')
	};
	await writeFile(paths.resources, JSON.stringify(catalogue));
	await writeFile(paths.surveyFields, JSON.stringify({ version: 1, fields }));
	return paths;
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

	it('loads the shipped survey fields, and a resource derived from declared fields', async () => {
		const shipped = await loadReference(defaultReferencePaths);
		expect(shipped.surveyFields.find((f) => f.id === 'nationality')?.category).toBe('ethnicity');
		const { catalogue, surveyFields } = await loadReference(await withLineage([q17, q18], ['q17', 'q18']));
		expect(catalogue.resources.find((r) => r.id === 'household-index')?.derivedFrom).toEqual(['q17', 'q18']);
		expect(surveyFields.map((f) => f.id)).toEqual(['q17', 'q18']);
	});

	it('refuses a world that stores a resource derived from a protected survey field: it would enter the plan', async () => {
		const paths = await withLineage([q17, q18], ['q17']);
		const world = JSON.parse(await readFile(defaultReferencePaths.world, 'utf8'));
		world.regions[0].storage.push({ resource: 'household-index', capacity: 10, initial: 5 });
		const worldPath = join(await mkdtemp(join(tmpdir(), 'ros-ref-')), 'world.json');
		await writeFile(worldPath, JSON.stringify(world));
		await expect(loadReference({ ...paths, world: worldPath })).rejects.toThrow(
			/world\.json:\n {2}regions\.0\.storage\.\d+\.resource: should not be derived from a protected survey field \(q17: ethnicity, never in a plan\), got "household-index"/
		);
		// Derived from a field of no protected category, the same storage loads.
		const innocent = await withLineage([q17, q18], ['q18']);
		await expect(loadReference({ ...innocent, world: worldPath })).resolves.toBeDefined();
	});

	it('refuses a derivedFrom that names no survey field, naming the catalogue, the path and the value', async () => {
		const paths = await withLineage([q17], ['q99']);
		await expect(loadReference(paths)).rejects.toThrow(
			/resources\.json:\n {2}resources\.\d+\.derivedFrom\.0: should be a field of the survey fields file, got "q99"/
		);
	});

	it('refuses a duplicate field id and an unknown category in the survey fields file', async () => {
		await expect(loadReference(await withLineage([q17, q18, { ...q17 }], []))).rejects.toThrow(
			/surveyFields\.json:\n {2}fields\.2\.id: should be unique .*"q17"/
		);
		await expect(loadReference(await withLineage([{ ...q17, category: 'caste' }], []))).rejects.toThrow(
			/surveyFields\.json:\n {2}fields\.0\.category: should be a protected category \(race, .*\) or null, got "caste"/
		);
	});

	// A null category under a protected name would let the field's series into every analysis: a contradiction.
	it.each([
		['id', { ...q18, id: 'ethnic-group' }, '"ethnic-group"'],
		['English name', { ...q18, name: { en: 'Religious community', ru: 'Община' } }, '"Religious community"'],
		['Russian name', { ...q18, name: { en: 'Q', ru: 'Национальность' } }, '"Национальность"']
	])(
		'refuses a field whose %s names a protected category but whose category is null',
		async (_, field, name) => {
			const category = name.includes('Relig') ? 'religion' : 'ethnicity';
			await expect(loadReference(await withLineage([field], []))).rejects.toThrow(
				`fields.0.category: should be "${category}": the name ${name} denotes that protected category, so null contradicts it, got null`
			);
		}
	);
});
