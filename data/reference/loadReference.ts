import { readFile } from 'node:fs/promises';
import { InputError, parseOrThrow } from '../schema/index.js';
import { crossCheck } from './crossCheck.js';
import { Catalogue, World } from './schema.js';
import type { ReferenceData } from './types.js';

/** Paths of the reference files; relative paths resolve against the working directory. */
export interface ReferencePaths {
	readonly resources: string;
	readonly world: string;
}

async function readJson(path: string): Promise<unknown> {
	const text = await readFile(path, 'utf8');
	try {
		return JSON.parse(text);
	} catch (error) {
		throw new InputError(path, [
			{ path: '', expected: `should be JSON (${(error as Error).message})`, received: text.slice(0, 40) }
		]);
	}
}

/** Reads and validates the resource catalogue and a world; throws an InputError naming the file and key. */
export async function loadReference(paths: ReferencePaths): Promise<ReferenceData> {
	const catalogue = parseOrThrow(Catalogue, await readJson(paths.resources), paths.resources);
	const world = parseOrThrow(World, await readJson(paths.world), paths.world);
	const issues = crossCheck(world, catalogue);
	if (issues.length > 0) throw new InputError(paths.world, issues);
	return { catalogue, world };
}
