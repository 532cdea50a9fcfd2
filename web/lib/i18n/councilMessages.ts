import type { Locale } from './types.js';

const countedByTrustees = 'подсчёт доверенными лицами';

/** Texts of sign-in and the council's desk, Russian first; kept apart so areas do not collide. */
const ru = {
	'auth.signIn': 'Войти',
	'auth.signOut': 'Выйти',
	'auth.title': 'Вход для совета, экспертов, этического совета, аналитиков и операторов',
	'auth.panelists': 'Участники панели не входят: они голосуют по коду из приглашения.',
	'auth.id': 'Учётная запись',
	'auth.password': 'Пароль',
	'auth.refused': 'Неверная учётная запись или пароль.',
	'auth.throttled': 'Слишком много неудачных попыток. Попробуйте снова через {s} с.',
	'auth.as': 'Вы вошли как',
	'role.council': 'совет',
	'role.expert': 'эксперт',
	'role.ethics': 'этический совет',
	'role.analyst': 'аналитик',
	'role.operator': 'оператор',
	'desk.title': 'Ваши действия в этом раунде',
	'desk.none': 'На этом этапе у вас нет действий.',
	'desk.done': 'Готово. Этап раунда теперь:',
	'desk.invitations': 'Одноразовые коды ({n}) записаны в файл (доступен только вам), раздайте их:',
	'desk.forbidden': 'Это действие не для вашей роли.',
	'desk.refused': 'Раунд не принял действие:',
	'desk.badInput': 'Проверьте поле:',
	'action.create': 'Создать раунд',
	'action.open-review': 'Открыть экспертизу (жребий экспертов)',
	'action.submit-review': 'Отправить заключение',
	'action.close-review': 'Закрыть экспертизу',
	'action.strike': 'Вычеркнуть сценарий',
	'action.return': 'Вернуть на доработку',
	'action.commit-panel': 'Зафиксировать жеребьёвку панели',
	'action.commit-seed': 'Зафиксировать свою долю зерна',
	'action.open-vote': 'Раскрыть панель и открыть голосование',
	'action.open-election': 'Открыть урну зашифрованного голосования',
	'action.decrypt-election': 'Передать своё частичное расшифрование',
	'action.close-vote': 'Закрыть голосование и подсчитать',
	'form.id': 'Идентификатор раунда',
	'form.scenarios': 'Файл сценариев планировщика (scenarios.json)',
	'form.subjects': 'Дополнительные метки конфликтов, через запятую (необязательно)',
	'form.panelSize': 'Размер панели (по умолчанию 500)',
	'form.reserves': 'Резерв (по умолчанию 50)',
	'form.reviewDays': 'Дней на экспертизу (7)',
	'form.ethicsDays': 'Дней этическому совету (7)',
	'form.voteDays': 'Дней на голосование (7)',
	'form.verdict': 'Заключение',
	'form.comment': 'Комментарий (обязателен, если не «обоснован»)',
	'form.amended': 'Изменённые параметры, по одному в строке: параметр = значение',
	'form.amendedHint':
		'Например: floor:water:north = 5, norm:wheat = 0.5, priority:north = 0.9, avoid-arc:a1 = true',
	'form.scenario': 'Сценарий',
	'form.reason': 'Причина (письменно, не короче предложения)',
	'form.pool': 'Список добровольцев (JSON)',
	'form.hash': 'SHA-256 вашей секретной доли зерна (64 шестнадцатеричные цифры)',
	'form.reveal': 'Доли зерна: УЧАСТНИК=СЕКРЕТ через запятую',
	'form.publicValue': 'Значение публичного источника (если он был назван)',
	'form.ballot': 'Бюллетень',
	'form.ballot.plain': 'Обычный: одноразовые коды от сервера',
	'form.ballot.encrypted': `Зашифрованный: ключи от удостоверяющего центра, ${countedByTrustees}`,
	'form.commitments': 'Обязательства всех доверенных лиц (commitment-N.json, все файлы сразу)',
	'form.credentials': 'Подписанный публичный список удостоверяющего центра (credentials.json)',
	'form.electionHint':
		'Коды участников сервер не видит: их печатает ' +
		'удостоверяющий центр; список подписан его ' +
		'ключом.',
	'form.partial': 'Ваше частичное расшифрование (partial-N.json)',
	'form.partialHint':
		'Сделайте его на своём компьютере: скачайте запись урны ({record}) и выполните resourceos election ' +
		'decrypt --key key-N.json --record record.json --out partial-N.json. Ваша доля ключа не покидает ' +
		'компьютер; сервер проверит доказательство и, когда наберётся порог, запишет итог.',
	'form.optional': 'необязательно'
} as const;

export type CouncilMessageKey = keyof typeof ru;

const en: Readonly<Record<CouncilMessageKey, string>> = {
	'auth.signIn': 'Sign in',
	'auth.signOut': 'Sign out',
	'auth.title': 'Sign in for the council, experts, ethics council, analysts and operators',
	'auth.panelists': 'Panelists do not sign in: they vote with the code from their invitation.',
	'auth.id': 'Account',
	'auth.password': 'Password',
	'auth.refused': 'Wrong account or password.',
	'auth.throttled': 'Too many failed attempts. Try again in {s} s.',
	'auth.as': 'Signed in as',
	'role.council': 'council',
	'role.expert': 'expert',
	'role.ethics': 'ethics council',
	'role.analyst': 'analyst',
	'role.operator': 'operator',
	'desk.title': 'Your actions in this round',
	'desk.none': 'You have nothing to do at this step.',
	'desk.done': 'Done. The round’s step is now:',
	'desk.invitations': 'One-time codes ({n}) were written to a file only you can read; deliver them:',
	'desk.forbidden': 'This action is not for your role.',
	'desk.refused': 'The round did not accept the action:',
	'desk.badInput': 'Check the field:',
	'action.create': 'Create the round',
	'action.open-review': 'Open the review (draw the experts)',
	'action.submit-review': 'Submit my review',
	'action.close-review': 'Close the review',
	'action.strike': 'Strike the scenario',
	'action.return': 'Return for rework',
	'action.commit-panel': 'Commit the panel draw',
	'action.commit-seed': 'Commit my share of the seed',
	'action.open-vote': 'Reveal the panel and open the vote',
	'action.open-election': 'Open the encrypted ballot box',
	'action.decrypt-election': 'Hand in my partial decryption',
	'action.close-vote': 'Close the vote and count',
	'form.id': 'Round id',
	'form.scenarios': 'The planner’s scenarios file (scenarios.json)',
	'form.subjects': 'Extra conflict tags, comma-separated (optional)',
	'form.panelSize': 'Panel size (default 500)',
	'form.reserves': 'Reserves (default 50)',
	'form.reviewDays': 'Days for the review (7)',
	'form.ethicsDays': 'Days for the ethics council (7)',
	'form.voteDays': 'Days for the vote (7)',
	'form.verdict': 'Verdict',
	'form.comment': 'Comment (required unless sound)',
	'form.amended': 'Amended parameters, one per line: parameter = value',
	'form.amendedHint':
		'For example: floor:water:north = 5, norm:wheat = 0.5, priority:north = 0.9, avoid-arc:a1 = true',
	'form.scenario': 'Scenario',
	'form.reason': 'Reason (written, at least a sentence)',
	'form.pool': 'Volunteer pool (JSON)',
	'form.hash': 'SHA-256 of your secret share of the seed (64 hex digits)',
	'form.reveal': 'Seed shares: PARTY=SECRET, separated by commas',
	'form.publicValue': "The public source's value (if one was named)",
	'form.ballot': 'Ballot',
	'form.ballot.plain': 'Plain: one-time codes from the server',
	'form.ballot.encrypted': 'Encrypted: credentials from the credential authority, counted by the trustees',
	'form.commitments': 'Every trustee’s commitment (commitment-N.json, all files at once)',
	'form.credentials': 'The credential authority’s signed public list (credentials.json)',
	'form.electionHint':
		'The server never sees the panelists’ codes: the credential authority prints them and signs the list.',
	'form.partial': 'Your partial decryption (partial-N.json)',
	'form.partialHint':
		'Make it on your own machine: download the box’s record ({record}) and run resourceos election ' +
		'decrypt --key key-N.json --record record.json --out partial-N.json. Your key share never leaves your ' +
		'machine; the server checks the proof and, once the threshold is reached, records the result.',
	'form.optional': 'optional'
};

export const councilMessages: Readonly<Record<Locale, Readonly<Record<CouncilMessageKey, string>>>> = {
	ru,
	en
};

/** A function from council message key to text in one language; `{name}` placeholders filled from `values`. */
export function councilTranslator(
	locale: Locale
): (key: CouncilMessageKey, values?: Readonly<Record<string, string | number>>) => string {
	const table = councilMessages[locale];
	return (key, values = {}) =>
		table[key].replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ''));
}
