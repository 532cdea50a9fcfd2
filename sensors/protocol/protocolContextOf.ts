import type { ReferenceData } from '../../data/reference/index.js';
import type { ProtocolContext } from './types.js';

/** Days of a region's whole need one flow reading may carry at most: generous, but finite. */
const FLOW_DAYS = 365;

/**
 * Builds the lookups a decoder needs from the reference data, once; `now` is filled in per message.
 * Plausibility: a stock at most the region's registered storage capacity; a flow at most the
 * larger of that capacity and FLOW_DAYS of the region's norm (catalogue norm × population). For a
 * region the world does not know, the largest limit of any region.
 */
export function protocolContextOf(reference: ReferenceData): (now: number) => ProtocolContext {
	const units = new Map(reference.catalogue.resources.map((r) => [r.id, r.unit as string]));
	const capacities = new Map<string, number>();
	const flowLimits = new Map<string, number>();
	const widest = new Map<string, number>();
	const raise = (key: string, resource: string, limit: number) => {
		flowLimits.set(key, Math.max(flowLimits.get(key) ?? 0, limit));
		widest.set(resource, Math.max(widest.get(resource) ?? 0, limit));
	};
	for (const region of reference.world.regions) {
		const people = region.population.adults + region.population.children;
		for (const s of region.storage) {
			capacities.set(`${region.id}/${s.resource}`, s.capacity);
			raise(`${region.id}/${s.resource}`, s.resource, s.capacity);
		}
		for (const r of reference.catalogue.resources) {
			if (!r.norm) continue;
			const perDay =
				r.norm.per === 'day' ? r.norm.perPerson : r.norm.per === 'year' ? r.norm.perPerson / 365 : 0;
			if (perDay > 0) raise(`${region.id}/${r.id}`, r.id, people * perDay * FLOW_DAYS);
		}
	}
	const unitOf = (resource: string) => units.get(resource);
	const capacityOf = (region: string, resource: string) => capacities.get(`${region}/${resource}`);
	const flowLimitOf = (region: string, resource: string) =>
		flowLimits.get(`${region}/${resource}`) ?? widest.get(resource);
	return (now) => ({ unitOf, capacityOf, flowLimitOf, now });
}
