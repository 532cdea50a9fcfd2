import type { Locale } from './types.js';

/** Texts of the console's stress tests, Russian first; `{name}` placeholders. */
const ru = {
	'stress.title': 'Стресс-тесты',
	'stress.intro':
		'Каждый прогон — замкнутый цикл целиком (мир с ' +
		'ударом, датчики, Корреляционный центр, ' +
		'планировщик, ' +
		'автосовет), как `resourceos stress`; прогоны идут по зёрнам 1, 2, …',
	'stress.case': 'Случай',
	'stress.runs': 'Прогонов (1–5)',
	'stress.run': 'Запустить',
	'stress.signIn': 'Запускать тесты могут аналитики, совет и операторы (войдите).',
	'stress.forbidden': 'Ваша роль не запускает стресс-тесты.',
	'stress.busy': 'Уже идёт другой тест: {id}. Дождитесь его конца.',
	'stress.jobs': 'Запуски',
	'stress.noJobs': 'Тестов ещё не запускали.',
	'stress.days': '{days} дн.',
	'stress.progress': 'Выполнено {done} из {total} дней моделирования',
	'stress.running': 'идёт',
	'stress.pass': 'ПРОЙДЕН',
	'stress.fail': 'НЕ ПРОЙДЕН',
	'stress.failed': 'сбой',
	'stress.reload': 'Обновить',
	'stress.report': 'Отчёт команды `resourceos stress`: критерии и графики первого прогона.',
	'stress.by': 'запустил(а) {by}'
};

export type StressMessageKey = keyof typeof ru;

const en: Readonly<Record<StressMessageKey, string>> = {
	'stress.title': 'Stress tests',
	'stress.intro':
		'Each run is the whole closed loop (the world under the shock, sensors, Correlation Center, planner, ' +
		'auto-council), as `resourceos stress` runs it; runs use seeds 1, 2, …',
	'stress.case': 'Case',
	'stress.runs': 'Runs (1–5)',
	'stress.run': 'Run',
	'stress.signIn': 'Analysts, the council and operators may run tests (sign in).',
	'stress.forbidden': 'Your role does not run stress tests.',
	'stress.busy': 'Another test is running: {id}. Wait for it to end.',
	'stress.jobs': 'Runs',
	'stress.noJobs': 'No test has been run yet.',
	'stress.days': '{days} days',
	'stress.progress': '{done} of {total} simulated days done',
	'stress.running': 'running',
	'stress.pass': 'PASS',
	'stress.fail': 'FAIL',
	'stress.failed': 'failed',
	'stress.reload': 'Refresh',
	'stress.report': "The `resourceos stress` command's report: criteria and the first run's plots.",
	'stress.by': 'started by {by}'
};

export const stressMessages: Readonly<Record<Locale, Readonly<Record<StressMessageKey, string>>>> = {
	ru,
	en
};

/** A function from stress message key to text in one language; `{name}` placeholders filled from `values`. */
export function stressTranslator(
	locale: Locale
): (key: StressMessageKey, values?: Readonly<Record<string, string | number>>) => string {
	const table = stressMessages[locale];
	return (key, values = {}) =>
		table[key].replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ''));
}
