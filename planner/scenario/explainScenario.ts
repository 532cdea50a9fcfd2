import type { CoverageEntry } from '../../data/plan/types.js';
import type { AllocationModel } from '../model/modelIndex.js';
import { num, pct, type Bilingual } from './format.js';

/** How many of the worst-covered region × resource pairs (one per resource) get an explanation. */
export const EXPLAINED = 3;

const AT_BOUND = 1e-6;

/** The soft coverage floor a policy trades against its aim, and why, or null. */
function policyFloor(m: AllocationModel): { share: number; why: Bilingual } | null {
	switch (m.policy) {
		case 'least-transport':
			return {
				share: m.settings.coverageFloor,
				why: { en: 'to save transport and energy', ru: 'ради экономии перевозок и энергии' }
			};
		case 'most-resilient':
			return {
				share: m.settings.resilientCoverageFloor,
				why: { en: 'to keep stock in reserve', ru: 'чтобы сохранить запасы в резерве' }
			};
		case 'local-self-sufficiency':
			return {
				share: m.settings.lifelineCoverage,
				why: { en: 'before it imports from other regions', ru: 'прежде чем ввозить из других регионов' }
			};
		default:
			return null;
	}
}

/** A solution with the duals the explanation reads (reduced costs of columns, duals of rows). */
export interface ExplainedSolution {
	readonly x: ArrayLike<number>;
	readonly colDuals: ArrayLike<number> | null;
	readonly rowDuals: ArrayLike<number> | null;
}

const modeName: Record<string, Bilingual> = {
	road: { en: 'road', ru: 'автодорога' },
	rail: { en: 'railway', ru: 'железная дорога' },
	pipeline: { en: 'pipeline', ru: 'трубопровод' },
	grid: { en: 'power line', ru: 'линия электропередачи' },
	sea: { en: 'sea route', ru: 'морской путь' }
};

/**
 * Explains the lowest coverages from binding constraints and duals: a transport arc into the
 * region at its capacity with a non-zero reduced cost (the optimum would improve with more
 * capacity), local production at capacity, a reserve floor that holds stock back (non-zero row
 * dual), no link at all, or the policy's own choice. For an arc, the effect of 10% more capacity
 * is computed physically: extra arrivals (after loss) ÷ the region's need, capped at the gap.
 * (Reading duals as marginal values: Dantzig, Linear Programming and Extensions, 1963, ch. 12.)
 */
export function explainScenario(
	m: AllocationModel,
	solution: ExplainedSolution,
	coverage: readonly CoverageEntry[]
): Bilingual[] {
	const { input } = m;
	const region = new Map(input.regions.map((r) => [r.id, r]));
	const resource = new Map(input.resources.map((r) => [r.id, r]));
	const arcs = new Map(input.arcs.map((a) => [a.id, a]));
	const x = solution.x;
	// The lowest coverage of each resource, worst first: one resource nobody can move (housing)
	// should not fill every line.
	const seen = new Set<string>();
	const worst = [...coverage]
		.filter((c) => c.coverage < 0.995)
		.sort(
			(a, b) =>
				a.coverage - b.coverage || a.region.localeCompare(b.region) || a.resource.localeCompare(b.resource)
		)
		.filter((c) => !seen.has(c.resource) && Boolean(seen.add(c.resource)))
		.slice(0, EXPLAINED);
	const out: Bilingual[] = [];
	for (const c of worst) {
		const r = region.get(c.region)!;
		const res = resource.get(c.resource)!;
		const lead = {
			en: `${r.name.en} receives ${pct(c.coverage, 'en')} of its ${res.name.en.toLowerCase()} norm`,
			ru: `${r.name.ru} получает ${pct(c.coverage, 'ru')} нормы: ${res.name.ru.toLowerCase()}`
		};
		const need = m.cells
			.filter((k) => k.region === c.region && k.resource === c.resource)
			.reduce((s, k) => s + k.need, 0);
		const related = new Set([c.resource, ...res.substitutes.map((s) => s.by)]);
		const incoming = m.shipments.filter((s) => s.to === c.region && related.has(s.resource) && s.upper > 0);
		const full = incoming.filter(
			(s) =>
				x[s.column]! >= s.upper * (1 - AT_BOUND) &&
				(solution.colDuals === null || Math.abs(solution.colDuals[s.column]!) > 1e-9)
		);
		if (full.length > 0) {
			const byArc = new Map<string, typeof full>();
			for (const s of full) byArc.set(s.arc, [...(byArc.get(s.arc) ?? []), s]);
			const [arcId, periods] = [...byArc].sort(
				(a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0])
			)[0]!;
			const arc = arcs.get(arcId)!;
			const from = region.get(arc.from)!;
			const perDay = arc.carries.find((k) => k.resource === periods[0]!.resource)?.capacityPerDay ?? 0;
			const gain = Math.min(
				1 - c.coverage,
				periods.reduce((s, p) => s + 0.1 * p.upper * (1 - p.lossRate), 0) / need
			);
			const mode = modeName[arc.mode] ?? { en: arc.mode, ru: arc.mode };
			const unit = res.unit;
			out.push({
				en: `${lead.en} because the ${mode.en} from ${from.name.en} is at capacity (${num(perDay, 'en')} ${unit}/day) in ${periods.length} of ${input.periods} periods; 10% more capacity there would raise its coverage by up to ${num(gain * 100, 'en', 1)} points.`,
				ru: `${lead.ru}, потому что ${mode.ru} из региона «${from.name.ru}» загружен(а) полностью (${num(perDay, 'ru')} ${unit}/сут.) в ${periods.length} из ${input.periods} периодов; увеличение пропускной способности на 10% подняло бы обеспечение на ${num(gain * 100, 'ru', 1)} п.п.`
			});
			continue;
		}
		const floor = policyFloor(m);
		if (floor !== null && c.coverage <= floor.share + 0.005) {
			out.push({
				en: `${lead.en}: this policy accepts coverage down to ${pct(floor.share, 'en')} ${floor.why.en}.`,
				ru: `${lead.ru}: эта политика допускает обеспечение до ${pct(floor.share, 'ru')} ${floor.why.ru}.`
			});
			continue;
		}
		const floors = m.stocks.filter(
			(s) =>
				s.region === c.region &&
				related.has(s.resource) &&
				s.floorRow !== null &&
				x[s.column]! <= s.floor * (1 + AT_BOUND) + 1e-9
		);
		const heldBack = floors.filter(
			(s) => solution.rowDuals === null || Math.abs(solution.rowDuals[s.floorRow!]!) > 1e-9
		);
		if (heldBack.length > 0) {
			const floor = heldBack[0]!.floor * m.scale[heldBack[0]!.resource]!;
			out.push({
				en: `${lead.en} because its own stock is down to the reserve floor (${num(floor, 'en')} ${res.unit}), which the plan does not touch; lowering the floor would release it.`,
				ru: `${lead.ru}, потому что собственный запас снижен до резервного минимума (${num(floor, 'ru')} ${res.unit}), который план не трогает; снижение минимума высвободило бы его.`
			});
			continue;
		}
		const local = m.production.filter((p) => p.region === c.region && related.has(p.resource));
		if (
			incoming.length === 0 &&
			local.every((p) => p.upper <= 0 || x[p.column]! >= p.upper * (1 - AT_BOUND))
		) {
			out.push({
				en: `${lead.en}: no transport link brings it in${local.length ? ' and local production is at capacity' : ''}, so only the region's own stock is available.`,
				ru: `${lead.ru}: ни один транспортный путь его не доставляет${local.length ? ', а местное производство работает на пределе' : ''}, поэтому доступен только собственный запас региона.`
			});
			continue;
		}
		out.push({
			en: `${lead.en}: the stock and transport that could reach it are used where this policy values them more.`,
			ru: `${lead.ru}: запасы и перевозки, которые могли бы его достичь, по этой политике нужнее в другом месте.`
		});
	}
	if (solution.colDuals) {
		// The single most valuable extra capacity in the whole network, by reduced cost.
		let best: { column: number; value: number } | null = null;
		for (const s of m.shipments) {
			const value = -solution.colDuals[s.column]!;
			if (
				s.upper > 0 &&
				x[s.column]! >= s.upper * (1 - AT_BOUND) &&
				value > 1e-9 &&
				(!best || value > best.value)
			)
				best = { column: s.column, value };
		}
		const s = best && m.shipments.find((k) => k.column === best.column);
		if (s) {
			const arc = arcs.get(s.arc)!;
			const [a, b] = [region.get(arc.from)!, region.get(arc.to)!];
			const mode = modeName[arc.mode] ?? { en: arc.mode, ru: arc.mode };
			const name = resource.get(s.resource)!.name;
			out.push({
				en: `Of all transport links, extra capacity for ${name.en.toLowerCase()} on the ${mode.en} ${a.name.en} → ${b.name.en} would improve this scenario most (shadow price ${best!.value.toExponential(2)} per ${num(m.scale[s.resource]!, 'en')} ${resource.get(s.resource)!.unit} a period).`,
				ru: `Из всех транспортных путей больше всего этот сценарий улучшила бы дополнительная пропускная способность (${name.ru.toLowerCase()}) на участке ${a.name.ru} → ${b.name.ru} (${mode.ru}; теневая цена ${best!.value.toExponential(2)} на ${num(m.scale[s.resource]!, 'ru')} ${resource.get(s.resource)!.unit} за период).`
			});
		}
	}
	return out;
}
