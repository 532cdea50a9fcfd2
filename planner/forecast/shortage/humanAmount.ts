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

/** Built once: a formatter costs far more to make than to use, and the loop words ~100 amounts a simulated day. */
const formatters = (options: Intl.NumberFormatOptions) => ({
	en: new Intl.NumberFormat('en', options),
	ru: new Intl.NumberFormat('ru', options)
});
const millions = formatters({ notation: 'compact', compactDisplay: 'long', maximumSignificantDigits: 2 });
const hundreds = formatters({ maximumSignificantDigits: 3 });
const small = formatters({ maximumSignificantDigits: 2 });

/**
 * An amount with its unit in human words, two significant digits: "3.5 million L", "3,5 миллиона л", "0.2 doses".
 * Millions and above are spelt out (ICU compact long form, which also declines the Russian word); an unknown unit is shown as given.
 */
export function humanAmount(value: number, unit: string | undefined): Names {
	const format = Math.abs(value) >= 1e6 ? millions : Math.abs(value) >= 100 ? hundreds : small;
	const en = format.en.format(value);
	const ru = format.ru.format(value);
	if (!unit) return { en, ru };
	const u = units[unit];
	if (!u) return { en: `${en} ${unit}`, ru: `${ru} ${unit}` };
	const plural = Math.abs(value) >= 1e6 || englishPlural.select(value) !== 'one';
	return { en: `${en} ${u.en[plural ? 1 : 0]}`, ru: `${ru} ${u.ru}` };
}
