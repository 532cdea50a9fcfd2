/**
 * Forecasting methods: baselines, exponential smoothing (Holt–Winters), Theta, TSB for intermittent demand, and the
 * learned global model (tfjs, trained across series). A combination (mean of Holt–Winters and Theta) was tried and
 * left out: on the benchmark it lowered hourly 90% coverage from 93% to 78% and raised hourly MASE from 3.81 to 4.18.
 */
export type MethodName =
	| 'naive'
	| 'seasonal-naive'
	| 'tsb'
	| 'theta'
	| 'holt-winters'
	| 'holt-winters-fast-trend'
	| 'ets'
	| 'combination'
	| 'global';

/** A local method: from equally spaced history (no NaN), point forecasts for steps 1..horizon. Period in steps (1 = none). */
export type PointForecaster = (history: readonly number[], horizon: number, period: number) => number[];

/** A local method's forecasts at each backtest origin o (from y[0..o), `horizon` long) and from the end (`finalHorizon` long). */
export type LocalRun = (
	y: readonly number[],
	origins: readonly number[],
	horizon: number,
	finalHorizon: number,
	period: number
) => { atOrigins: number[][]; final: number[] };

/** Forecasts made elsewhere (the global model, batched across series) at this series' backtest origins and at the end. */
export interface ExternalForecasts {
	readonly method: MethodName;
	/** One forecast per origin of `backtestOrigins`, same order, each `horizon` long. */
	readonly atOrigins: readonly (readonly number[])[];
	/** The forecast from the end of the history, `horizon` long. */
	readonly final: readonly number[];
}

/**
 * A method's rolling-origin backtest over all origins and steps: mean absolute scaled error (Hyndman & Koehler 2006),
 * root mean squared scaled error (the M5 competition's measure), and MAE.
 */
export interface MethodScore {
	readonly method: MethodName;
	readonly mase: number;
	readonly rmsse: number;
	readonly mae: number;
	readonly origins: number;
}

/** Options of forecasting; defaults in `defaults`. */
export interface ForecastOptions {
	/** Season length in steps (12 monthly, 24 hourly, 7 daily); 1 = no season. */
	readonly period: number;
	/** Steps ahead; default 12. */
	readonly horizon: number;
	/**
	 * Steps each backtest forecasts (and the MASE covers); 0 = `horizon`. Shorter lets a long horizon run on a short
	 * history: widths beyond it grow as √(j/h).
	 */
	readonly backtestHorizon: number;
	/** Rolling origins of the backtest; default 6 (of 3, 4, 6 and 8, the best balance of accuracy and interval coverage on the benchmark). */
	readonly origins: number;
	/** Steps between consecutive origins; 0 = horizon / 2 (at least 1). */
	readonly originStride: number;
	/** Methods tried (TSB only on intermittent series); the global model is added when its forecasts are passed in. */
	readonly methods: readonly MethodName[];
	/**
	 * The backtest loss that chooses the method. `auto` (default): RMSSE on intermittent series (a quarter or more
	 * zeros), where MASE, minimised by the median, rewards forecasting zero (M5, 2020); MASE elsewhere: on the 51
	 * real benchmark series RMSSE everywhere chose worse (mean MASE 1.200 against 1.107) with 84% coverage against 88%.
	 */
	readonly selectBy: 'auto' | 'rmsse' | 'mase';
	/**
	 * A more complex method replaces a simpler one only if its backtest MAE is lower by more than this share; default 0
	 * (a margin of 5–10% made the benchmark worse).
	 */
	readonly tolerance: number;
	/**
	 * The method kept on regular (not intermittent) series unless another one has the lowest backtest loss and beats it
	 * at `preferUnlessBeatenAt` or more of the origins (a share); null = plain lowest loss. Default Holt–Winters, 5/6.
	 */
	readonly prefer: MethodName | null;
	readonly preferUnlessBeatenAt: number;
	/**
	 * The method for a series whose changes over the horizon vary as a random walk's (see `randomWalkMargin`),
	 * chosen without the backtest: a backtest of a random walk only says which way it happened to move in the last
	 * few weeks, and that does not carry over. Default Theta (exponential smoothing plus half the drift); null = off.
	 */
	readonly randomWalkMethod: MethodName | null;
	/** How close to 1 the variance ratio at the horizon must be shown to be (see behavesAsRandomWalk); default 0.5. */
	readonly randomWalkMargin: number;
	/** Central prediction interval level; default 0.9. */
	readonly level: number;
	/** Only the last `maxHistory` points are used (speed); default 1000. */
	readonly maxHistory: number;
	/** Steps since the last reading at forecast time (a stale sensor); default 0. */
	readonly staleSteps: number;
	/** The quantity cannot be negative (a stock, a consumption): points and lower bounds are cut at 0; default false. */
	readonly nonNegative: boolean;
}

/** A forecast of one series with the evidence behind it; `notes` say in words what was done to the data. */
export type SeriesForecast =
	| {
			readonly status: 'ok';
			readonly method: MethodName;
			/** Every method's backtest, best first; the chosen one is first. */
			readonly scores: readonly MethodScore[];
			readonly point: readonly number[];
			readonly lower: readonly number[];
			readonly upper: readonly number[];
			readonly level: number;
			/** Set when the sensor is silent: the forecast was made from the last reading and intervals widened. */
			readonly stale: { readonly steps: number; readonly widening: number } | null;
			/** The chosen method's backtest errors (actual − forecast), one row per origin, `backtestHorizon` steps each. */
			readonly errors: readonly (readonly number[])[];
			/** Interior gaps filled by linear interpolation before fitting. */
			readonly filled: number;
			readonly notes: readonly string[];
	  }
	| { readonly status: 'too-short'; readonly have: number; readonly need: number };
