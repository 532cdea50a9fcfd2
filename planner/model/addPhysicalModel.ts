import { lpName, type LpBuilder, type Term } from '../lp/lpBuilder.js';
import type { CellIndex, ProductionIndex, RowMeta, ShipmentIndex, StockIndex } from './modelIndex.js';
import { modelScale } from './modelScale.js';
import type { ModelSettings, PlanningInput, PlanningResource } from './types.js';

/** The physical part every policy shares: stocks, production, transport, distribution, substitution. */
export interface PhysicalModel {
	readonly scale: Record<string, number>;
	readonly cells: CellIndex[];
	readonly stocks: StockIndex[];
	readonly production: ProductionIndex[];
	readonly shipments: ShipmentIndex[];
	readonly rows: RowMeta[];
}

const servedKind = (r: PlanningResource | undefined) =>
	r?.tier === 'basic' && r.norm && r.norm.perPerson > 0 ? r.norm.kind : null;

/**
 * Adds, for each period t of the horizon, the stock balance of every region and resource:
 *   s[t] = keep·s[t−1] + production + arrivals·(1−loss) − departures − deliveries − substitutes drawn
 *          − production inputs − transport energy,
 * with keep = (1 − storage loss per day)^days. A shipment leaving in t with lead time ℓ days
 * arrives, departures spread evenly over the period, a share (1 − f) in t + ⌊ℓ/D⌋ and f in the
 * period after, f = (ℓ mod D)/D; what would arrive after the horizon is not counted.
 * Tier-1 needs are met by deliveries, substitutes (at most their share, e.g. 20% of wheat by
 * quinoa) and shortfall variables (the soft targets). Reserve floors are relaxable rows.
 */
export function addPhysicalModel(b: LpBuilder, input: PlanningInput, settings: ModelSettings): PhysicalModel {
	const D = input.periodDays;
	const T = input.periods;
	const scale = modelScale(input.resources);
	const resource = new Map(input.resources.map((r) => [r.id, r]));
	const energy = input.resources.find((r) => r.unit === 'kWh')?.id ?? null;
	const norms = new Map(input.resources.map((r) => [r.id, r.norm?.perPerson ?? 0]));
	for (const reason of settings.rework)
		if (reason.kind === 'norm') norms.set(reason.resource, reason.perPersonPerDay);
	const avoided = new Set(settings.rework.flatMap((r) => (r.kind === 'avoid-arc' ? [r.arc] : [])));
	const stockOf = new Map(input.stocks.map((s) => [`${s.region}|${s.resource}`, s.amount]));
	const cells: CellIndex[] = [];
	const stocks: StockIndex[] = [];
	const production: ProductionIndex[] = [];
	const shipments: ShipmentIndex[] = [];
	const rows: RowMeta[] = [];
	const balance = new Map<string, Term[]>();
	const terms = (region: string, res: string, t: number) => {
		const key = `${region}|${res}|${t}`;
		let list = balance.get(key);
		if (!list) balance.set(key, (list = []));
		return list;
	};
	const factor = (region: string, res: string, t: number, field: 'demandFactor' | 'productionFactor') =>
		input.forecasts
			.filter((f) => f.region === region && f.resource === res && (f.period === undefined || f.period === t))
			.reduce((p, f) => p * (f[field] ?? 1), 1);

	/** A region's need of a served resource over period t (model units; standing norms: per person, once). */
	/** A region's people weighted by the norm of a served resource (extras for physical work and children). */
	const normPeople = (
		region: PlanningInput['regions'][number],
		res: PlanningResource,
		kind: 'flow' | 'stock'
	) =>
		region.population * norms.get(res.id)! +
		region.physicalWorkers * (kind === 'flow' ? res.norm!.physicalLabourExtra : 0) +
		region.children * res.norm!.perChildExtra;
	const needOf = (region: PlanningInput['regions'][number], res: PlanningResource, t: number) => {
		const kind = servedKind(res);
		if (!kind) return 0;
		const people = normPeople(region, res, kind);
		return (
			(people * (kind === 'flow' ? D : 1) * factor(region.id, res.id, t, 'demandFactor')) / scale[res.id]!
		);
	};

	// Production, with its inputs drawn from the same region's stocks. Where the plan's targets are not
	// executed (`sitesProduceToNeed`), the sites make at least the region's need within capacity, as
	// the world's sites do, and draw the inputs for it.
	for (const region of input.regions) {
		const perResource = new Map<string, number>();
		for (const p of region.production)
			perResource.set(p.resource, (perResource.get(p.resource) ?? 0) + (p.capacityPerDay[0] ?? 0));
		for (const p of region.production) {
			for (let t = 0; t < T; t++) {
				const upper =
					((p.capacityPerDay[t] ?? 0) * D * factor(region.id, p.resource, t, 'productionFactor')) /
					scale[p.resource]!;
				const res = resource.get(p.resource);
				// The region's need, shared among its sites of the resource by their capacity.
				const share = (p.capacityPerDay[0] ?? 0) / (perResource.get(p.resource) || 1);
				const lower =
					settings.sitesProduceToNeed &&
					!settings.sitesOnTheirOwn?.includes(region.id) &&
					res &&
					servedKind(res) === 'flow'
						? Math.min(upper, needOf(region, res, t) * share)
						: 0;
				const column = b.variable(lpName('p', region.id, p.resource, t), { lower, upper });
				terms(region.id, p.resource, t).push([column, -1]);
				let kwhPerUnit = 0;
				for (const inp of p.inputs) {
					terms(region.id, inp.resource, t).push([
						column,
						(inp.perUnit * scale[p.resource]!) / scale[inp.resource]!
					]);
					if (inp.resource === energy) kwhPerUnit += inp.perUnit * scale[p.resource]!;
				}
				production.push({ region: region.id, resource: p.resource, period: t, column, upper, kwhPerUnit });
			}
		}
	}

	// Transfers on arcs, with capacity as the column's bound, lead time and loss on arrival.
	input.arcs.forEach((arc, a) => {
		const lag = Math.floor(arc.leadTimeDays / D);
		const late = (arc.leadTimeDays - lag * D) / D;
		for (const c of arc.carries) {
			if (!resource.has(c.resource)) continue;
			const mass = resource.get(c.resource)!.massKgPerUnit;
			for (let t = 0; t < T; t++) {
				const upper = avoided.has(arc.id) ? 0 : (c.capacityPerDay * D) / scale[c.resource]!;
				const column = b.variable(lpName('x', `a${a}`, c.resource, t), { upper });
				terms(arc.from, c.resource, t).push([column, 1]);
				if (energy && c.energyKWhPerUnit > 0)
					terms(arc.from, energy, t).push([
						column,
						(c.energyKWhPerUnit * scale[c.resource]!) / scale[energy]!
					]);
				if (t + lag < T && late < 1)
					terms(arc.to, c.resource, t + lag).push([column, -(1 - arc.lossRate) * (1 - late)]);
				if (t + lag + 1 < T && late > 0)
					terms(arc.to, c.resource, t + lag + 1).push([column, -(1 - arc.lossRate) * late]);
				const tkmPerUnit = (mass * scale[c.resource]! * arc.lengthKm) / 1000;
				shipments.push({
					arc: arc.id,
					from: arc.from,
					to: arc.to,
					resource: c.resource,
					period: t,
					column,
					upper,
					tkmPerUnit,
					kwhPerUnit: c.energyKWhPerUnit * scale[c.resource]!,
					lossRate: arc.lossRate
				});
			}
		}
	});

	// Deliveries against needs, with substitutes and shortfall.
	for (const region of input.regions) {
		for (const res of input.resources) {
			const kind = servedKind(res);
			if (!kind) continue;
			for (let t = 0; t < T; t++) {
				const need = needOf(region, res, t);
				if (!(need > 0)) continue;
				const delivered = b.variable(lpName('d', region.id, res.id, t), { upper: need });
				const shortfall = b.variable(lpName('sh', region.id, res.id, t), { upper: need });
				if (kind === 'flow') terms(region.id, res.id, t).push([delivered, 1]);
				const substitutes = res.substitutes
					.filter((s) => resource.has(s.by))
					.map((s) => {
						const perUnit = s.perUnit ?? 1;
						const column = b.variable(lpName('u', region.id, res.id, s.by, t), { upper: need * s.maxShare });
						terms(region.id, s.by, t).push([column, scale[res.id]! / (perUnit * scale[s.by]!)]);
						// u ≤ share·(d + u): the substitute is at most its share of what is delivered.
						if (s.maxShare < 1) {
							b.constraint(
								lpName('sub', region.id, res.id, s.by, t),
								[
									[column, 1 - s.maxShare],
									[delivered, -s.maxShare]
								],
								{ upper: 0, kind: 'substitution' }
							);
							rows.push({ kind: 'substitution', region: region.id, resource: res.id, period: t });
						}
						return { by: s.by, column, perUnit };
					});
				const nutrients = kind === 'flow' ? (res.nutrients ?? []) : [];
				// With further nutrients the need row's own shortfall is what energy misses, and the cell's
				// shortfall (the one paid for) is at least that and at least what each nutrient misses.
				const missed =
					nutrients.length > 0 ? b.variable(lpName('she', region.id, res.id, t), { upper: need }) : shortfall;
				b.constraint(
					lpName('need', region.id, res.id, t),
					[[delivered, 1], [missed, 1], ...substitutes.map((s) => [s.column, 1] as const)],
					{ lower: need, upper: need, kind: 'need' }
				);
				rows.push({ kind: 'need', region: region.id, resource: res.id, period: t });
				if (nutrients.length > 0) {
					b.constraint(
						lpName('scarcer', region.id, res.id, t),
						[
							[shortfall, 1],
							[missed, -1]
						],
						{ lower: 0, kind: 'nutrient' }
					);
					rows.push({ kind: 'nutrient', region: region.id, resource: res.id, period: t });
				}
				// Each further nutrient (protein): what the delivery and its substitutes carry, plus the shortfall
				// at ρ, covers the nutrient's need. All in units of this resource's need: ρ is the nutrient's need
				// per unit of it.
				const carries = new Map(res.substitutes.map((s) => [s.by, s.nutrients]));
				for (const n of nutrients) {
					const rho = (region.population * n.perPersonPerDay) / normPeople(region, res, kind);
					b.constraint(
						lpName('nut', region.id, res.id, n.id, t),
						[
							[delivered, n.perUnit],
							[shortfall, rho],
							...substitutes.map((s) => [s.column, (carries.get(s.by)?.[n.id] ?? 0) / s.perUnit] as const)
						],
						{ lower: rho * need, kind: 'nutrient' }
					);
					rows.push({ kind: 'nutrient', region: region.id, resource: res.id, period: t });
				}
				cells.push({
					region: region.id,
					resource: res.id,
					period: t,
					need,
					kind,
					delivered,
					shortfall,
					intakeShortfall: missed,
					substitutes,
					personDaysPerUnit: kind === 'flow' ? 1000 : 1000 * D
				});
			}
		}
	}

	// Stocks, balances and reserve floors.
	const cellAt = new Map(cells.map((c) => [`${c.region}|${c.resource}|${c.period}`, c]));
	const floorDays = new Map<string, number>();
	for (const reason of settings.rework)
		if (reason.kind === 'floor') floorDays.set(`${reason.region ?? '*'}|${reason.resource}`, reason.days);
	for (const region of input.regions) {
		const capacityOf = new Map(region.storage.map((s) => [s.resource, s.capacity]));
		for (const res of input.resources) {
			const keys = Array.from({ length: T }, (_, t) => `${region.id}|${res.id}|${t}`);
			const initial = (stockOf.get(`${region.id}|${res.id}`) ?? 0) / scale[res.id]!;
			if (!keys.some((k) => balance.has(k)) && initial === 0 && !capacityOf.has(res.id)) continue;
			const keep = (1 - res.storageLossPerDay) ** D;
			const capacity = Math.max((capacityOf.get(res.id) ?? 0) / scale[res.id]!, initial * keep);
			const first = cellAt.get(`${region.id}|${res.id}|0`);
			const dailyNeed = first?.kind === 'flow' ? first.need / D : 0;
			const asked = floorDays.get(`${region.id}|${res.id}`) ?? floorDays.get(`*|${res.id}`);
			// A default floor never holds back more than a share of what the stock can still hold at the
			// horizon's end, so a region short of stock may still draw on it; a floor asked for in rework
			// is kept as asked, and the elastic relaxation explains it if it cannot be met.
			const floor =
				asked !== undefined
					? asked * dailyNeed
					: Math.min(
							settings.reserveFloorDays * dailyNeed,
							settings.reserveFloorMaxShare * initial * keep ** T,
							capacity
						);
			let previous = -1;
			for (let t = 0; t < T; t++) {
				const column = b.variable(lpName('s', region.id, res.id, t), { upper: capacity });
				const row = [
					[column, 1] as const,
					...(previous >= 0 ? [[previous, -keep] as const] : []),
					...terms(region.id, res.id, t)
				];
				const rhs = t === 0 ? initial * keep : 0;
				b.constraint(lpName('bal', region.id, res.id, t), row, { lower: rhs, upper: rhs, kind: 'balance' });
				rows.push({ kind: 'balance', region: region.id, resource: res.id, period: t });
				let floorRow: number | null = null;
				if (floor > 0) {
					floorRow = b.constraint(lpName('floor', region.id, res.id, t), [[column, 1]], {
						lower: floor,
						kind: 'floor',
						relaxable: true
					});
					rows.push({ kind: 'floor', region: region.id, resource: res.id, period: t });
				}
				const cell = cellAt.get(`${region.id}|${res.id}|${t}`);
				const standing = cell?.kind === 'stock' ? cell : undefined;
				if (standing) {
					b.constraint(
						lpName('occ', region.id, res.id, t),
						[
							[standing.delivered, 1],
							[column, -1]
						],
						{ upper: 0, kind: 'occupancy' }
					);
					rows.push({ kind: 'occupancy', region: region.id, resource: res.id, period: t });
				}
				stocks.push({
					region: region.id,
					resource: res.id,
					period: t,
					column,
					capacity,
					floor,
					floorRow,
					initial,
					keep
				});
				previous = column;
			}
		}
	}
	return { scale, cells, stocks, production, shipments, rows };
}
