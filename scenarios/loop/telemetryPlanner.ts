import type { ReferenceData } from '../../data/reference/types.js';
import type { TelemetryStore } from '../../data/telemetry/types.js';
import { buildPlanningInput } from '../../planner/inputs/buildPlanningInput.js';
import { readStocks } from '../../planner/inputs/readStocks.js';
import type { StockSnapshot } from '../../planner/inputs/types.js';
import { modelDefaults } from '../../planner/model/modelDefaults.js';
import type { ForecastAdjustment } from '../../planner/model/types.js';
import { planRound } from '../../planner/planRound.js';
import type { Solvers } from '../../planner/solver/solveChecked.js';
import type { PlannerOptions } from '../../planner/types.js';
import { threatDefaults } from '../../sim/threat/defaults.js';
import { withCouncilFigures } from './councilFigures.js';
import { heldByCouncils, withoutManualArcs } from './manualDistribution.js';
import type { Planner } from './types.js';

/**
 * The planner as the loop runs it: stocks from a snapshot (the latest telemetry, by default), the
 * plan starting on the round's day, one round of the configured policies. The snapshot is a port so
 * the scoreboard can give the same planner the simulation's true stocks (the perfect-information plan).
 * `adjustments` say how capacities and needs differ from the reference world's now (from the telemetry,
 * by default; the simulation's true state for the perfect-information plan).
 */
export function telemetryPlanner(
	reference: ReferenceData,
	snapshot: () => Promise<StockSnapshot>,
	solvers: Solvers,
	options: Partial<PlannerOptions> = {},
	adjustments: () => Promise<readonly ForecastAdjustment[]> = async () => [],
	/** Clear days before a threat level lifts (the loop's machine; for a manual region's survival mode). */
	liftAfterDays = threatDefaults.liftAfterDays
): Planner {
	return {
		async propose({ roundId, start, currentPlan, survival, survivalDays, manual }) {
			const built = buildPlanningInput(reference, await snapshot(), {
				start,
				forecasts: await adjustments()
			});
			const input = withoutManualArcs(built, manual);
			// Survival mode in force: the plan's first period carries the world's cut (see SurvivalRule.inForce).
			const rule =
				options.settings?.survival === undefined ? modelDefaults.survival : options.settings.survival;
			// The loop executes transfers and quotas only (see `executionOf`): sites produce to need, whatever the plan says.
			const settings = {
				sitesProduceToNeed: true,
				// A manual region is cut off from the plan's arcs: its sites make what their own inputs allow (held to
				// need, a dark region with its energy store empty would leave every policy infeasible).
				sitesOnTheirOwn: manual,
				...options.settings,
				survival: rule && {
					...rule,
					inForce: survival,
					...(survivalDays ? { inForceDays: survivalDays } : {})
				}
			};
			const round = await planRound(input, solvers, {
				...options,
				settings,
				idPrefix: roundId,
				currentPlan
			});
			const councils = manual.map((region) => ({
				region,
				survival: rule ?? null,
				survivalDays: survival.includes(region) ? (survivalDays?.[region] ?? input.periodDays) : 0,
				liftAfterDays
			}));
			return round.scenarios.map((s) =>
				withCouncilFigures(heldByCouncils(s, manual, currentPlan), input, councils, currentPlan)
			);
		}
	};
}

/** The latest stock readings in the store (see `readStocks`). */
export const storeSnapshot = (store: TelemetryStore, reference: ReferenceData) => () =>
	readStocks(store, reference.world);
