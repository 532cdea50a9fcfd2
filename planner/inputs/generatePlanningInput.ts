import type { PlanningArc, PlanningInput, PlanningRegion, PlanningResource } from '../model/types.js';
import { seededRandom } from '../forecast/seededRandom.js';

/** Size of a generated world: regions, resources, links per region, resources per arc. */
export interface GeneratedWorldOptions {
	readonly regions: number;
	readonly resources: number;
	readonly seed: number;
	/** Nearest neighbours each region is linked to, both ways (default 3). */
	readonly neighbours?: number;
	/** Resources each arc carries (default 5). */
	readonly resourcesPerArc?: number;
	readonly periods?: number;
}

/**
 * A synthetic planning input for benchmarks: regions scattered on a 2000 km square, each linked to
 * its nearest neighbours; every resource a tier-1 flow norm; each region produces about a third of
 * the resources and stores all of them with 0–20 days of need; the first resource may be replaced
 * up to 20% by the second. Deterministic for a seed.
 */
export function generatePlanningInput(o: GeneratedWorldOptions): PlanningInput {
	const rnd = seededRandom(o.seed).next;
	const periods = o.periods ?? 4;
	const neighbours = o.neighbours ?? 3;
	const perArc = Math.min(o.resources, o.resourcesPerArc ?? 5);
	const resources: PlanningResource[] = Array.from({ length: o.resources }, (_, k) => ({
		id: `r${k}`,
		name: { en: `Resource ${k}`, ru: `Ресурс ${k}` },
		unit: 'kg',
		tier: 'basic',
		norm: { perPerson: 0.2 + rnd() * 2, kind: 'flow', physicalLabourExtra: 0, perChildExtra: 0 },
		storageLossPerDay: rnd() * 0.002,
		substitutes: k === 0 && o.resources > 1 ? [{ by: 'r1', maxShare: 0.2 }] : [],
		massKgPerUnit: 1
	}));
	const at = Array.from({ length: o.regions }, () => [rnd() * 2000, rnd() * 2000] as const);
	const regions: PlanningRegion[] = at.map((_, i) => {
		const population = Math.round(5000 + rnd() * 200_000);
		return {
			id: `g${i}`,
			name: { en: `Region ${i}`, ru: `Регион ${i}` },
			population,
			children: Math.round(population * 0.2),
			physicalWorkers: Math.round(population * 0.1),
			production: resources
				.filter(() => rnd() < 0.33)
				.map((r) => ({
					resource: r.id,
					capacityPerDay: Array.from(
						{ length: periods },
						() => population * r.norm!.perPerson * (0.5 + rnd() * 2.5)
					),
					inputs: []
				})),
			storage: resources.map((r) => ({ resource: r.id, capacity: population * r.norm!.perPerson * 60 }))
		};
	});
	const stocks = regions.flatMap((g) =>
		resources.map((r) => ({
			region: g.id,
			resource: r.id,
			amount: g.population * r.norm!.perPerson * rnd() * 20
		}))
	);
	const arcs: PlanningArc[] = [];
	const seen = new Set<string>();
	at.forEach(([x, y], i) => {
		const nearest = at
			.map(([u, v], j) => ({ j, d: Math.hypot(u - x, v - y) }))
			.filter((n) => n.j !== i)
			.sort((a, b) => a.d - b.d || a.j - b.j)
			.slice(0, neighbours);
		for (const { j, d } of nearest) {
			for (const [from, to] of [
				[i, j],
				[j, i]
			] as const) {
				if (seen.has(`${from}>${to}`)) continue;
				seen.add(`${from}>${to}`);
				const start = Math.floor(rnd() * o.resources);
				arcs.push({
					id: `g${from}->g${to}`,
					from: `g${from}`,
					to: `g${to}`,
					mode: 'road',
					lengthKm: Math.round(d),
					leadTimeDays: Math.round(d / 500),
					lossRate: 0.005,
					carries: Array.from({ length: perArc }, (_, k) => ({
						resource: `r${(start + k) % o.resources}`,
						capacityPerDay: 20_000 + rnd() * 200_000,
						energyKWhPerUnit: 0
					}))
				});
			}
		}
	});
	return {
		start: '2026-01-01',
		periodDays: 7,
		periods,
		regions,
		resources,
		arcs,
		stocks,
		telemetry: { hash: `generated-${o.seed}`, from: 0, to: 0 },
		forecasts: []
	};
}
