import { lpName, type LpBuilder, type Term } from '../lp/lpBuilder.js';
import type { CellIndex, TriggerIndex } from './modelIndex.js';
import type { PhysicalModel } from './addPhysicalModel.js';
import { addSurvivalTrigger } from './addSurvivalTrigger.js';
import { shortfallBands } from './shortfallBands.js';
import type { ModelSettings, PlanningInput, PolicyId } from './types.js';

/** Weights of the normalised terms of one policy's objective (minimised; negative = rewarded). */
interface Weights {
	readonly shortfall: number;
	readonly minCoverage: number;
	readonly tonneKm: number;
	readonly energy: number;
	readonly imports: number;
	readonly reserveMean: number;
	readonly reserveMin: number;
	/** Coverage over the horizon below which the convex shortfall bands start (1 = at once). */
	readonly top: number;
	/** Cost of all the world's need unmet in the first band (see `ModelSettings.shortfallPenalty`). */
	readonly bands: number;
}

/**
 * Each policy is one objective over the same physical model, every term normalised to about 0..1
 * (shortfall as a share of all need, t·km against moving all need over the mean arc, energy against
 * the energy norm, reserves against the cap), with the policy's primary aim weighted 100× above its
 * tie-breakers. Every policy also pays for shortfall in convex, people-weighted bands below its
 * floor: a policy that trades coverage for its aim may go down to its floor cheaply, and below it
 * pays per person-day left without, more the deeper the cut.
 */
function weights(policy: PolicyId, s: ModelSettings): Weights {
	const none = {
		shortfall: 0,
		minCoverage: 0,
		tonneKm: 0,
		energy: 0,
		imports: 0,
		reserveMean: 0,
		reserveMin: 0,
		top: 1
	};
	switch (policy) {
		case 'equity-first':
			// Bands as a tie-breaker under max-min: among equal minima, the one that leaves fewer
			// people short, the deep cuts first (an LP stand-in for leximin).
			return { ...none, minCoverage: 1, shortfall: 0.01, tonneKm: 0.0001, bands: 0.1 };
		case 'least-transport':
			return {
				...none,
				tonneKm: 1,
				energy: 1,
				shortfall: 0.001,
				top: s.coverageFloor,
				bands: s.shortfallPenalty
			};
		case 'most-resilient':
			return {
				...none,
				reserveMean: 0.5,
				reserveMin: 0.5,
				shortfall: 0.01,
				// Transport as a tie-breaker, as in the other policies: without any cost, goods whose
				// reserves are past the rewarded bands (devices, months of stock) were shipped in circles
				// at arc capacity, which the period balance allows but a day-by-day world cannot execute
				// (departures empty the origin before the return trip arrives).
				tonneKm: 0.0001,
				top: s.resilientCoverageFloor,
				bands: s.shortfallPenalty
			};
		case 'local-self-sufficiency':
			return {
				...none,
				imports: 2,
				shortfall: 1,
				tonneKm: 0.0001,
				top: s.lifelineCoverage,
				bands: s.shortfallPenalty
			};
		case 'balanced':
			return {
				...none,
				shortfall: 1,
				minCoverage: 0.5,
				tonneKm: 0.05,
				energy: 0.05,
				reserveMean: 0.1,
				bands: 1
			};
	}
}

/** Reserve bands in days of need and the reward per person-day held in each: diminishing returns. */
const RESERVE_BANDS: readonly { readonly upToDays: number; readonly reward: number }[] = [
	{ upToDays: 7, reward: 1 },
	{ upToDays: 30, reward: 0.5 },
	{ upToDays: 90, reward: 0.25 },
	{ upToDays: Infinity, reward: 0.125 }
];

const group = <T>(items: readonly T[], key: (t: T) => string) => {
	const map = new Map<string, T[]>();
	for (const item of items) {
		const k = key(item);
		const list = map.get(k);
		if (list) list.push(item);
		else map.set(k, [item]);
	}
	return map;
};

const deliveredTerms = (c: CellIndex, times = 1): Term[] => [
	[c.delivered, times],
	...c.substitutes.map((s) => [s.column, times] as const)
];

/** Adds the policy's objective and rows; returns the minimum-coverage column if it has one. */
export function addPolicy(
	b: LpBuilder,
	m: PhysicalModel,
	input: PlanningInput,
	policy: PolicyId,
	settings: ModelSettings
): { minCoverageColumn: number | null; triggers: TriggerIndex[] } {
	const w = weights(policy, settings);
	const D = input.periodDays;
	const resources = new Map(input.resources.map((r) => [r.id, r]));
	const totalPersonDays = m.cells.reduce((s, c) => s + c.need * c.personDaysPerUnit, 0) || 1;
	const tonnes = m.cells
		.filter((c) => c.kind === 'flow')
		.reduce(
			(s, c) => s + (c.need * m.scale[c.resource]! * (resources.get(c.resource)?.massKgPerUnit ?? 0)) / 1000,
			0
		);
	const meanKm = input.arcs.length ? input.arcs.reduce((s, a) => s + a.lengthKm, 0) / input.arcs.length : 1;
	const tkmRef = tonnes * meanKm || 1;
	const energyId = input.resources.find((r) => r.unit === 'kWh')?.id;
	const energyRef =
		m.cells.filter((c) => c.resource === energyId).reduce((s, c) => s + c.need * m.scale[c.resource]!, 0) ||
		1;
	const parentScale = (res: string) =>
		input.resources.find((r) => r.substitutes.some((s) => s.by === res))?.id ?? res;

	const personDaysOf = new Map(m.cells.map((c) => [c.resource, c.personDaysPerUnit]));
	for (const c of m.cells) b.addCost(c.shortfall, (w.shortfall * c.personDaysPerUnit) / totalPersonDays);
	for (const x of m.shipments) {
		const personDays = personDaysOf.get(parentScale(x.resource)) ?? 1000;
		b.addCost(
			x.column,
			(w.tonneKm * x.tkmPerUnit) / tkmRef +
				(w.energy * x.kwhPerUnit) / energyRef +
				(w.imports * personDays) / totalPersonDays
		);
	}
	if (w.energy)
		for (const p of m.production)
			if (p.kwhPerUnit) b.addCost(p.column, (w.energy * p.kwhPerUnit) / energyRef);

	// Equity is judged per resource: one lowest-coverage variable per resource across regions and
	// periods, so that a resource nobody can move (housing) does not freeze the others' minimum.
	let minCoverageColumn: number | null = null;
	if (w.minCoverage) {
		const byResource = group(m.cells, (c) => c.resource);
		for (const [resource, cs] of byResource) {
			const column = b.variable(lpName('min_coverage', resource), {
				upper: 1,
				cost: -w.minCoverage / byResource.size
			});
			minCoverageColumn ??= column;
			for (const c of cs) {
				b.constraint(
					lpName('cov', c.region, c.resource, c.period),
					[...deliveredTerms(c), [column, -c.need]],
					{ lower: 0, kind: 'coverage' }
				);
				m.rows.push({ kind: 'coverage', region: c.region, resource: c.resource, period: c.period });
			}
		}
	}
	// Convex, people-weighted shortfall bands over each region's horizon coverage: a person-day
	// unmet costs the same in every region, so a populous region is never the cheapest to abandon.
	const lifelines = new Set(settings.lifelineResources);
	for (const [key, cs] of group(m.cells, (c) => `${c.region}|${c.resource}`)) {
		const [region, resource] = key.split('|') as [string, string];
		const need = cs.reduce((s, c) => s + c.need, 0);
		const perUnit = (w.bands * cs[0]!.personDaysPerUnit) / totalPersonDays;
		const bands = shortfallBands(
			w.top,
			settings.shortfallBreakpoints,
			lifelines.has(resource) ? settings.lifelineCoverage : null,
			settings.lifelineMultiplier
		);
		const gaps = bands.map((band, k) =>
			b.variable(lpName('gap', region, resource, k), {
				upper: (band.from - band.to) * need,
				cost: perUnit * band.multiplier
			})
		);
		b.constraint(
			lpName('floorcov', region, resource),
			[...cs.flatMap((c) => deliveredTerms(c)), ...gaps.map((g) => [g, 1] as const)],
			{ lower: w.top * need, kind: 'gap' }
		);
		m.rows.push({ kind: 'gap', region, resource });
	}

	// End-of-horizon stock, in days of need, never asked above what the region starts with; a day
	// missing costs half a person-day of the first shortfall band.
	const last = m.stocks.filter((s) => s.period === input.periods - 1 && s.capacity > 0);
	const dailyNeedOf = new Map(
		m.cells
			.filter((c) => c.period === 0 && c.kind === 'flow')
			.map((c) => [`${c.region}|${c.resource}`, c.need / D])
	);
	const counted = last.filter((s) => dailyNeedOf.has(`${s.region}|${s.resource}`));
	for (const s of counted) {
		const daily = dailyNeedOf.get(`${s.region}|${s.resource}`)!;
		const target = Math.min(settings.endStockDays * daily, s.initial * s.keep ** input.periods, s.capacity);
		if (!(target > 0)) continue;
		const missing = b.variable(lpName('endgap', s.region, s.resource), {
			upper: target,
			cost: (0.5 * w.bands * 1000) / totalPersonDays
		});
		b.constraint(
			lpName('endstock', s.region, s.resource),
			[
				[s.column, 1],
				[missing, 1]
			],
			{ lower: target, kind: 'reserve' }
		);
		m.rows.push({ kind: 'reserve', region: s.region, resource: s.resource });
	}

	// Reserves rewarded per person-day of need they cover, with diminishing returns (a week's reserve
	// where there is none is worth more than a fourth month where there are three), so the policy
	// does not empty populous regions to pad small ones; and the lowest reserve of each resource.
	if (w.reserveMean || w.reserveMin) {
		const capDays = settings.reserveMonthsCap * 30;
		const dailyPersonDays =
			counted.reduce((t, s) => t + dailyNeedOf.get(`${s.region}|${s.resource}`)! * 1000, 0) || 1;
		const byResource = group(counted, (s) => s.resource);
		for (const [resource, list] of byResource) {
			const low = w.reserveMin
				? b.variable(lpName('reserve_min', resource), {
						upper: capDays,
						cost: -w.reserveMin / capDays / byResource.size
					})
				: null;
			for (const s of list) {
				const daily = dailyNeedOf.get(`${s.region}|${s.resource}`)!;
				let from = 0;
				const held = RESERVE_BANDS.map((band) => {
					const upTo = Math.min(band.upToDays, capDays);
					const column = b.variable(lpName('held', s.region, s.resource, band.upToDays), {
						upper: Math.max(0, upTo - from) * daily,
						cost: (-w.reserveMean * band.reward * 1000) / (dailyPersonDays * capDays)
					});
					from = Math.max(from, upTo);
					return [column, 1] as const;
				});
				b.constraint(lpName('reserve', s.region, s.resource), [...held, [s.column, -1]], {
					upper: 0,
					kind: 'reserve'
				});
				m.rows.push({ kind: 'reserve', region: s.region, resource: s.resource });
				if (low !== null) {
					b.constraint(
						lpName('reservemin', s.region, s.resource),
						[
							[low, daily],
							[s.column, -1]
						],
						{ upper: 0, kind: 'reserve' }
					);
					m.rows.push({ kind: 'reserve', region: s.region, resource: s.resource });
				}
			}
		}
	}
	for (const reason of settings.rework) {
		if (reason.kind !== 'priority') continue;
		for (const c of m.cells.filter((c) => c.region === reason.region)) {
			b.constraint(lpName('prio', c.region, c.resource, c.period), deliveredTerms(c), {
				lower: reason.minCoverage * c.need,
				kind: 'priority',
				relaxable: true
			});
			m.rows.push({ kind: 'priority', region: c.region, resource: c.resource, period: c.period });
		}
	}
	// A unit below the survival trigger costs what a person-day below the lifeline does at the policy's
	// dearest weight: rationing one good is always cheaper than the protocol's cut of every good.
	const dearest = Math.max(w.bands, w.shortfall, w.minCoverage) * settings.lifelineMultiplier;
	const triggers = addSurvivalTrigger(b, m, input, settings, (dearest * 1000) / totalPersonDays);
	return { minCoverageColumn, triggers };
}
