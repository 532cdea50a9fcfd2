import type { Locale } from './types.js';

/** Word forms by CLDR plural category; Russian needs one/few/many ("1 запись, 2 записи, 5 записей"), English one/other. */
export type PluralForms = Readonly<Partial<Record<Intl.LDMLPluralRule, string>>> & { readonly other: string };

const tags: Readonly<Record<Locale, string>> = { ru: 'ru-RU', en: 'en-GB' };

/** `n` and the word in the form its number asks for, by `Intl.PluralRules`; the number grouped by the locale. */
export function plural(locale: Locale, n: number, forms: PluralForms): string {
	const form = forms[new Intl.PluralRules(tags[locale]).select(n)] ?? forms.other;
	return `${new Intl.NumberFormat(tags[locale]).format(n)}\u00a0${form}`;
}
