/** Figures computed on the server (d3 scales) and drawn as plain SVG by Svelte: no client JavaScript. Lengths in SVG user units (px). */

/** One cell of a heat map: its number, and where it sits between bad (0, red) and good (1, blue). */
export interface HeatCell {
	readonly region: string;
	readonly resource: string;
	readonly value: number;
	/** 0 to 1 (clamped): the colour. */
	readonly level: number;
}

/** A region × resource grid: coverage per scenario, or stocks in days of need. */
export interface HeatMap {
	readonly width: number;
	readonly height: number;
	/** Where the cells begin, right of the row labels and below the slanted column labels. */
	readonly left: number;
	readonly top: number;
	readonly rows: readonly { readonly id: string; readonly label: string; readonly y: number }[];
	readonly columns: readonly { readonly id: string; readonly label: string; readonly x: number }[];
	readonly cells: readonly {
		readonly x: number;
		readonly y: number;
		readonly size: number;
		readonly fill: string;
		/** Dark or light, whichever reads on `fill` (WCAG contrast ≥ 4.5:1). */
		readonly ink: string;
		readonly value: number;
		readonly region: string;
		readonly resource: string;
	}[];
}

/** Scenarios placed by two metrics, the non-dominated ones marked. */
export interface TradeOff {
	readonly width: number;
	readonly height: number;
	readonly xTicks: readonly { readonly x: number; readonly label: number }[];
	readonly yTicks: readonly { readonly y: number; readonly label: number }[];
	readonly points: readonly {
		readonly id: string;
		readonly x: number;
		readonly y: number;
		readonly nonDominated: boolean;
		/** Which line of names at this spot the scenario's name takes (0 for the first), so names at one point do not overprint. */
		readonly labelRow: number;
	}[];
}

/** A ballot's count as bars, with the lines a result must cross. */
export interface ResultBars {
	readonly width: number;
	readonly height: number;
	readonly bars: readonly {
		readonly id: string;
		readonly y: number;
		readonly width: number;
		readonly votes: number;
		readonly share: number;
	}[];
	readonly barHeight: number;
	/** x of "more than this share of votes cast adopts" and "this share contesting forces a recalculation". */
	readonly majorityX: number;
	readonly contestX: number;
	/** Turnout against the quorum: share of the panel that voted, and the share needed. */
	readonly turnout: { readonly share: number; readonly x: number; readonly quorumX: number };
}

/** A time series as SVG paths: history, forecast line and interval band, regime-change marks. */
export interface SeriesChart {
	readonly width: number;
	readonly height: number;
	readonly plotTop: number;
	readonly plotBottom: number;
	readonly history: string;
	readonly forecast: string | null;
	readonly band: string | null;
	readonly xTicks: readonly { readonly x: number; readonly label: string }[];
	readonly yTicks: readonly { readonly y: number; readonly label: number }[];
	readonly changes: readonly { readonly x: number; readonly kind: string }[];
}

/** Correlations of series pairs as a grid; each cell's r at its strongest lag, the significant ones marked. */
export interface CorrelationMatrix {
	readonly width: number;
	readonly height: number;
	readonly left: number;
	readonly top: number;
	readonly labels: readonly { readonly id: string; readonly label: string; readonly at: number }[];
	readonly cells: readonly {
		readonly x: number;
		readonly y: number;
		readonly size: number;
		readonly fill: string;
		readonly ink: string;
		readonly a: string;
		readonly b: string;
		readonly r: number;
		readonly lag: number;
		readonly significant: boolean;
	}[];
}
