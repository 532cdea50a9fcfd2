import { influentialDropped } from './influentialDropped.js';
import type { CorrelationOptions, Evidence, Relation } from './types.js';

/** The languages a relation is explained in (the console's two). */
export type ExplainLocale = 'en' | 'ru';

const preparedBy: Record<ExplainLocale, Record<CorrelationOptions['preparation'], string>> = {
	en: {
		prewhiten: 'differenced, deseasonalised and pre-whitened',
		difference: 'differenced and deseasonalised',
		detrend: 'detrended and deseasonalised',
		none: 'raw'
	},
	ru: {
		prewhiten: 'разностных, без сезонности и предварительно «выбеленных»',
		difference: 'разностных и без сезонности',
		detrend: 'без тренда и сезонности',
		none: 'исходных'
	}
};

const evidenceWords: Record<ExplainLocale, Record<Evidence, string>> = {
	en: {
		strong: 'strong evidence',
		moderate: 'moderate evidence',
		weak: 'weak evidence',
		none: 'no evidence'
	},
	ru: {
		strong: 'сильные свидетельства',
		moderate: 'умеренные свидетельства',
		weak: 'слабые свидетельства',
		none: 'свидетельств нет'
	}
};

/** Word forms by CLDR plural category (Russian one/few/many, English one/other). */
type Forms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
const forms = {
	en: { step: { one: 'step', other: 'steps' }, event: { one: 'event', other: 'events' } },
	ru: {
		step: { one: 'шаг', few: 'шага', many: 'шагов', other: 'шага' },
		// Genitive, after «без»: без 1 самого влиятельного события, без 3 самых влиятельных событий.
		event: { one: 'самого влиятельного события', other: 'самых влиятельных событий' },
		pair: { one: 'пара', few: 'пары', many: 'пар', other: 'пары' }
	}
} satisfies Record<ExplainLocale, Record<string, Forms>>;

/**
 * One sentence a council can read: which test, on which data, how strong, and what would undo it.
 * `name` turns a series id into the reader's words (the id by default).
 */
export function explainRelation(
	r: Omit<Relation, 'explanation'>,
	o: Pick<CorrelationOptions, 'preparation' | 'alpha' | 'bar' | 'influentialShare'>,
	locale: ExplainLocale = 'en',
	name: (id: string) => string = (id) => id
): string {
	const rules = new Intl.PluralRules(locale);
	const word = (n: number, f: Forms) => f[rules.select(n)] ?? f.other;
	// Figures as the reader writes them: a decimal comma in Russian.
	const dec = (s: string) => (locale === 'ru' ? s.replace('.', ',') : s);
	const num = (x: number) => dec(Math.abs(x) >= 0.001 || x === 0 ? x.toPrecision(2) : x.toExponential(1));
	const dropped = influentialDropped(r.n, o.influentialShare);
	const steps = Math.abs(r.lag);
	const leader = name(r.lag > 0 ? r.a : r.b);
	const parts =
		locale === 'ru'
			? [
					`${r.method === 'pearson' ? 'r Пирсона' : 'ρ Спирмена'} = ${dec(r.r.toFixed(2))} на ${preparedBy.ru[o.preparation]} рядах, ` +
						(steps === 0 ? 'без сдвига' : `${leader} опережает на ${steps} ${word(steps, forms.ru.step)}`),
					`${r.n} ${word(r.n, forms.ru.pair)} (независимых — около ${Math.round(r.nEffective)}); ` +
						`t-тест p = ${num(r.p)}, q = ${num(r.q)} по всем парам и сдвигам`,
					...(r.granger
						? [`F-тест Грейнджера p = ${num(r.granger.p)} (намёк на причину, не доказательство)`]
						: []),
					...(r.fragile
						? [
								`без ${dropped} ${word(dropped, forms.ru.event)} p Спирмена = ${num(r.pWithoutInfluential)}: ` +
									'связь держится на нескольких общих событиях'
							]
						: [])
				]
			: [
					`${r.method === 'pearson' ? 'Pearson r' : 'Spearman ρ'} = ${r.r.toFixed(2)} on ${preparedBy.en[o.preparation]} series, ` +
						(steps === 0
							? 'at the same step'
							: `${leader} leading by ${steps} ${word(steps, forms.en.step)}`),
					`${r.n} pairs worth ${Math.round(r.nEffective)} independent ones, t-test p = ${num(r.p)}, q = ${num(r.q)} over all pairs and lags`,
					...(r.granger ? [`Granger F-test p = ${num(r.granger.p)} (a causal hint, not proof)`] : []),
					...(r.fragile
						? [
								`without its ${dropped} most influential ${word(dropped, forms.en.event)} Spearman p = ${num(r.pWithoutInfluential)}: ` +
									'it rests on a few shared events'
							]
						: [])
				];
	return `${evidenceWords[locale][r.evidence]}: ${parts.join('; ')}.`;
}
