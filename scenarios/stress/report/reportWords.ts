import type { ThreatLevel } from '../../../sim/index.js';

/** The languages a stress report is written in (the console's two; the command writes English). */
export type ReportLocale = 'en' | 'ru';

/** Word forms by CLDR plural category (Russian one/few/many, English one/other). */
type Forms = Partial<Record<Intl.LDMLPluralRule, string>> & { readonly other: string };

/** `n` and its word in the form the number asks for (Intl.PluralRules). */
export function counted(locale: ReportLocale, n: number, forms: Forms): string {
	return `${n} ${forms[new Intl.PluralRules(locale).select(n)] ?? forms.other}`;
}

/** Every phrase of the stress report, by language; functions where a figure goes inside. */
export const reportWords = {
	en: {
		pass: 'PASS',
		fail: 'FAIL',
		judged: (from: number, to: number, runs: number, seeds: string) =>
			`Judged on days ${from}–${to}; ${counted('en', runs, { one: 'run', other: 'runs' })} through the closed loop (seeds ${seeds}).`,
		head: ['criterion', 'p5', 'p50', 'p95', 'runs passed', 'worst'],
		day: (d: number) => `day ${d}`,
		seed: (s: string) => `seed ${s}`,
		plotsNote: (seed: string) =>
			`Plots of the first run (seed ${seed}); dashed lines are the auto-council's decisions, the shaded band the judged window.`,
		adopted: (day: number, title: string) => `day ${day}: adopted ${title}`,
		coverage: 'Coverage per region (mean over basic needs)',
		coverageAxis: 'delivered ÷ need',
		stocks: 'Stocks (whole federation)',
		stocksAxis: 'months of need',
		threat: 'Threat levels (0 normal, 1 yellow, 2 red, 3 survival)',
		threatAxis: 'level',
		decisions: 'Decisions',
		decision: (day: number, round: string, title: string) => `day ${day}, round ${round}: ${title}`,
		none: 'none',
		window: (from: number, to: number) => `judged window: days ${from}–${to}`,
		dayAxis: 'day of the run',
		minCoverage: (resources: string, min: number, regions: string) =>
			`${resources} coverage ≥ ${min} on the worst day${regions ? ` (${regions})` : ''}`,
		threatLevel: (scope: string, atLeast: string, atMost: string) =>
			`${scope} threat level${atLeast ? ` ≥ ${atLeast}` : ''}${atMost ? ` ≤ ${atMost}` : ''}`,
		manualControl: (hours: number) => `stale sensors flagged within ${hours} h of the outage`,
		hours: (h: number) => `${h} h`,
		never: 'never',
		staleCheck: 'ingest stale detection',
		federation: 'federation',
		levels: { normal: 'normal', yellow: 'yellow', red: 'red', survival: 'survival' } as Record<
			ThreatLevel,
			string
		>
	},
	ru: {
		pass: 'ПРОЙДЕН',
		fail: 'НЕ ПРОЙДЕН',
		judged: (from: number, to: number, runs: number, seeds: string) => {
			const counts = counted('ru', runs, {
				one: 'прогон',
				few: 'прогона',
				many: 'прогонов',
				other: 'прогона'
			});
			return `Оценка по дням ${from}–${to}; ${counts} через замкнутый цикл (зёрна ${seeds}).`;
		},
		head: ['критерий', 'p5', 'p50', 'p95', 'прогонов пройдено', 'худший'],
		day: (d: number) => `день ${d}`,
		seed: (s: string) => `зерно ${s}`,
		plotsNote: (seed: string) =>
			`Графики первого прогона (зерно ${seed}); ` +
			`пунктир — решения автосовета, закрашенная ` +
			`полоса — оцениваемое окно.`,
		adopted: (day: number, title: string) => `день ${day}: принят «${title}»`,
		coverage: 'Обеспечение по регионам (среднее по базовым нуждам)',
		coverageAxis: 'выдано ÷ потребность',
		stocks: 'Запасы (вся федерация)',
		stocksAxis: 'месяцев потребности',
		threat: 'Уровни угрозы (0 обычный, 1 жёлтый, 2 красный, 3 выживание)',
		threatAxis: 'уровень',
		decisions: 'Решения',
		decision: (day: number, round: string, title: string) => `день ${day}, раунд ${round}: ${title}`,
		none: 'нет',
		window: (from: number, to: number) => `оцениваемое окно: дни ${from}–${to}`,
		dayAxis: 'день прогона',
		minCoverage: (resources: string, min: number, regions: string) =>
			`обеспечение ${resources} ≥ ${String(min).replace('.', ',')} в худший день${regions ? ` (${regions})` : ''}`,
		threatLevel: (scope: string, atLeast: string, atMost: string) =>
			`уровень угрозы (${scope})${atLeast ? ` ≥ ${atLeast}` : ''}${atMost ? ` ≤ ${atMost}` : ''}`,
		manualControl: (hours: number) => `молчащие датчики отмечены в течение ${hours} ч после отказа`,
		hours: (h: number) => `${String(h).replace('.', ',')} ч`,
		never: 'никогда',
		staleCheck: 'проверка молчания при приёме',
		federation: 'федерация',
		levels: { normal: 'обычный', yellow: 'жёлтый', red: 'красный', survival: 'выживание' } as Record<
			ThreatLevel,
			string
		>
	}
} satisfies Record<ReportLocale, Record<string, unknown>>;
