import type { Names } from './types.js';

/** Catalogue units as a reader writes them; counted units take a plural in English and the usual abbreviation in Russian. */
const units: Record<string, { readonly en: readonly [string, string]; readonly ru: string }> = {
	L: { en: ['L', 'L'], ru: 'л' },
	kcal: { en: ['kcal', 'kcal'], ru: 'ккал' },
	kg: { en: ['kg', 'kg'], ru: 'кг' },
	m2: { en: ['m²', 'm²'], ru: 'м²' },
	kWh: { en: ['kWh', 'kWh'], ru: 'кВт·ч' },
	dose: { en: ['dose', 'doses'], ru: 'доз.' },
	set: { en: ['set', 'sets'], ru: 'компл.' },
	item: { en: ['item', 'items'], ru: 'шт.' }
};

const englishPlural = new Intl.PluralRules('en');

/**
 * An amount with its unit in human words, two significant digits: "3.5 million L", "3,5 миллиона л", "0.2 doses".
 * Millions and above are spelt out (ICU compact long form, which also declines the Russian word); an unknown unit is shown as given.
 */
export function humanAmount(value: number, unit: string | undefined): Names {
	const options: Intl.NumberFormatOptions =
		Math.abs(value) >= 1e6
			? { notation: 'compact', compactDisplay: 'long', maximumSignificantDigits: 2 }
			: { maximumSignificantDigits: Math.abs(value) >= 100 ? 3 : 2 };
	const en = new Intl.NumberFormat('en', options).format(value);
	const ru = new Intl.NumberFormat('ru', options).format(value);
	if (!unit) return { en, ru };
	const u = units[unit];
	if (!u) return { en: `${en} ${unit}`, ru: `${ru} ${unit}` };
	const plural = Math.abs(value) >= 1e6 || englishPlural.select(value) !== 'one';
	return { en: `${en} ${u.en[plural ? 1 : 0]}`, ru: `${ru} ${u.ru}` };
}
