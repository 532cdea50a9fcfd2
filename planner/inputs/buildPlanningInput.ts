import type { ReferenceData } from '../../data/reference/types.js';
import type { PlanningInput } from '../model/types.js';
import { inputDefaults } from './inputDefaults.js';
import type { InputOptions, StockSnapshot } from './types.js';

const DAY = 86_400_000;

/** Seasonal factor 1 + A·cos(2π(d − peak)/365), averaged over `days` days from `fromDay` after `startMs`: mean 1 over a year. */
export function seasonal(
	amplitude: number,
	peakDayOfYear: number,
	startMs: number,
	fromDay: number,
	days: number
): number {
	let sum = 0;
	for (let d = 0; d < days; d++) {
		const date = new Date(startMs + (fromDay + d) * DAY);
		const dayOfYear = Math.floor((date.getTime() - Date.UTC(date.getUTCFullYear(), 0, 1)) / DAY) + 1;
		sum += 1 + amplitude * Math.cos((2 * Math.PI * (dayOfYear - peakDayOfYear)) / 365);
	}
	return sum / days;
}

/** The planning input from reference data (topology, capacities, norms), a stock snapshot and forecasts. */
export function buildPlanningInput(
	reference: ReferenceData,
	snapshot: StockSnapshot,
	options: Partial<InputOptions> = {}
): PlanningInput {
	const o = { ...inputDefaults, ...options };
	const { world, catalogue } = reference;
	// The plan starts on the day of the last reading it was built from (or where it is told to), so
	// seasonal capacities are those of its real dates and the simulation places it where it belongs.
	const start =
		o.start ?? (snapshot.to > 0 ? new Date(snapshot.to).toISOString().slice(0, 10) : world.startDate);
	const startMs = Date.parse(`${start}T00:00:00Z`);
	return {
		start,
		periodDays: o.periodDays,
		periods: o.periods,
		resources: catalogue.resources.map((r) => ({
			id: r.id,
			name: r.name,
			unit: r.unit,
			tier: r.tier,
			norm: r.norm
				? {
						perPerson: r.norm.per === 'year' ? r.norm.perPerson / 365 : r.norm.perPerson,
						kind: r.norm.per === 'stock' ? ('stock' as const) : ('flow' as const),
						physicalLabourExtra: r.norm.physicalLabourExtra ?? 0,
						perChildExtra: r.norm.perChildExtra ?? 0
					}
				: null,
			storageLossPerDay: r.storageLossPerDay,
			substitutes: r.substitutes ?? [],
			...(r.nutrients ? { nutrients: r.nutrients } : {}),
			massKgPerUnit: o.massKgPerUnit[r.unit] ?? 0
		})),
		regions: world.regions.map((r) => ({
			id: r.id,
			name: r.name,
			population: r.population.adults + r.population.children,
			children: r.population.children,
			physicalWorkers: r.population.physicalWorkers,
			production: r.production.map((p) => ({
				resource: p.resource,
				capacityPerDay: Array.from(
					{ length: o.periods },
					(_, t) =>
						p.capacityPerDay *
						seasonal(
							p.seasonality.amplitude,
							p.seasonality.peakDayOfYear,
							startMs,
							t * o.periodDays,
							o.periodDays
						)
				),
				inputs: p.inputs ?? []
			})),
			storage: r.storage.map((s) => ({ resource: s.resource, capacity: s.capacity }))
		})),
		arcs: world.arcs.map((a) => ({
			id: a.id,
			from: a.from,
			to: a.to,
			mode: a.mode,
			lengthKm: a.lengthKm,
			leadTimeDays: a.leadTimeDays,
			lossRate: a.lossRate,
			carries: Object.entries(a.carries).map(([resource, c]) => ({
				resource,
				capacityPerDay: c.capacityPerDay,
				energyKWhPerUnit: c.energyKWhPerUnit
			}))
		})),
		stocks: snapshot.stocks,
		telemetry: { hash: snapshot.hash, from: snapshot.from, to: snapshot.to },
		forecasts: o.forecasts
	};
}
