import type { ProposedScenario } from '../../data/plan/types.js';
import type { PlanningInput, ReworkReason } from '../model/types.js';
import { num, pct, type Bilingual } from './format.js';

/** Says in both languages what each rework reason changed in the model. */
export function describeRework(reasons: readonly ReworkReason[], input: PlanningInput): Bilingual[] {
	const resource = new Map(input.resources.map((r) => [r.id, r]));
	const region = new Map(input.regions.map((r) => [r.id, r]));
	const arc = new Map(input.arcs.map((a) => [a.id, a]));
	/** A resource's name in lower case, or its id when the input does not know it. */
	const nameOf = (id: string, lang: 'en' | 'ru') => resource.get(id)?.name[lang].toLowerCase() ?? id;
	return reasons.map((r): Bilingual => {
		switch (r.kind) {
			case 'norm': {
				const res = resource.get(r.resource);
				const was = res?.norm?.perPerson ?? 0;
				const unit = res?.unit ?? '';
				const [en, ru] = [nameOf(r.resource, 'en'), nameOf(r.resource, 'ru')];
				return {
					en: `Norm of ${en} set to ${num(r.perPersonPerDay, 'en', 4)} ${unit} per person per day (was ${num(was, 'en', 4)}).`,
					ru:
						`Норма (${ru}) установлена на ` +
						`${num(r.perPersonPerDay, 'ru', 4)} ${unit} на ` +
						`человека в день (было ${num(was, 'ru', 4)}).`
				};
			}
			case 'floor': {
				const name = r.region ? region.get(r.region)?.name : undefined;
				const where = {
					en: name ? `in ${name.en}` : 'in every region',
					ru: name ? `в регионе «${name.ru}»` : 'во всех регионах'
				};
				const [en, ru] = [nameOf(r.resource, 'en'), nameOf(r.resource, 'ru')];
				return {
					en: `Reserve floor of ${en} set to ${num(r.days, 'en', 1)} days of need ${where.en}.`,
					ru: `Резервный минимум (${ru}) — ${num(r.days, 'ru', 1)} сут. потребности ${where.ru}.`
				};
			}
			case 'priority': {
				const name = region.get(r.region)?.name;
				return {
					en: `${name?.en ?? r.region} is guaranteed at least ${pct(r.minCoverage, 'en')} of every basic norm in every period.`,
					ru:
						`Региону «${name?.ru ?? r.region}» гарантировано ` +
						`не менее ${pct(r.minCoverage, 'ru')} каждой ` +
						`базовой нормы в каждом периоде.`
				};
			}
			case 'avoid-arc': {
				const a = arc.get(r.arc);
				const [from, to] = [a && region.get(a.from)?.name, a && region.get(a.to)?.name];
				return {
					en: `Transport link ${from?.en ?? '?'} → ${to?.en ?? '?'} (${a?.mode ?? r.arc}) is not used.`,
					ru: `Транспортный путь ${from?.ru ?? '?'} → ${to?.ru ?? '?'} (${a?.mode ?? r.arc}) не используется.`
				};
			}
		}
	});
}

/** Says how a reworked scenario's headline figures moved against the same policy's previous one. */
export function describeEffect(before: ProposedScenario, after: ProposedScenario): Bilingual {
	/** Each headline figure as `before → after`, in one language. */
	const moves = (lang: 'en' | 'ru') => {
		const moved = (show: (m: typeof before.metrics) => string) =>
			`${show(before.metrics)} → ${show(after.metrics)}`;
		return {
			coverage: moved((m) => pct(m.minCoverage, lang, 1)),
			shortfall: moved((m) => num(m.shortfallPersonDays, lang)),
			transport: moved((m) => num(m.transportTonneKm, lang)),
			reserves: moved((m) => num(m.reserveMonths, lang, 2))
		};
	};
	const [en, ru] = [moves('en'), moves('ru')];
	const changes = {
		en: [
			`lowest coverage ${en.coverage}`,
			`shortfall ${en.shortfall} person-days`,
			`transport ${en.transport} t·km`,
			`reserves ${en.reserves} months`
		],
		ru: [
			`минимальное обеспечение ${ru.coverage}`,
			`дефицит ${ru.shortfall} чел.-дней`,
			`перевозки ${ru.transport} т·км`,
			`резервы ${ru.reserves} мес.`
		]
	};
	return {
		en: `Against the previous round: ${changes.en.join(', ')}.`,
		ru: `По сравнению с прошлым раундом: ${changes.ru.join(', ')}.`
	};
}
