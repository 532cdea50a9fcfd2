import type { Locale } from './types.js';

/** Texts of the telemetry explorer, Russian first; `{name}` placeholders. */
const ru = {
	'explorer.title': 'Данные датчиков',
	'explorer.intro':
		'Дневные окна за {from} — {to}, по площадкам ' +
		'региона суммарно; прогноз и корреляции — теми ' +
		'же методами, что у Корреляционного центра.',
	'explorer.region': 'Регион',
	'explorer.series': 'Ряд',
	'explorer.show': 'Показать',
	'explorer.refused': 'Поле «{field}»: «{value}» здесь нет; показано первое.',
	'explorer.noSeries': 'У этого региона ещё нет показаний.',
	'explorer.chart': '{series}, {unit} в день: показания, прогноз на 14 дней и {level} интервал',
	'explorer.forecast':
		'Прогноз: метод {method}, выбран по проверке на истории (MASE {mase}); полоса — {level} интервал.',
	'explorer.tooShort': 'Прогноза нет: {have} окон, нужно {need}.',
	'explorer.regimes': 'Смены режима',
	'explorer.noRegimes': 'Смен режима не найдено.',
	'explorer.regimesShort': 'Для поиска смен режима мало данных: {have} окон, нужно {need}.',
	'regime.step': 'скачок уровня',
	'regime.slope': 'смена тренда',
	'regime.transient': 'разовый выброс',
	'explorer.change': '{date}: {kind} (вероятность {p}), уровень {before} → {after}',
	'explorer.matrix': 'Корреляции рядов региона (r на самом сильном лаге; * — значимо, q < 0,01)',
	'explorer.noMatrix': 'Для корреляций нужно хотя бы два ряда с данными.',
	'explorer.significant': 'Значимые связи',
	'explorer.noSignificant': 'Значимых связей нет.',
	'explorer.inEnglish': '(пояснение на английском)'
};

export type ExplorerMessageKey = keyof typeof ru;

const en: Readonly<Record<ExplorerMessageKey, string>> = {
	'explorer.title': 'Sensor data',
	'explorer.intro':
		"Daily windows from {from} to {to}, summed over the region's sites; forecast and correlations by the Correlation Center's own methods.",
	'explorer.region': 'Region',
	'explorer.series': 'Series',
	'explorer.show': 'Show',
	'explorer.refused': 'Field "{field}": there is no "{value}" here; showing the first instead.',
	'explorer.noSeries': 'This region has no readings yet.',
	'explorer.chart': '{series}, {unit} a day: readings, a 14-day forecast and its {level} interval',
	'explorer.forecast':
		'Forecast: method {method}, chosen by backtest (MASE {mase}); the band is the {level} interval.',
	'explorer.tooShort': 'No forecast: {have} windows, {need} needed.',
	'explorer.regimes': 'Regime changes',
	'explorer.noRegimes': 'No regime change found.',
	'explorer.regimesShort': 'Too little data to look for regime changes: {have} windows, {need} needed.',
	'regime.step': 'level step',
	'regime.slope': 'slope change',
	'regime.transient': 'one-off transient',
	'explorer.change': '{date}: {kind} (probability {p}), level {before} → {after}',
	'explorer.matrix': "Correlations of the region's series (r at the strongest lag; * significant, q < 0.01)",
	'explorer.noMatrix': 'Correlations need at least two series with data.',
	'explorer.significant': 'Significant relations',
	'explorer.noSignificant': 'No significant relation.',
	'explorer.inEnglish': ''
};

export const explorerMessages: Readonly<Record<Locale, Readonly<Record<ExplorerMessageKey, string>>>> = {
	ru,
	en
};

/** A function from explorer message key to text in one language; `{name}` placeholders filled from `values`. */
export function explorerTranslator(
	locale: Locale
): (key: ExplorerMessageKey, values?: Readonly<Record<string, string | number>>) => string {
	const table = explorerMessages[locale];
	return (key, values = {}) =>
		table[key].replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ''));
}
