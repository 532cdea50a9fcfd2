import type { CorrelationMatrix, SeriesChart } from '../charts/types.js';

/** The telemetry explorer: one region's series, one of them drawn with its forecast, and how they move together. */
export interface Explorer {
	readonly regions: readonly { readonly id: string; readonly name: string }[];
	readonly region: { readonly id: string; readonly name: string };
	/** The region's series (`resource/quantity`), named in the reader's language. */
	readonly series: readonly { readonly id: string; readonly name: string }[];
	/** The chosen series, or null when the region has none yet. */
	readonly chosen: {
		readonly id: string;
		readonly name: string;
		readonly unit: string;
		readonly chart: SeriesChart;
		/** `ok` with the method chosen by backtest and the interval level, or why there is no forecast. */
		readonly forecast:
			| { readonly status: 'ok'; readonly method: string; readonly level: number; readonly mase: number }
			| { readonly status: 'too-short'; readonly have: number; readonly need: number };
		readonly regimes:
			| {
					readonly status: 'ok';
					readonly changes: readonly {
						readonly kind: string;
						readonly date: string;
						readonly probability: number;
						readonly levelBefore: number;
						readonly levelAfter: number;
					}[];
			  }
			| { readonly status: 'too-short'; readonly have: number; readonly need: number };
	} | null;
	/** Relations of the region's series over the same days: the matrix, and the significant ones explained. */
	readonly matrix: CorrelationMatrix | null;
	readonly significant: readonly {
		readonly a: string;
		readonly b: string;
		readonly lag: number;
		readonly explanation: string;
	}[];
	readonly from: string;
	readonly to: string;
	/** Query words that name no region or series here: refused by name (the page shows the defaults instead). */
	readonly refused: readonly { readonly field: 'region' | 'series'; readonly value: string }[];
}
