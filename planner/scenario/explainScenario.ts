import type { CoverageEntry } from '../../data/plan/types.js';
import type { AllocationModel } from '../model/modelIndex.js';
import { AT_BOUND, capacityClaim, worstEntries, type ExplainedSolution } from './capacityClaim.js';
import { num, pct, type Bilingual } from './format.js';
import type { MeasuredClaims } from './verifyClaims.js';

/** A re-solved gain below this (0.05 points) means the arc is not what holds the region back. */
const NO_EFFECT = 0.0005;

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

/** What 10% more capacity on a full link did to the region it feeds, re-solved. */
function risesBy(effect: { readonly coverageGain: number; readonly personDaysAvoided: number }): Bilingual {
	const gain = (lang: 'en' | 'ru') => num(effect.coverageGain * 100, lang, 1);
	const avoided = (lang: 'en' | 'ru') => num(effect.personDaysAvoided, lang);
	return {
		en: `its coverage rises by ${gain('en')} points (${avoided('en')} person-days less shortfall in all)`,
		ru: `поднимает обеспечение на ${gain('ru')} п.п. (дефицит меньше на ${avoided('ru')} чел.-дней в целом)`
	};
}

const modeName: Record<string, Bilingual> = {
	road: { en: 'road', ru: 'автодорога' },
	rail: { en: 'railway', ru: 'железная дорога' },
	pipeline: { en: 'pipeline', ru: 'трубопровод' },
	grid: { en: 'power line', ru: 'линия электропередачи' },
	sea: { en: 'sea route', ru: 'морской путь' }
};

/**
 * Explains the lowest coverages from what binds, in this order: the policy's own floor (the
 * coverage sits at it: the policy chose it), a transport arc at capacity whose 10% widening was
 * re-solved and measured (`verifyClaims`; an arc whose widening changes nothing is not named), a
 * reserve floor that holds stock back (non-zero row dual), no link at all, or the policy's choice.
 * `measured` is null when the model was too large to re-solve: arcs are then named from the duals
 * alone, and the text says the effect was not measured.
 * (Reading duals as marginal values: Dantzig, Linear Programming and Extensions, 1963, ch. 12.)
 */
export function explainScenario(
	m: AllocationModel,
	solution: ExplainedSolution,
	coverage: readonly CoverageEntry[],
	measured: MeasuredClaims | null
): Bilingual[] {
	const { input } = m;
	const region = new Map(input.regions.map((r) => [r.id, r]));
	const resource = new Map(input.resources.map((r) => [r.id, r]));
	const arcs = new Map(input.arcs.map((a) => [a.id, a]));
	const x = solution.x;
	const out: Bilingual[] = [];
	for (const c of worstEntries(coverage)) {
		const r = region.get(c.region)!;
		const res = resource.get(c.resource)!;
		const lead = {
			en: `${r.name.en} receives ${pct(c.coverage, 'en')} of its ${res.name.en.toLowerCase()} norm`,
			ru: `${r.name.ru} получает ${pct(c.coverage, 'ru')} нормы: ${res.name.ru.toLowerCase()}`
		};
		const related = new Set([c.resource, ...res.substitutes.map((s) => s.by)]);
		const floor = policyFloor(m);
		if (floor !== null && Math.abs(c.coverage - floor.share) <= 0.005) {
			out.push({
				en: `${lead.en}: this policy accepts coverage down to ${pct(floor.share, 'en')} ${floor.why.en}.`,
				ru: `${lead.ru}: эта политика допускает обеспечение до ${pct(floor.share, 'ru')} ${floor.why.ru}.`
			});
			continue;
		}
		const claim = capacityClaim(m, solution, c);
		const effect = measured?.get(`${c.region}|${c.resource}`);
		if (claim && (measured === null || (effect && effect.coverageGain >= NO_EFFECT))) {
			const arc = arcs.get(claim.arc)!;
			const from = region.get(arc.from)!;
			const perDay = arc.carries.find((k) => k.resource === claim.resource)?.capacityPerDay ?? 0;
			const mode = modeName[arc.mode] ?? { en: arc.mode, ru: arc.mode };
			const unit = res.unit;
			const [full, periods] = [claim.periods.length, input.periods];
			const capacity = { en: `${num(perDay, 'en')} ${unit}/day`, ru: `${num(perDay, 'ru')} ${unit}/сут.` };
			const why = {
				en: `${lead.en} because the ${mode.en} from ${from.name.en} is at capacity (${capacity.en}) in ${full} of ${periods} periods`,
				ru:
					`${lead.ru}, потому что ${mode.ru} из региона ` +
					`«${from.name.ru}» загружен(а) полностью ` +
					`(${capacity.ru}) в ${full} из ${periods} ` +
					`периодов`
			};
			const rises = effect && risesBy(effect);
			out.push(
				rises
					? {
							en: `${why.en}; re-solved with 10% more capacity there, ${rises.en}.`,
							ru: `${why.ru}; пересчёт с пропускной способностью на 10% больше ${rises.ru}.`
						}
					: {
							en: `${why.en} (the effect of more capacity was not re-solved: the model is too large).`,
							ru:
								`${why.ru} (эффект увеличения пропускной ` +
								`способности не пересчитан: модель слишком ` +
								`велика).`
						}
			);
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
			const atFloor = {
				en: `its own stock is down to the reserve floor (${num(floor, 'en')} ${res.unit})`,
				ru: `собственный запас снижен до резервного минимума (${num(floor, 'ru')} ${res.unit})`
			};
			out.push({
				en: `${lead.en} because ${atFloor.en}, which the plan does not touch; lowering the floor would release it.`,
				ru:
					`${lead.ru}, потому что ${atFloor.ru}, который ` +
					`план не трогает; снижение минимума высвободило ` +
					`бы его.`
			});
			continue;
		}
		const incoming = m.shipments.filter((s) => s.to === c.region && related.has(s.resource) && s.upper > 0);
		const local = m.production.filter((p) => p.region === c.region && related.has(p.resource));
		if (
			incoming.length === 0 &&
			local.every((p) => p.upper <= 0 || x[p.column]! >= p.upper * (1 - AT_BOUND))
		) {
			const atCapacity = {
				en: local.length ? ' and local production is at capacity' : '',
				ru: local.length ? ', а местное производство работает на пределе' : ''
			};
			out.push({
				en: `${lead.en}: no transport link brings it in${atCapacity.en}, so only the region's own stock is available.`,
				ru:
					`${lead.ru}: ни один транспортный путь его не ` +
					`доставляет${atCapacity.ru}, поэтому доступен ` +
					`только собственный запас региона.`
			});
			continue;
		}
		out.push({
			en: `${lead.en}: the stock and transport that could reach it are used where this policy values them more.`,
			ru:
				`${lead.ru}: запасы и перевозки, которые могли ` +
				`бы его достичь, по этой политике нужнее в ` +
				`другом месте.`
		});
	}
	// The link with the largest reduced cost, said only with its re-solved effect on people.
	const best = measured?.get('best');
	if (best) {
		const arc = arcs.get(best.arc)!;
		const [a, b] = [region.get(arc.from)!, region.get(arc.to)!];
		const mode = modeName[arc.mode] ?? { en: arc.mode, ru: arc.mode };
		const name = resource.get(best.resource)!.name;
		const extra = {
			en: `extra capacity for ${name.en.toLowerCase()} on the ${mode.en} ${a.name.en} → ${b.name.en}`,
			ru:
				`дополнительная пропускная способность ` +
				`(${name.ru.toLowerCase()}) на участке ` +
				`${a.name.ru} → ${b.name.ru} (${mode.ru})`
		};
		const link = {
			en: `Of all transport links, ${extra.en} is worth most to this policy`,
			ru: `Из всех транспортных путей для этой политики ценнее всего ${extra.ru}`
		};
		const days = Math.round(Math.abs(best.personDaysAvoided));
		const gain = { en: num(best.meanGain * 100, 'en', 2), ru: num(best.meanGain * 100, 'ru', 2) };
		const worse = {
			en: days >= 1 ? `leaves ${num(days, 'en')} person-days more shortfall` : 'changes no one’s coverage',
			ru: days >= 1 ? `увеличивает дефицит на ${num(days, 'ru')} чел.-дней` : 'ничьего обеспечения не меняет'
		};
		out.push(
			best.personDaysAvoided >= 1
				? {
						en: `${link.en}; re-solved with 10% more, it avoids ${num(days, 'en')} person-days of shortfall (mean coverage +${gain.en} points).`,
						ru:
							`${link.ru}; пересчёт с +10% сокращает дефицит ` +
							`на ${num(days, 'ru')} чел.-дней (среднее ` +
							`обеспечение +${gain.ru} п.п.).`
					}
				: {
						en: `${link.en}; re-solved with 10% more, it ${worse.en}: the policy spends it on its own aim.`,
						ru: `${link.ru}; пересчёт с +10% ${worse.ru}: политика тратит её на собственную цель.`
					}
		);
	}
	return out;
}
