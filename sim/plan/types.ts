/**
 * A plan indexed for the step: per period, flat arrays with NaN where the plan says nothing.
 * Rates are per day (a period's amount ÷ periodDays).
 */
export interface CompiledPlan {
	/** Day of the run (0 = first simulated day) on which period 0 starts; may be negative. */
	readonly startDay: number;
	readonly periodDays: number;
	readonly periods: number;
	/** Tier-1 quota per rk, units per person per day (NaN: the catalogue norm). */
	readonly quota: Float64Array;
	/** Per period p, allocation cap per rk at [p*R*K + rk], units/day (NaN: no cap). */
	readonly allocationRate: Float64Array;
	/** Per period p, production target per rk at [p*R*K + rk], units/day (NaN: produce to need). */
	readonly productionRate: Float64Array;
	/** Per period p, shipment per lane at [p*L + lane], units/day (0 when none). */
	readonly transferRate: Float64Array;
	/** Lanes the plan ever ships on (the only ones where goods can be in transit). */
	readonly usedLanes: Int32Array;
}
