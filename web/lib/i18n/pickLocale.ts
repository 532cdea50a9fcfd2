import type { Locale } from './types.js';

/** The console's language: an explicit choice (cookie or ?lang=) wins, then Accept-Language, then Russian. */
export function pickLocale(
	choice: string | null | undefined,
	acceptLanguage: string | null | undefined
): Locale {
	if (choice === 'ru' || choice === 'en') return choice;
	const ranked = (acceptLanguage ?? '')
		.split(',')
		.map((part) => {
			const [tag = '', q = 'q=1'] = part.trim().split(';');
			return { lang: tag.trim().slice(0, 2).toLowerCase(), q: Number(q.split('=')[1] ?? 1) };
		})
		.filter((x) => x.lang === 'ru' || x.lang === 'en')
		.sort((a, b) => b.q - a.q);
	return (ranked[0]?.lang as Locale | undefined) ?? 'ru';
}
