/** A plain-language text in both languages of the console. */
export interface Bilingual {
	readonly ru: string;
	readonly en: string;
}

/** A number for people: grouped digits, at most `digits` decimals. */
export function num(n: number, lang: 'ru' | 'en', digits = 0): string {
	return n.toLocaleString(lang === 'ru' ? 'ru-RU' : 'en-US', { maximumFractionDigits: digits });
}

/** A share as a percentage, e.g. 0.823 → "82%". */
export function pct(share: number, lang: 'ru' | 'en', digits = 0): string {
	return `${num(share * 100, lang, digits)}%`;
}
