import type { AllocationModel } from '../model/modelIndex.js';
import { num, pct, type Bilingual } from './format.js';

/**
 * The line that tells a panel the world will cut quotas under this plan: in how many regions and
 * weeks, for how many people, and the need whose coverage sets it off. Null when the world is not
 * expected to enter survival mode.
 */
export function survivalNote(m: AllocationModel): Bilingual | null {
	const { causes, quotaFactor } = m.survival;
	const rule = m.settings.survival;
	if (!causes.length || !rule) return null;
	const regions = new Set(causes.map((c) => c.region));
	const periods = new Set(causes.map((c) => c.period));
	const people = m.input.regions.filter((r) => regions.has(r.id)).reduce((t, r) => t + r.population, 0);
	const cut = pct(quotaFactor, 'en');
	const own = causes.filter((c) => c.resource !== null);
	const where = {
		en: `${regions.size} of ${m.input.regions.length} regions (${num(people, 'en')} people) in ${periods.size} of ${m.input.periods} periods`,
		ru:
			`${regions.size} из ${m.input.regions.length} ` +
			`регионов (${num(people, 'ru')} чел.) в ` +
			`${periods.size} из ${m.input.periods} периодов`
	};
	const shown = {
		en: 'The coverage shown is what people get after the cut; the quotas in the plan are before it.',
		ru: 'Показано обеспечение после сокращения; квоты в плане — до него.'
	};
	// A survival mode already declared (the threat levels when the plan starts): no need of the plan sets it off.
	const inForceOnly = causes.every(
		(c) => c.resource === null && c.period === 0 && rule.inForce?.includes(c.region)
	);
	if (own.length === 0 && inForceOnly) {
		const inForce = {
			en: `Survival mode is in force in ${where.en} when the plan starts`,
			ru: `Действует режим выживания: ${where.ru} на начало плана`
		};
		const cuts = {
			en: `the world cuts every daily quota to ${cut} and closes rare goods`,
			ru: `суточные квоты сокращаются до ${pct(quotaFactor, 'ru')}, редкие блага закрыты`
		};
		return { en: `${inForce.en}: ${cuts.en}. ${shown.en}`, ru: `${inForce.ru}. Все ${cuts.ru}. ${shown.ru}` };
	}
	// No region's own cause: the federation's stock of a basic good falls under its stock-days trigger.
	const expected = {
		en: `Survival mode is expected in ${where.en}`,
		ru: `Ожидается режим выживания: ${where.ru}`
	};
	const cutAll = {
		en: `so the world cuts every daily quota to ${cut}`,
		ru: `поэтому все суточные квоты сокращаются до ${pct(quotaFactor, 'ru')}`
	};
	if (!own.length) {
		const days = rule.federationStockDaysBelow;
		const federation = {
			en: `the federation's stock of a basic good lasts under ${days} days at its deficit even with rationing`,
			ru:
				`Запаса одного из базовых благ в федерации даже ` +
				`при нормировании хватает менее чем на ${days} ` +
				`дн. дефицита`
		};
		return {
			en: `${expected.en}: ${federation.en}, ${cutAll.en}. ${shown.en}`,
			ru: `${expected.ru}. ${federation.ru}, ${cutAll.ru}. ${shown.ru}`
		};
	}
	const worst = own.reduce((a, c) => (c.coverage < a.coverage ? c : a));
	const region = m.input.regions.find((r) => r.id === worst.region)!.name;
	const resource = m.input.resources.find((r) => r.id === worst.resource)!.name;
	const lifeline = pct(rule.lifeline, 'en');
	const below = {
		en: `${resource.en.toLowerCase()} in ${region.en} at ${pct(worst.coverage, 'en')} of the norm leaves people below the lifeline (${lifeline})`,
		ru:
			`${resource.ru} в регионе ${region.ru} — ` +
			`${pct(worst.coverage, 'ru')} нормы, ниже ` +
			`жизненного минимума ` +
			`(${pct(rule.lifeline, 'ru')})`
	};
	return {
		en: `${expected.en}: ${below.en}, ${cutAll.en}. ${shown.en}`,
		ru: `${expected.ru}. ${below.ru}, ${cutAll.ru}. ${shown.ru}`
	};
}
