import type * as v from 'valibot';
import type { SeriesKey } from '../telemetry/types.js';
import type { Arc, Catalogue, Norm, Region, Resource, SurveyField, Tier, Unit, World } from './schema.js';

/** Distribution tier: 1 basic needs by quota, 2 social goods for points, 3 rare goods by queue/lottery/sharing. */
export type Tier = v.InferOutput<typeof Tier>;
/** Canonical unit a resource is counted in; sensors may report others that convert to it. */
export type Unit = v.InferOutput<typeof Unit>;
/** Per-person norm: amount per `per` (day, year, or a standing stock such as m² of housing). */
export type Norm = Readonly<v.InferOutput<typeof Norm>>;
/** A catalogue entry: names (ru, en), unit, tier, norm, storage loss per day (share). */
export type Resource = Readonly<v.InferOutput<typeof Resource>>;
export type Catalogue = Readonly<v.InferOutput<typeof Catalogue>>;
/** A region: population, production capacities (units/day) with seasonality, storage (units). */
export type Region = Readonly<v.InferOutput<typeof Region>>;
/** A directed transport arc: capacity per resource (units/day), lead time (days), loss (share). */
export type Arc = Readonly<v.InferOutput<typeof Arc>>;
export type World = Readonly<v.InferOutput<typeof World>>;

/** A survey field (id, names) and the protected category it records, or null. */
export type SurveyField = Readonly<v.InferOutput<typeof SurveyField>>;

/** Everything the system knows before the first sensor speaks. */
export interface ReferenceData {
	readonly catalogue: Catalogue;
	readonly world: World;
	/** The survey fields catalogue resources may be derived from (`derivedFrom`). */
	readonly surveyFields: readonly SurveyField[];
}

/** A survey field a series is derived from, with its protected category (null: none). */
export interface LineageField {
	readonly field: string;
	readonly category: string | null;
}

/**
 * The port that says which survey fields a telemetry series is derived from (none: an empty list). The resource
 * decides (gateways publish only catalogue resources), so a filter that names one can be checked before any read.
 */
export type Lineage = (key: Pick<SeriesKey, 'resource'>) => readonly LineageField[];
