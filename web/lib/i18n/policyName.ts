import type { Locale } from './types.js';

/** The planner's policies (planner/model PolicyId) and the round cases' as a reader names them; an unknown policy is shown by its id. */
const names: Readonly<Record<string, Readonly<Record<Locale, string>>>> = {
	'equity-first': { ru: 'Сначала справедливость', en: 'Equity first' },
	'least-transport': { ru: 'Меньше перевозок', en: 'Least transport' },
	'most-resilient': { ru: 'Наибольшая устойчивость', en: 'Most resilient' },
	'local-self-sufficiency': { ru: 'Местная самодостаточность', en: 'Local self-sufficiency' },
	balanced: { ru: 'Сбалансированная', en: 'Balanced' },
	// Policies of the round cases' scenario files (scenarios/round/cases).
	'reserve-keeping': { ru: 'Сохранение резервов', en: 'Reserve keeping' },
	substitution: { ru: 'Замещение', en: 'Substitution' }
};

export function policyName(policy: string, locale: Locale): string {
	return names[policy]?.[locale] ?? policy;
}
