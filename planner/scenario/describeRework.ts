import type { ProposedScenario } from '../../data/plan/types.js';
import type { PlanningInput, ReworkReason } from '../model/types.js';
import { num, pct, type Bilingual } from './format.js';

/** Says in both languages what each rework reason changed in the model. */
export function describeRework(reasons: readonly ReworkReason[], input: PlanningInput): Bilingual[] {
	const resource = new Map(input.resources.map((r) => [r.id, r]));
	const region = new Map(input.regions.map((r) => [r.id, r]));
	const arc = new Map(input.arcs.map((a) => [a.id, a]));
	return reasons.map((r): Bilingual => {
		switch (r.kind) {
			case 'norm': {
				const res = resource.get(r.resource);
				const was = res?.norm?.perPerson ?? 0;
				return {
					en: `Norm of ${res?.name.en.toLowerCase() ?? r.resource} set to ${num(r.perPersonPerDay, 'en', 4)} ${res?.unit ?? ''} per person per day (was ${num(was, 'en', 4)}).`,
					ru: `Норма (${res?.name.ru.toLowerCase() ?? r.resource}) установлена на ${num(r.perPersonPerDay, 'ru', 4)} ${res?.unit ?? ''} на человека в день (было ${num(was, 'ru', 4)}).`
				};
			}
			case 'floor': {
				const res = resource.get(r.resource);
				const where = r.region ? region.get(r.region)?.name : undefined;
				return {
					en: `Reserve floor of ${res?.name.en.toLowerCase() ?? r.resource} set to ${num(r.days, 'en', 1)} days of need ${where ? `in ${where.en}` : 'in every region'}.`,
					ru: `Резервный минимум (${res?.name.ru.toLowerCase() ?? r.resource}) — ${num(r.days, 'ru', 1)} сут. потребности ${where ? `в регионе «${where.ru}»` : 'во всех регионах'}.`
				};
			}
			case 'priority': {
				const name = region.get(r.region)?.name;
				return {
					en: `${name?.en ?? r.region} is guaranteed at least ${pct(r.minCoverage, 'en')} of every basic norm in every period.`,
					ru: `Региону «${name?.ru ?? r.region}» гарантировано не менее ${pct(r.minCoverage, 'ru')} каждой базовой нормы в каждом периоде.`
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
	const [b, a] = [before.metrics, after.metrics];
	return {
		en: `Against the previous round: lowest coverage ${pct(b.minCoverage, 'en', 1)} → ${pct(a.minCoverage, 'en', 1)}, shortfall ${num(b.shortfallPersonDays, 'en')} → ${num(a.shortfallPersonDays, 'en')} person-days, transport ${num(b.transportTonneKm, 'en')} → ${num(a.transportTonneKm, 'en')} t·km, reserves ${num(b.reserveMonths, 'en', 2)} → ${num(a.reserveMonths, 'en', 2)} months.`,
		ru: `По сравнению с прошлым раундом: минимальное обеспечение ${pct(b.minCoverage, 'ru', 1)} → ${pct(a.minCoverage, 'ru', 1)}, дефицит ${num(b.shortfallPersonDays, 'ru')} → ${num(a.shortfallPersonDays, 'ru')} чел.-дней, перевозки ${num(b.transportTonneKm, 'ru')} → ${num(a.transportTonneKm, 'ru')} т·км, резервы ${num(b.reserveMonths, 'ru', 2)} → ${num(a.reserveMonths, 'ru', 2)} мес.`
	};
}
