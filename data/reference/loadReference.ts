import { InputError } from '../schema/index.js';
import { readJsonFile } from '../schema/node/readJsonFile.js';
import { crossCheck } from './crossCheck.js';
import { Catalogue, World } from './schema.js';
import type { ReferenceData } from './types.js';

/** Paths of the reference files; relative paths resolve against the working directory. */
export interface ReferencePaths {
	readonly resources: string;
	readonly world: string;
}

/** Reads and validates the resource catalogue and a world; throws an InputError naming the file and key. */
export async function loadReference(paths: ReferencePaths): Promise<ReferenceData> {
	const catalogue = await readJsonFile(Catalogue, paths.resources);
	const world = await readJsonFile(World, paths.world);
	const issues = crossCheck(world, catalogue);
	if (issues.length > 0) throw new InputError(paths.world, issues);
	return { catalogue, world };
}
