import type { Lineage, LineageField, ReferenceData } from './types.js';

/**
 * The lineage port from loaded reference data: a series carries the survey fields its resource is derived from
 * (the catalogue's `derivedFrom`), each with the field's category. Telemetry series are resources of the catalogue
 * (gateways may publish nothing else), so the resource decides; a series of a resource outside the catalogue has none.
 */
export function lineageOf(reference: Pick<ReferenceData, 'catalogue' | 'surveyFields'>): Lineage {
	const fields = new Map(reference.surveyFields.map((f) => [f.id, f]));
	const byResource = new Map<string, readonly LineageField[]>(
		reference.catalogue.resources.map((r) => [
			r.id,
			(r.derivedFrom ?? []).map((field) => {
				const known = fields.get(field);
				// Loading refuses an unknown field; one here is a reference built by hand past the loader (a bug).
				if (!known)
					throw new Error(
						`resource ${r.id} is derived from an unknown survey field ${JSON.stringify(field)}`
					);
				return { field, category: known.category };
			})
		])
	);
	return (key) => byResource.get(key.resource) ?? [];
}
