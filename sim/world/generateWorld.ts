import type { Catalogue, ReferenceData, Resource, World } from '../../data/reference/types.js';
import type { Rng } from '../rng/types.js';

/** Size of a generated world: how many regions, how many resources (extra basic goods are added to reach it). */
export interface GenerateOptions {
	readonly regions: number;
	readonly resources: number;
}

type Region = World['regions'][number];
type Arc = World['arcs'][number];

/**
 * A larger world made from a template (the demo): regions are copies of the template's regions with
 * populations varied ±20%, arcs are copied inside each copy and a ring of arcs joins the copies; extra
 * basic resources (`good-1`, ...) with stocks, production and lanes are added until the catalogue has
 * `resources` entries. For benchmarks and Monte Carlo tests; the result passes the reference schemas.
 */
export function generateWorld(template: ReferenceData, options: GenerateOptions, rng: Rng): ReferenceData {
	const extra: Resource[] = [];
	for (let i = 1; template.catalogue.resources.length + extra.length < options.resources; i++) {
		extra.push({
			id: `good-${i}`,
			name: { en: `Good ${i}`, ru: `Товар ${i}` },
			unit: 'kg',
			tier: 'basic',
			norm: { perPerson: 0.1 * i, per: 'day' },
			storageLossPerDay: 0.001
		});
	}
	const catalogue: Catalogue = {
		version: 1,
		resources: [...template.catalogue.resources, ...extra].slice(0, Math.max(1, options.resources))
	};
	const known = new Set(catalogue.resources.map((r) => r.id));
	const base = template.world.regions;
	const copies = Math.ceil(options.regions / base.length);
	const regions: Region[] = [];
	const arcs: Arc[] = [];
	for (let c = 0; c < copies; c++) {
		for (const region of base) {
			if (regions.length >= options.regions) break;
			const scale = 0.8 + 0.4 * rng.next();
			const adults = Math.round(region.population.adults * scale);
			const persons = adults + Math.round(region.population.children * scale);
			const goods = extra.filter((e) => known.has(e.id));
			regions.push({
				...region,
				id: `${region.id}-${c}`,
				population: {
					adults,
					children: Math.round(region.population.children * scale),
					physicalWorkers: Math.min(adults, Math.round(region.population.physicalWorkers * scale))
				},
				production: [
					...region.production.filter(
						(p) => known.has(p.resource) && (p.inputs ?? []).every((i) => known.has(i.resource))
					),
					...goods.map((g) => ({
						resource: g.id,
						capacityPerDay: persons * g.norm!.perPerson * (0.5 + rng.next()),
						seasonality: { amplitude: 0.3, peakDayOfYear: 1 + rng.int(365) }
					}))
				],
				storage: [
					...region.storage.filter((s) => known.has(s.resource)),
					...goods.map((g) => ({
						resource: g.id,
						capacity: persons * g.norm!.perPerson * 365,
						initial: persons * g.norm!.perPerson * 90
					}))
				]
			});
		}
		for (const arc of template.world.arcs) {
			const carries = Object.fromEntries(Object.entries(arc.carries).filter(([id]) => known.has(id)));
			const from = `${arc.from}-${c}`;
			const to = `${arc.to}-${c}`;
			if (
				Object.keys(carries).length > 0 &&
				regions.some((r) => r.id === from) &&
				regions.some((r) => r.id === to)
			)
				arcs.push({ ...arc, id: `${arc.id}-${c}`, from, to, carries });
		}
	}
	// Join copy c to copy c+1 (a ring) by road, so that goods can move across the whole world.
	const road = Object.fromEntries(
		catalogue.resources
			.filter((r) => r.unit === 'kg' || r.unit === 'kcal')
			.map((r) => [r.id, { capacityPerDay: 1e6, energyKWhPerUnit: 0.01 }])
	);
	for (let c = 0; copies > 1 && c < copies; c++) {
		const from = regions[c * base.length];
		const to = regions[((c + 1) % copies) * base.length];
		if (!from || !to || from.id === to.id) continue;
		arcs.push({
			id: `ring-${c}`,
			from: from.id,
			to: to.id,
			mode: 'road',
			lengthKm: 1500,
			leadTimeDays: 4,
			lossRate: 0.005,
			carries: road
		});
	}
	return {
		catalogue,
		surveyFields: template.surveyFields,
		world: { ...template.world, id: `${template.world.id}-x${options.regions}`, regions, arcs }
	};
}
