import type { ForecastAdjustment } from '../../model/types.js';
import type { MethodName } from '../types.js';

/** One region's daily consumption of one resource (NaN = no reading), oldest first. */
export interface DemandInput {
	readonly region: string;
	readonly resource: string;
	readonly dailyConsumption: readonly number[];
}

/** What the planner receives, plus the evidence behind each factor (for the experts who check the numbers). */
export type DemandOutcome =
	| {
			readonly status: 'ok';
			readonly adjustments: readonly ForecastAdjustment[];
			readonly method: MethodName;
			readonly backtestMase: number;
			readonly recentPerDay: number;
			readonly notes: readonly string[];
	  }
	| {
			readonly status: 'insufficient-data';
			readonly region: string;
			readonly resource: string;
			readonly reason: string;
	  };
