import type { Plan, ProposedScenario } from '../../data/plan/types.js';
import type { PlanningInput } from '../../planner/model/types.js';

/**
 * The planning input for a round where `regions` are at red or survival: the founding documents' manual
 * distribution there, so no arc into or out of them is the planner's to use (their councils request and
 * send shipments by hand; their reserves stay local, as the world's own protocol keeps them). The model is
 * solved without those arcs, so every figure of the scenarios is of the plan the world is given.
 */
export function withoutManualArcs(input: PlanningInput, regions: readonly string[]): PlanningInput {
	if (regions.length === 0) return input;
	const manual = new Set(regions);
	return { ...input, arcs: input.arcs.filter((a) => !manual.has(a.from) && !manual.has(a.to)) };
}

/**
 * A scenario as the round shows it when `regions` are under manual distribution: their quotas are the
 * councils', held from the plan in force (without one, the world's norm, rationed lifeline-first), in
 * place of the planner's; a note tells reviewers and the panel. The planner's coverage figures for those
 * regions rest on their own stock and production (no shipments planned), not on the councils' quotas.
 */
export function heldByCouncils(
	scenario: ProposedScenario,
	regions: readonly string[],
	inForce: Plan | null
): ProposedScenario {
	if (regions.length === 0) return scenario;
	const manual = new Set(regions);
	const quotas = [
		...scenario.plan.quotas.filter((q) => !manual.has(q.region)),
		...(inForce?.quotas.filter((q) => manual.has(q.region)) ?? [])
	];
	const names = regions.join(', ');
	const held = inForce
		? { en: 'the quotas of the plan in force', ru: 'квоты действующего плана' }
		: { en: 'the norm, rationed lifeline-first', ru: 'норму с приоритетом жизнеобеспечения' };
	// The note's parts, named (one sentence per language).
	const who = { en: `Manual distribution in ${names}`, ru: `Ручное распределение в регионах ${names}` };
	const why = { en: '(threat level red or survival)', ru: '(уровень угрозы красный или выживание)' };
	const sets = {
		en: `its council sets its quotas (this plan keeps ${held.en}) and its shipments`,
		ru: `квоты и поставки устанавливает совет региона (план сохраняет ${held.ru})`
	};
	const rest = {
		en: 'the plan schedules none into or out of it, and governance points are suspended there.',
		ru: 'план не назначает туда и оттуда перевозок, баллы за участие там приостановлены.'
	};
	const note = {
		en: `${who.en} ${why.en}: ${sets.en}; ${rest.en}`,
		ru: `${who.ru} ${why.ru}: ${sets.ru}; ${rest.ru}`
	};
	return {
		...scenario,
		plan: { ...scenario.plan, quotas },
		explanations: [note, ...(scenario.explanations ?? [])]
	};
}
