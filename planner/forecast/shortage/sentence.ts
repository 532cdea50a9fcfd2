import { humanAmount } from './humanAmount.js';
import type { ConsumptionReason, Crossing, DailyNeed, FloorBasis, Names } from './types.js';

const DAY = 86_400_000;
const ruRules = new Intl.PluralRules('ru');
const enRules = new Intl.PluralRules('en');

/** The Russian form of a noun after a count (CLDR rules via Intl.PluralRules): 1 день, 2 дня, 5 дней, 1,5 дня. */
export function ruPlural(n: number, one: string, few: string, many: string): string {
	switch (ruRules.select(n)) {
		case 'one':
			return one;
		case 'few':
		case 'other':
			return few;
		default:
			return many;
	}
}

const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const ruDate = (ms: number) => isoDate(ms).split('-').reverse().join('.');
const days = (n: number): Names => ({
	en: `${n} ${enRules.select(n) === 'one' ? 'day' : 'days'}`,
	ru: `${n} ${ruPlural(n, 'день', 'дня', 'дней')}`
});
const pct = (p: number) => `${Math.round(p * 100)}%`;

function reserveLabel(reserveDays: number): Names {
	const months = Math.round(reserveDays / 30.44);
	if (months >= 1 && Math.abs(months * 30.44 - reserveDays) < 3)
		return { en: `${months}-month reserve`, ru: `${months}-месячного резерва` };
	return { en: `${reserveDays}-day reserve`, ru: `${reserveDays}-дневного резерва` };
}

/** What every sentence is about: which stock, in which region, against which floor and need. */
export interface SentenceSubject {
	readonly resource: Names;
	readonly unit: string | undefined;
	readonly region: Names;
	readonly reserveDays: number;
	readonly floor: number;
	readonly floorBasis: FloorBasis;
	readonly need: DailyNeed | null;
}

/** The sentence of each outcome; the subject is always "the stock", so the Russian verb agrees whatever the resource. */
export type SentenceCase =
	| { readonly status: 'empty'; readonly since: number }
	| {
			readonly status: 'below-floor';
			readonly since: number;
			readonly stock: number;
			readonly runsOut: Crossing | null;
	  }
	| {
			readonly status: 'warning';
			readonly belowReserve: Crossing;
			readonly runsOut: Crossing | null;
			readonly reason: ConsumptionReason | null;
			readonly dailyChange: number;
			readonly staleDays: number;
	  }
	| { readonly status: 'clear'; readonly horizonDays: number; readonly maxProbability: number }
	| { readonly status: 'insufficient-data'; readonly reason: Names };

function needClause(s: SentenceSubject): Names | null {
	if (!s.need) return null;
	const perDay = humanAmount(s.need.perDay, s.unit);
	const each = humanAmount(s.need.perPersonPerDay, s.unit);
	const people = humanAmount(s.need.people, undefined);
	const persons =
		s.need.people >= 1e6 ? 'человек' : ruPlural(s.need.people, 'человек', 'человека', 'человек');
	return {
		en: `the need is ${perDay.en} a day (${people.en} people × ${each.en})`,
		ru: `потребность ${perDay.ru} в день (${people.ru} ${persons} × ${each.ru})`
	};
}

/** "and runs out in …" after a forecast crossing; "; it runs out in …" as its own clause after a state. */
function runsOutClause(r: Crossing | null, own = false): Names {
	if (!r) return { en: '', ru: '' };
	const d = days(Math.max(1, Math.round(r.days)));
	const when = {
		en: `(around ${isoDate(r.date)}, probability ${pct(r.probability)})`,
		ru: `(около ${ruDate(r.date)}, вероятность ${pct(r.probability)})`
	};
	return own
		? { en: `; it runs out in ${d.en} ${when.en}`, ru: `; закончится через ${d.ru} ${when.ru}` }
		: { en: ` and runs out in ${d.en} ${when.en}`, ru: ` и закончится через ${d.ru} ${when.ru}` };
}

/** The plain-language line, in both languages; amounts with units, in words a reader would say. */
export function shortageSentence(s: SentenceSubject, c: SentenceCase): Names {
	const lower = (x: string) => x.charAt(0).toLowerCase() + x.slice(1);
	const subject = {
		en: `The stock of ${lower(s.resource.en)} in region ${s.region.en}`,
		ru: `Запас ресурса «${s.resource.ru}» в регионе «${s.region.ru}»`
	};
	const reserve = reserveLabel(s.reserveDays);
	const floor = humanAmount(s.floor, s.unit);
	const noNeedRu = 'в справочных данных нет населения или дневной нормы';
	const basis =
		s.floorBasis === 'served'
			? {
					en: ' (floor from recent consumption: no population or daily norm in the reference data)',
					ru: ` (резерв по недавнему потреблению: ${noNeedRu})`
				}
			: { en: '', ru: '' };
	const threshold = {
		en: `the ${reserve.en} (${floor.en})${basis.en}`,
		ru: `${reserve.ru} (${floor.ru})${basis.ru}`
	};
	const need = needClause(s);
	const withNeed = (x: Names) =>
		need ? { en: `${x.en}; ${need.en}.`, ru: `${x.ru}; ${need.ru}.` } : { en: `${x.en}.`, ru: `${x.ru}.` };
	switch (c.status) {
		case 'empty':
			return withNeed({
				en: `${subject.en} is empty since ${isoDate(c.since)}`,
				ru: `${subject.ru} исчерпан с ${ruDate(c.since)}`
			});
		case 'below-floor': {
			const left = humanAmount(c.stock, s.unit);
			const cover = s.need ? days(Math.floor(c.stock / s.need.perDay)) : null;
			const ofNeed = cover ? { en: `, ${cover.en} of need`, ru: `, на ${cover.ru} потребности` } : null;
			const out = runsOutClause(c.runsOut, true);
			return withNeed({
				en: `${subject.en} has been below ${threshold.en} since ${isoDate(c.since)}: ${left.en} left${ofNeed?.en ?? ''}${out.en}`,
				ru: `${subject.ru} ниже ${threshold.ru} с ${ruDate(c.since)}: осталось ${left.ru}${ofNeed?.ru ?? ''}${out.ru}`
			});
		}
		case 'warning': {
			const b = c.belowReserve;
			const inDays = days(Math.max(1, Math.round(b.days)));
			const out = runsOutClause(c.runsOut);
			const around = {
				en: `(around ${isoDate(b.date)}, probability ${pct(b.probability)})`,
				ru: `(около ${ruDate(b.date)}, вероятность ${pct(b.probability)})`
			};
			let en = `${subject.en} falls below ${threshold.en} in ${inDays.en} ${around.en}${out.en}`;
			let ru = `${subject.ru} опустится ниже ${threshold.ru} через ${inDays.ru} ${around.ru}${out.ru}`;
			if (c.reason) {
				const excess = `${Math.round(c.reason.excess * 100)}%`;
				en += `: consumption is ${excess} above the seasonal norm since ${isoDate(c.reason.since)}`;
				ru += `: потребление на ${excess} выше сезонной нормы с ${ruDate(c.reason.since)}`;
			} else if (c.dailyChange < 0) {
				const fall = humanAmount(-c.dailyChange, s.unit);
				en += `: the forecast stock falls by about ${fall.en} a day`;
				ru += `: прогноз запаса снижается примерно на ${fall.ru} в день`;
			} else {
				en += ': the stock is close to the floor and may dip below it';
				ru += ': запас близок к резерву и может опуститься ниже';
			}
			const line = withNeed({ en, ru });
			if (c.staleDays <= 0) return line;
			const silent = days(Math.round(c.staleDays));
			return {
				en: `${line.en} The sensor has been silent for ${silent.en}; the forecast continues from its last reading with wider margins.`,
				ru:
					`${line.ru} Датчик молчит ${silent.ru}; прогноз ` +
					`продолжен от последнего показания с более ` +
					`широким разбросом.`
			};
		}
		case 'clear': {
			const horizon = days(Math.round(c.horizonDays));
			const chance = pct(c.maxProbability);
			return {
				en: `${subject.en} stays above ${threshold.en} for the next ${horizon.en} (highest probability of falling below: ${chance}).`,
				ru:
					`${subject.ru} остаётся выше ${threshold.ru} на ` +
					`ближайшие ${horizon.ru} (наибольшая вероятность ` +
					`опуститься ниже: ${chance}).`
			};
		}
		case 'insufficient-data':
			return {
				en: `${subject.en} cannot be judged: ${c.reason.en}.`,
				ru: `${subject.ru} не оценить: ${c.reason.ru}.`
			};
	}
}

export { DAY };
