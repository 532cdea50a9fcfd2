/**
 * One exponential smoothing state space model (Hyndman, Koehler, Ord & Snyder 2008, "Forecasting with Exponential
 * Smoothing", Table 2.1), named as R's forecast::ets names it: error, trend, season ("MAdM").
 */
export interface EtsSpec {
	readonly error: 'A' | 'M';
	/** None, additive, or additive damped ("Ad"); multiplicative trends are left out, as R's ets does by default. */
	readonly trend: 'N' | 'A' | 'Ad';
	readonly season: 'N' | 'A' | 'M';
}

/** Smoothing parameters in R's parametrisation (the trend update uses beta/alpha); unused ones are 0, phi 1 undamped. */
export interface EtsParams {
	readonly alpha: number;
	readonly beta: number;
	readonly gamma: number;
	readonly phi: number;
}

/** A state: level, trend, and the seasonal index of each phase t mod m (length 1 and unused without a season). */
export interface EtsState {
	readonly level: number;
	readonly trend: number;
	readonly season: Float64Array;
}

/** A fitted model: its specification, parameters, initial and final states, and the criteria R's ets reports. */
export interface EtsFit {
	readonly spec: EtsSpec;
	/** Season length used (1 = none). */
	readonly m: number;
	readonly params: EtsParams;
	readonly init: EtsState;
	/** The state after the last observation (the next observation would be y[n]). */
	readonly state: EtsState;
	readonly n: number;
	/** −2 log-likelihood up to a constant, as R's ets computes it: n·log(SSE) (+ 2·Σ log|ŷ| for multiplicative errors). */
	readonly lik: number;
	/** Parameters counted as R counts them: smoothing parameters, initial states, and the error variance. */
	readonly np: number;
	readonly aicc: number;
}

/** Options of automatic ETS; defaults in `etsDefaults`. */
export interface EtsOptions {
	/** Nelder–Mead iterations per model; default 300. */
	readonly maxIterations: number;
	/** Seasons longer than this are not modelled (R's ets: 24). */
	readonly maxPeriod: number;
}
