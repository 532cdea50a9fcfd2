import { InputError } from '../schema/index.js';
import { readJsonFile } from '../schema/node/readJsonFile.js';
import { crossCheck } from './crossCheck.js';
import { lineageIssues } from './lineageIssues.js';
import { Catalogue, SurveyFields, World } from './schema.js';
import type { ReferenceData } from './types.js';

/** Paths of the reference files; relative paths resolve against the working directory. */
export interface ReferencePaths {
	readonly resources: string;
	readonly world: string;
	/** The survey fields resources may be derived from, with their protected categories. */
	readonly surveyFields: string;
}

/** Reads and validates the resource catalogue, the survey fields and a world; throws an InputError naming the file and key. */
export async function loadReference(paths: ReferencePaths): Promise<ReferenceData> {
	const catalogue = await readJsonFile(Catalogue, paths.resources);
	const { fields } = await readJsonFile(SurveyFields, paths.surveyFields);
	const lineage = lineageIssues(catalogue, fields);
	if (lineage.surveyFields.length > 0) throw new InputError(paths.surveyFields, lineage.surveyFields);
	if (lineage.resources.length > 0) throw new InputError(paths.resources, lineage.resources);
	const world = await readJsonFile(World, paths.world);
	const issues = crossCheck(world, catalogue, fields);
	if (issues.length > 0) throw new InputError(paths.world, issues);
	return { catalogue, world, surveyFields: fields };
}
