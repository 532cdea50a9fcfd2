import type { Locale } from './types.js';

/** The catalogue's units (data/reference) as a reader writes them; an unknown unit is shown as the catalogue has it. */
const names: Readonly<Record<string, Readonly<Record<Locale, string>>>> = {
	L: { ru: 'л', en: 'L' },
	kg: { ru: 'кг', en: 'kg' },
	t: { ru: 'т', en: 't' },
	kcal: { ru: 'ккал', en: 'kcal' },
	kWh: { ru: 'кВт·ч', en: 'kWh' },
	m2: { ru: 'м²', en: 'm²' },
	dose: { ru: 'доз.', en: 'doses' },
	item: { ru: 'шт.', en: 'items' },
	set: { ru: 'компл.', en: 'sets' }
};

export function unitName(unit: string, locale: Locale): string {
	return names[unit]?.[locale] ?? unit;
}
