export type {
	Arc,
	Catalogue,
	Lineage,
	LineageField,
	Norm,
	ReferenceData,
	Region,
	Resource,
	SurveyField,
	Tier,
	Unit,
	World
} from './types.js';
export {
	Catalogue as CatalogueSchema,
	SurveyFields as SurveyFieldsSchema,
	World as WorldSchema
} from './schema.js';
export { lineageIssues } from './lineageIssues.js';
export { lineageOf } from './lineageOf.js';
export { crossCheck } from './crossCheck.js';
export { loadReference, type ReferencePaths } from './loadReference.js';
export { defaultReferencePaths } from './defaultReferencePaths.js';
export { byNutrient, type ByNutrient, type EnergyTable } from './byNutrient.js';
