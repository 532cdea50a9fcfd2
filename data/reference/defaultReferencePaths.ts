import { fileURLToPath } from 'node:url';
import type { ReferencePaths } from './loadReference.js';

/** The shipped catalogue, survey fields and demo world, wherever the package is installed. */
export const defaultReferencePaths: ReferencePaths = {
	resources: fileURLToPath(new URL('./resources.json', import.meta.url)),
	world: fileURLToPath(new URL('./worlds/demo.json', import.meta.url)),
	surveyFields: fileURLToPath(new URL('./surveyFields.json', import.meta.url))
};
