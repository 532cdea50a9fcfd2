import type { Locale } from './types.js';

/** Texts of the encrypted ballot page, Russian first; kept apart so that areas do not collide. */
const ru = {
	'sealed.title': 'Тайное голосование',
	'sealed.noscript':
		'Этот бюллетень шифрует ваш голос прямо в вашем ' +
		'браузере, и ему нужен JavaScript. Если он ' +
		'выключен ' +
		'или недоступен, проголосуйте в пункте ' +
		'голосования с наблюдателем: там киоск зашифрует ' +
		'ваш голос так ' +
		'же, по вашему коду.',
	'sealed.code': 'Код из приглашения',
	'sealed.next': 'Дальше',
	'sealed.choose': 'Выберите один вариант',
	'sealed.pick': 'Выбрать',
	'sealed.confirmTitle': 'Проверьте выбор',
	'sealed.confirm': 'Зашифровать и отправить',
	'sealed.change': 'Изменить',
	'sealed.encrypting': 'Шифруем…',
	'sealed.doneTitle': 'Голос зашифрован и принят',
	'sealed.receipt': 'Ваша квитанция (хеш зашифрованного бюллетеня)',
	'sealed.receiptHint':
		'Квитанция ничего не говорит о вашем выборе. ' +
		'Найдите её в открытом списке бюллетеней. До ' +
		'закрытия ' +
		'можно проголосовать снова: учитывается последний бюллетень.',
	'sealed.box': 'Открытый список бюллетеней',
	'sealed.closed': 'Голосование закрыто.',
	'sealed.notFound': 'Такого голосования нет.',
	'sealed.refused': 'Бюллетень не принят',
	'sealed.badCode': 'Код должен быть из приглашения (26 знаков, можно с дефисами).',
	'sealed.count': 'Бюллетеней в урне',
	'sealed.verify': 'Проверить голосование в браузере',
	'verify.title': 'Проверка голосования',
	'verify.download': 'Скачать запись и проверить',
	'verify.file': 'Или проверьте скачанный файл record.json',
	'verify.checking': 'Проверяем все подписи и доказательства…',
	'verify.valid': 'Всё сходится. Учтено бюллетеней',
	'verify.replaced': 'заменено более поздним бюллетенем',
	'verify.noscript':
		'Проверка идёт в вашем браузере и требует JavaScript. Без него: resourceos verify election --record record.json'
} as const;

export type SealedMessageKey = keyof typeof ru;

const en: Record<SealedMessageKey, string> = {
	'sealed.title': 'Secret ballot',
	'sealed.noscript':
		'This ballot encrypts your vote in your own browser and needs JavaScript. If it is off or not ' +
		'available, vote at a supervised polling place: its kiosk encrypts your vote the same way, with your ' +
		'code.',
	'sealed.code': 'Code from your invitation',
	'sealed.next': 'Next',
	'sealed.choose': 'Choose one option',
	'sealed.pick': 'Choose',
	'sealed.confirmTitle': 'Check your choice',
	'sealed.confirm': 'Encrypt and send',
	'sealed.change': 'Change',
	'sealed.encrypting': 'Encrypting…',
	'sealed.doneTitle': 'Your vote is encrypted and in the box',
	'sealed.receipt': 'Your receipt (the hash of your encrypted ballot)',
	'sealed.receiptHint':
		'The receipt says nothing about your choice. Find it in the public ballot list. You may vote again before the close: the last ballot counts.',
	'sealed.box': 'Public ballot list',
	'sealed.closed': 'The vote is closed.',
	'sealed.notFound': 'There is no such vote.',
	'sealed.refused': 'Ballot not accepted',
	'sealed.badCode': 'The code should be the one from your invitation (26 characters, dashes allowed).',
	'sealed.count': 'Ballots in the box',
	'sealed.verify': 'Verify the vote in your browser',
	'verify.title': 'Verify the vote',
	'verify.download': 'Download the record and verify',
	'verify.file': 'Or check a record.json file you downloaded',
	'verify.checking': 'Checking every signature and proof…',
	'verify.valid': 'Everything checks. Ballots counted',
	'verify.replaced': 'replaced by a later ballot',
	'verify.noscript':
		'The check runs in your browser and needs JavaScript. Without it: resourceos verify election --record record.json'
};

/** A function from encrypted-ballot message key to text in one language. */
export function sealedTranslator(locale: Locale): (key: SealedMessageKey) => string {
	const table: Readonly<Record<SealedMessageKey, string>> = locale === 'ru' ? ru : en;
	return (key) => table[key];
}
