import { lpName, type LpBuilder, type Term } from '../lp/lpBuilder.js';
import type { CellIndex } from './modelIndex.js';
import type { PhysicalModel } from './addPhysicalModel.js';
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
	/** Soft coverage floor per region and resource over the horizon, or null. */
	readonly floor: number | null;
}

/**
 * Each policy is one objective over the same physical model, every term normalised to about 0..1
 * (shortfall as a share of all need, t·km against moving all need over the mean arc, energy against
 * the energy norm, reserves against the cap), with the policy's primary aim weighted 100× above its
 * tie-breakers; soft floors cost `floorPenalty` per unit of coverage missing.
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
		floor: null
	};
	switch (policy) {
		case 'equity-first':
			return { ...none, minCoverage: 1, shortfall: 0.01, tonneKm: 0.0001 };
		case 'least-transport':
			return { ...none, tonneKm: 1, energy: 1, shortfall: 0.001, floor: s.coverageFloor };
		case 'most-resilient':
			return { ...none, reserveMean: 0.5, reserveMin: 0.5, shortfall: 0.01, floor: s.resilientCoverageFloor };
		case 'local-self-sufficiency':
			return { ...none, imports: 2, shortfall: 1, tonneKm: 0.0001, floor: s.lifelineCoverage };
		case 'balanced':
			return { ...none, shortfall: 1, minCoverage: 0.5, tonneKm: 0.05, energy: 0.05, reserveMean: 0.1 };
	}
}

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
): { minCoverageColumn: number | null } {
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
	if (w.floor !== null) {
		for (const [key, cs] of group(m.cells, (c) => `${c.region}|${c.resource}`)) {
			const [region, resource] = key.split('|') as [string, string];
			const need = cs.reduce((s, c) => s + c.need, 0);
			const gap = b.variable(lpName('gap', region, resource), {
				upper: w.floor,
				cost: settings.floorPenalty
			});
			b.constraint(
				lpName('floorcov', region, resource),
				[...cs.flatMap((c) => deliveredTerms(c)), [gap, need]],
				{ lower: w.floor * need, kind: 'gap' }
			);
			m.rows.push({ kind: 'gap', region, resource });
		}
	}
	if (w.reserveMean || w.reserveMin) {
		const last = m.stocks.filter((s) => s.period === input.periods - 1 && s.capacity > 0);
		const firstCell = new Map(
			m.cells.filter((c) => c.period === 0 && c.kind === 'flow').map((c) => [`${c.region}|${c.resource}`, c])
		);
		const counted = last.filter((s) => firstCell.has(`${s.region}|${s.resource}`));
		const cap = settings.reserveMonthsCap;
		const low = w.reserveMin ? b.variable('reserve_min', { upper: cap, cost: -w.reserveMin / cap }) : null;
		for (const s of counted) {
			const monthly = (firstCell.get(`${s.region}|${s.resource}`)!.need / D) * 30;
			const y = b.variable(lpName('months', s.region, s.resource), {
				upper: cap,
				cost: -w.reserveMean / cap / counted.length
			});
			b.constraint(
				lpName('reserve', s.region, s.resource),
				[
					[y, monthly],
					[s.column, -1]
				],
				{ upper: 0, kind: 'reserve' }
			);
			m.rows.push({ kind: 'reserve', region: s.region, resource: s.resource });
			if (low !== null) {
				b.constraint(
					lpName('reservemin', s.region, s.resource),
					[
						[low, 1],
						[y, -1]
					],
					{ upper: 0, kind: 'reserve' }
				);
				m.rows.push({ kind: 'reserve', region: s.region, resource: s.resource });
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
	return { minCoverageColumn };
}
