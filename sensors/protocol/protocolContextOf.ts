import type { ReferenceData } from '../../data/reference/index.js';
import type { ProtocolContext } from './types.js';

/** Builds the lookups a decoder needs from the reference data, once; `now` is filled in per message. */
export function protocolContextOf(reference: ReferenceData): (now: number) => ProtocolContext {
	const units = new Map(reference.catalogue.resources.map((r) => [r.id, r.unit as string]));
	const capacities = new Map<string, number>();
	for (const region of reference.world.regions)
		for (const s of region.storage) capacities.set(`${region.id}/${s.resource}`, s.capacity);
	const unitOf = (resource: string) => units.get(resource);
	const capacityOf = (region: string, resource: string) => capacities.get(`${region}/${resource}`);
	return (now) => ({ unitOf, capacityOf, now });
}
