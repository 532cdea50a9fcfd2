import type { ConsumptionReason, Crossing, Names } from './types.js';

const DAY = 86_400_000;

/** Russian plural of a count: 1 день, 2 дня, 5 дней, 11 дней, 21 день (CLDR plural rules for ru). */
export function ruPlural(n: number, one: string, few: string, many: string): string {
	const mod10 = n % 10;
	const mod100 = n % 100;
	if (mod10 === 1 && mod100 !== 11) return one;
	if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) return few;
	return many;
}

const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const ruDate = (ms: number) => isoDate(ms).split('-').reverse().join('.');
const days = (n: number) => ({
	en: `${n} ${n === 1 ? 'day' : 'days'}`,
	ru: `${n} ${ruPlural(n, 'день', 'дня', 'дней')}`
});

function reserveLabel(reserveDays: number): Names {
	const months = Math.round(reserveDays / 30.44);
	if (months >= 1 && Math.abs(months * 30.44 - reserveDays) < 3)
		return { en: `${months}-month reserve`, ru: `${months}-месячного резерва` };
	return { en: `${reserveDays}-day reserve`, ru: `${reserveDays}-дневного резерва` };
}

/** The plain-language warning, in both languages; numbers rounded as a reader would say them. */
export function shortageSentence(input: {
	readonly resource: Names;
	readonly region: Names;
	readonly reserveDays: number;
	readonly belowReserve: Crossing;
	readonly runsOut: Crossing | null;
	readonly reason: ConsumptionReason | null;
	readonly dailyChange: number;
	readonly staleDays: number;
}): Names {
	const { belowReserve: b, runsOut: r } = input;
	const reserve = reserveLabel(input.reserveDays);
	const pct = (p: number) => `${Math.round(p * 100)}%`;
	const inDays = days(Math.max(1, Math.round(b.days)));
	let en = `${input.resource.en} in region ${input.region.en} falls below the ${reserve.en} in ${inDays.en} (around ${isoDate(b.date)}, probability ${pct(b.probability)})`;
	let ru = `${input.resource.ru} в регионе «${input.region.ru}» опустится ниже ${reserve.ru} через ${inDays.ru} (около ${ruDate(b.date)}, вероятность ${pct(b.probability)})`;
	if (r) {
		const outDays = days(Math.max(1, Math.round(r.days)));
		en += ` and runs out in ${outDays.en} (probability ${pct(r.probability)})`;
		ru += ` и закончится через ${outDays.ru} (вероятность ${pct(r.probability)})`;
	}
	if (input.reason) {
		const excess = `${Math.round(input.reason.excess * 100)}%`;
		en += `: consumption is ${excess} above the seasonal norm since ${isoDate(input.reason.since)}.`;
		ru += `: потребление на ${excess} выше сезонной нормы с ${ruDate(input.reason.since)}.`;
	} else {
		const perDay = Math.abs(input.dailyChange)
			.toPrecision(2)
			.replace(/\.?0+$/, '');
		en += `: the forecast stock falls by about ${perDay} a day.`;
		ru += `: прогноз запаса снижается примерно на ${perDay} в день.`;
	}
	if (input.staleDays > 0) {
		const silent = days(Math.round(input.staleDays));
		en += ` The sensor has been silent for ${silent.en}; the forecast continues from its last reading with wider margins.`;
		ru += ` Датчик молчит ${silent.ru}; прогноз продолжен от последнего показания с более широким разбросом.`;
	}
	const capital = (x: string) => x.charAt(0).toUpperCase() + x.slice(1);
	return { en: capital(en), ru: capital(ru) };
}

export { DAY };
