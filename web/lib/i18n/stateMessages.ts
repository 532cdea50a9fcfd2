import type { Locale } from './types.js';

/** Texts of the overview's live state (stocks, gateways, warnings, threat level), Russian first. */
const ru = {
	'state.title': 'Состояние по данным датчиков',
	'state.asOf': 'на',
	'state.stocks': 'Запасы в днях потребности',
	'state.stocksCaption':
		'Запас каждого региона (последние показания всех ' +
		'площадок) делённый на потребность в день ' +
		'(население × норма). Цвет: доля стратегического ' +
		'резерва.',
	'state.readingsFrom': 'Показания от {oldest} до {newest}',
	'state.noStocks': 'Показаний запасов ещё нет.',
	'state.threat': 'Уровень угрозы',
	'state.threatScope': 'Где',
	'state.threatLevel': 'Уровень',
	'state.threatSinceHead': 'С',
	'state.threatCause': 'Причина',
	'threat.normal': 'обычный',
	'threat.yellow': 'жёлтый: местные резервы',
	'threat.red': 'красный: ручное распределение советами, баллы приостановлены',
	'threat.survival': 'выживание: квоты × 0,7, редких благ нет',
	'state.threatNever': 'не повышался',
	'cause.stock-days': 'запаса на {value} дн. (порог {threshold})',
	'cause.sensors-lost': 'молчат {value} датчиков (порог {threshold})',
	'cause.below-lifeline': 'ниже жизненного минимума {value} людей (порог {threshold})',
	'cause.regions': 'в регионах на этом уровне {value} людей (порог {threshold})',
	'cause.cut-off': 'регион отрезан',
	'cause.declared': 'объявлен',
	'cause.cleared': 'снят, условия прошли: {causes}',
	'state.silentSeries': 'молчат {silent} из {total} рядов датчиков',
	'state.warnings': 'Предупреждения о нехватке',
	'state.noWarnings': 'Предупреждений нет.',
	'warning.empty': 'закончился',
	'warning.below-floor': 'ниже резерва',
	'warning.runs-out': 'закончится',
	'warning.quota-cut': 'квота урежется',
	'state.gateways': 'Молчащие шлюзы',
	'state.noGateways': 'Все известные шлюзы на связи.',
	'state.noIngest': 'Приём данных в этом процессе выключен.',
	'gateway.never-heard': 'ни разу не выходил на связь',
	'gateway.offline': 'отключён',
	'gateway.silent': 'молчит',
	'state.lastHeard': 'последний сигнал {at}',
	'state.paused': 'Мир на паузе: ждёт раунд {round} с {since}.',
	'state.pausedNote':
		'Пока он на паузе, шлюзы ничего не присылают: ' +
		'молчащими показаны только те, что замолчали до ' +
		'паузы.'
};

export type StateMessageKey = keyof typeof ru;

const en: Readonly<Record<StateMessageKey, string>> = {
	'state.title': 'State as the sensors report it',
	'state.asOf': 'as of',
	'state.stocks': 'Stocks in days of need',
	'state.stocksCaption':
		"Each region's stock (the latest reading of every site) divided by its need per day (population × norm). Colour: the share of the strategic reserve held.",
	'state.readingsFrom': 'Readings from {oldest} to {newest}',
	'state.noStocks': 'No stock readings yet.',
	'state.threat': 'Threat level',
	'state.threatScope': 'Where',
	'state.threatLevel': 'Level',
	'state.threatSinceHead': 'Since',
	'state.threatCause': 'Cause',
	'threat.normal': 'normal',
	'threat.yellow': 'yellow: local reserves',
	'threat.red': 'red: manual distribution by councils, points suspended',
	'threat.survival': 'survival: quotas × 0.7, no rare goods',
	'state.threatNever': 'never raised',
	'cause.stock-days': 'stock for {value} days (threshold {threshold})',
	'cause.sensors-lost': '{value} of sensors silent (threshold {threshold})',
	'cause.below-lifeline': '{value} of people below the lifeline (threshold {threshold})',
	'cause.regions': '{value} of people in regions at this level (threshold {threshold})',
	'cause.cut-off': 'region cut off',
	'cause.declared': 'declared',
	'cause.cleared': 'lifted, its conditions cleared: {causes}',
	'state.silentSeries': '{silent} of {total} sensor series silent',
	'state.warnings': 'Shortage warnings',
	'state.noWarnings': 'No warnings.',
	'warning.empty': 'empty',
	'warning.below-floor': 'below reserve',
	'warning.runs-out': 'runs out',
	'warning.quota-cut': 'quota cut ahead',
	'state.gateways': 'Silent gateways',
	'state.noGateways': 'Every known gateway is reporting.',
	'state.noIngest': 'Ingest is off in this process.',
	'gateway.never-heard': 'never heard',
	'gateway.offline': 'offline',
	'gateway.silent': 'silent',
	'state.lastHeard': 'last heard {at}',
	'state.paused': 'The world is paused for round {round} since {since}.',
	'state.pausedNote':
		'While it is paused no gateway sends anything: only gateways that fell silent before the pause are listed.'
};

export const stateMessages: Readonly<Record<Locale, Readonly<Record<StateMessageKey, string>>>> = { ru, en };

/** A function from state message key to text in one language; `{name}` placeholders filled from `values`. */
export function stateTranslator(
	locale: Locale
): (key: StateMessageKey, values?: Readonly<Record<string, string | number>>) => string {
	const table = stateMessages[locale];
	return (key, values = {}) =>
		table[key].replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ''));
}
