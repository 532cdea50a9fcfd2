import type { ReserveFigure } from '../../data/plan/types.js';
import type { PlanningInput, PolicyId } from '../model/types.js';
import { num, pct, type Bilingual } from './format.js';
import type { PlanFigures } from './planMetrics.js';
import { policyTexts } from './policyTexts.js';

/**
 * A scenario's first lines for citizens: its aim, lowest and mean coverage, shortfall, transport and end
 * reserves, in both languages. One function, so figures recomputed after the solve (a manual region's
 * council distribution) are told the same way.
 */
export function scenarioSummary(
	figures: PlanFigures,
	input: PlanningInput,
	policy: PolicyId,
	reserves: readonly ReserveFigure[]
): Bilingual {
	const texts = policyTexts[policy];
	const worst = [...figures.coverage].sort((a, b) => a.coverage - b.coverage)[0];
	const names = {
		region: input.regions.find((r) => r.id === worst?.region)?.name,
		resource: input.resources.find((r) => r.id === worst?.resource)?.name
	};
	const reserveText = (lang: 'ru' | 'en') =>
		reserves
			.map((r) => {
				const name = input.resources.find((k) => k.id === r.resource)?.name[lang] ?? r.resource;
				return `${name.toLowerCase()} ${num(r.minDays, lang, 1)} / ${num(r.meanDays, lang, 1)}`;
			})
			.join(', ') || (lang === 'en' ? 'none stored' : 'нет хранения');
	const where = {
		en: worst ? ` (${names.resource?.en.toLowerCase()} in ${names.region?.en})` : '',
		ru: worst ? ` (${names.resource?.ru.toLowerCase()}, ${names.region?.ru})` : ''
	};
	const figuresEn = [
		`Lowest coverage of a basic norm: ${pct(figures.minCoverage, 'en')}${where.en}`,
		`on average ${pct(figures.meanCoverage, 'en')} of needs are met`,
		`shortfall ${num(figures.shortfallPersonDays, 'en')} person-days`,
		`transport ${num(figures.transportTonneKm, 'en')} t·km`,
		`reserves at the end in days of need (lowest region / average person): ${reserveText('en')}`
	];
	const figuresRu = [
		`Минимальное обеспечение базовой нормы: ${pct(figures.minCoverage, 'ru')}${where.ru}`,
		`в среднем покрыто ${pct(figures.meanCoverage, 'ru')} потребностей`,
		`дефицит ${num(figures.shortfallPersonDays, 'ru')} чел.-дней`,
		`перевозки ${num(figures.transportTonneKm, 'ru')} т·км`,
		`резервы в конце, дней потребности (худший регион / в среднем на человека): ${reserveText('ru')}`
	];
	return {
		en: `This scenario ${texts.aim.en}. ${figuresEn.join('; ')}.`,
		ru: `Этот сценарий ${texts.aim.ru}. ${figuresRu.join('; ')}.`
	};
}
