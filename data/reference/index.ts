export type { Arc, Catalogue, Norm, ReferenceData, Region, Resource, Tier, Unit, World } from './types.js';
export { Catalogue as CatalogueSchema, World as WorldSchema } from './schema.js';
export { crossCheck } from './crossCheck.js';
export { loadReference, type ReferencePaths } from './loadReference.js';
export { defaultReferencePaths } from './defaultReferencePaths.js';
export { byNutrient, type ByNutrient, type EnergyTable } from './byNutrient.js';
