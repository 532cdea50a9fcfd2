import { lpName, type LpBuilder } from '../lp/lpBuilder.js';
import type { PhysicalModel } from './addPhysicalModel.js';
import type { TriggerIndex } from './modelIndex.js';
import type { ModelSettings, PlanningInput } from './types.js';

/**
 * The federation's survival trigger as rows the plan can keep: for each basic flow good and period in
 * which the federation's need exceeds its production capacity, the federation's stock at the period's
 * end should last `federationStockDaysBelow` × `survivalTriggerMargin` days at that deficit, the rule
 * the world applies each day (sim/threat/observeThreat.ts: stock ÷ (need − capacity), need before any
 * quota). Within a period the stock moves in a straight line, so its end is where it is lowest.
 * A slack column lets the plan fall short at `costPerUnit` each; a period whose slack is used is one
 * the world will spend in survival mode (see `predictSurvival`). Rationing the good (delivering less
 * than the need, so the stock lasts) is what keeps the slack at zero: a tenth of one good is cheaper
 * than the protocol's cut of every good by 30%. A trigger that rationing at the protocol's own cut
 * (`quotaFactor` of the need) could not keep from firing gets no row: the world enters survival mode
 * whatever the plan, and holding stock back from people would only add to the cut. Such a trigger is not
 * predicted either (a limit: the hand-checked cases, worlds of a week's stock and no production, would all
 * be in survival mode by it); the region's own triggers still are.
 */
export function addSurvivalTrigger(
	b: LpBuilder,
	m: PhysicalModel,
	input: PlanningInput,
	settings: ModelSettings,
	costPerUnit: number
): TriggerIndex[] {
	const days = settings.survival?.federationStockDaysBelow;
	if (days === null || days === undefined) return [];
	const D = input.periodDays;
	const triggers: TriggerIndex[] = [];
	const deepest = settings.survival!.quotaFactor;
	const flows = new Set(m.cells.filter((c) => c.kind === 'flow').map((c) => c.resource));
	for (const resource of flows) {
		// The federation's stock if everyone got `deepest` of the need (production inputs and losses aside).
		let rationed = m.stocks
			.filter((s) => s.resource === resource && s.period === 0)
			.reduce((t, s) => t + s.initial, 0);
		for (let t = 0; t < input.periods; t++) {
			const need = m.cells
				.filter((c) => c.resource === resource && c.period === t)
				.reduce((s, c) => s + c.need / D, 0);
			const capacity = m.production
				.filter((p) => p.resource === resource && p.period === t)
				.reduce((s, p) => s + p.upper / D, 0);
			rationed += (capacity - deepest * need) * D;
			const deficit = need - capacity;
			const level = days * settings.survivalTriggerMargin * deficit;
			if (!(deficit > 0) || rationed < level) continue;
			const slack = b.variable(lpName('trigger_slack', resource, t), { upper: level, cost: costPerUnit });
			const stocks = m.stocks.filter((s) => s.resource === resource && s.period === t);
			b.constraint(
				lpName('trigger', resource, t),
				[...stocks.map((s) => [s.column, 1] as const), [slack, 1]],
				{ lower: level, kind: 'reserve' }
			);
			m.rows.push({ kind: 'reserve', resource, period: t });
			triggers.push({ resource, period: t, slack, level });
		}
	}
	return triggers;
}
