import type { Locale } from './types.js';

/** Texts of the citizen's page, Russian first; `{name}` placeholders. */
const ru = {
	'citizen.title': 'Мои квоты и баллы',
	'citizen.intro':
		'Квоты первого уровня одинаковы для всех жителей ' +
		'региона; их меняет только принятый сценарий. ' +
		'Баллы личные и не передаются.',
	'citizen.region': 'Мой регион',
	'citizen.show': 'Показать',
	'citizen.quotas': 'Квоты в регионе «{region}»',
	'citizen.noQuotas': 'Ни один план ещё не принят: квот нет.',
	'citizen.perPerson': 'на человека',
	'citizen.points': 'Мои баллы',
	'citizen.pointsHelp':
		'Введите код из приглашения в гражданскую ' +
		'панель: только он подтверждает, чьи это баллы. ' +
		'Код не попадает в адрес страницы.',
	'citizen.code': 'Код из приглашения',
	'citizen.open': 'Открыть',
	'citizen.balance': 'Остаток: {balance}',
	'citizen.noPoints': 'Начислений пока нет.',
	'citizen.unknownCode': 'Такого кода нет. Проверьте его по приглашению.',
	'citizen.unknownRegion': 'Поле «регион»: «{value}» — такого региона нет.',
	'quota.new': '{resource}: {amount} {unit} {per} на человека с {from}.',
	'quota.raised': '{resource}: квота повышена с {previous} до {amount} {unit} {per} на человека с {from}.',
	'quota.cut': '{resource}: квота снижена с {previous} до {amount} {unit} {per} на человека с {from}.',
	'quota.same': '{resource}: квота прежняя, {amount} {unit} {per} на человека, подтверждена с {from}.',
	'quota.because': 'Причина: раунд {round} принял сценарий «{title}». {summary}',
	'quota.coverage': 'По этому сценарию потребность региона в этом ресурсе покрыта на {share}.',
	'points.governance': 'участие в управлении: вы голосовали в гражданской панели раунда {round}',
	'points.spent': 'потрачено: {purpose}',
	'points.burn': 'ежегодный сброс: 80 % баллов сгорает, 20 % переходит на следующий год',
	'points.other': 'запись в реестре баллов: «{reason}»'
};

export type CitizenMessageKey = keyof typeof ru;

const en: Readonly<Record<CitizenMessageKey, string>> = {
	'citizen.title': 'My quotas and points',
	'citizen.intro':
		"Tier-1 quotas are the same for everyone in a region; only an adopted scenario changes them. Points are personal and can't be transferred.",
	'citizen.region': 'My region',
	'citizen.show': 'Show',
	'citizen.quotas': 'Quotas in {region}',
	'citizen.noQuotas': 'No plan has been adopted yet: there are no quotas.',
	'citizen.perPerson': 'per person',
	'citizen.points': 'My points',
	'citizen.pointsHelp':
		'Enter the code from your citizen-panel invitation: only it shows whose points these are. The code never goes into the address.',
	'citizen.code': 'Invitation code',
	'citizen.open': 'Open',
	'citizen.balance': 'Balance: {balance}',
	'citizen.noPoints': 'No entries yet.',
	'citizen.unknownCode': 'There is no such code. Check it against your invitation.',
	'citizen.unknownRegion': 'Field "region": "{value}" is not a region of this world.',
	'quota.new': '{resource}: {amount} {unit} {per} per person from {from}.',
	'quota.raised': '{resource}: quota raised from {previous} to {amount} {unit} {per} per person from {from}.',
	'quota.cut': '{resource}: quota cut from {previous} to {amount} {unit} {per} per person from {from}.',
	'quota.same': '{resource}: quota unchanged at {amount} {unit} {per} per person, confirmed from {from}.',
	'quota.because': 'Why: round {round} adopted the scenario "{title}". {summary}',
	'quota.coverage': "Under this scenario the region's need for it is {share} covered.",
	'points.governance': 'taking part in governance: you voted on the citizen panel of round {round}',
	'points.spent': 'spent: {purpose}',
	'points.burn': 'yearly reset: 80% of points burn, 20% carry over to next year',
	'points.other': 'points ledger entry: "{reason}"'
};

export const citizenMessages: Readonly<Record<Locale, Readonly<Record<CitizenMessageKey, string>>>> = {
	ru,
	en
};

/** A function from citizen message key to text in one language; `{name}` placeholders filled from `values`. */
export function citizenTranslator(
	locale: Locale
): (key: CitizenMessageKey, values?: Readonly<Record<string, string | number>>) => string {
	const table = citizenMessages[locale];
	return (key, values = {}) =>
		table[key].replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ''));
}
