/** A day's warnings: which region × resource cells (rk) were warned at the end of that day. */
export type WarnedDays = readonly ReadonlySet<number>[];

/** Recall, precision and lead of shortage warnings against the true shortage days of each cell. */
export interface WarningScore {
	/** True shortage episodes (runs of consecutive short days of one cell), and how many were warned ahead. */
	readonly episodes: number;
	readonly warned: number;
	/** Null when there is no episode to warn of: nothing was missed, but nothing was found either. */
	readonly recall: number | null;
	/** Alerts (a cell warned after a scan that did not warn it), and how many were followed by a shortage within `aheadDays`. */
	readonly alerts: number;
	readonly trueAlerts: number;
	/** Null when no alert was raised. */
	readonly precision: number | null;
	/** Median days from the first warning to the episode's first day, over warned episodes (null when none). */
	readonly medianLeadDays: number | null;
	/** Every episode: its cell, first day, and lead (null when not warned ahead), for breakdowns. */
	readonly list: readonly { readonly cell: number; readonly start: number; readonly lead: number | null }[];
}

export const median = (xs: readonly number[]) => {
	if (xs.length === 0) return null;
	const s = [...xs].sort((a, b) => a - b);
	const m = s.length >> 1;
	return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/**
 * Scores warnings against the truth. `short[d]` holds the cells short on day d; `warned[d]` the cells
 * warned by the scan at the end of day d (so for day d + 1 on). An episode starting on day s counts as
 * warned when a warning of its cell was given on a day w with s − aheadDays ≤ w < s; its lead is s − w
 * for the earliest such w. An alert raised on day w is true when its cell is short on a day in
 * (w, w + aheadDays].
 */
export function scoreWarnings(
	short: readonly ReadonlySet<number>[],
	warned: WarnedDays,
	aheadDays: number
): WarningScore {
	const days = short.length;
	const list: { cell: number; start: number; lead: number | null }[] = [];
	for (let s = 0; s < days; s++)
		for (const cell of short[s]!) {
			if (s > 0 && short[s - 1]!.has(cell)) continue;
			let lead: number | null = null;
			for (let w = Math.max(0, s - aheadDays); w < s && lead === null; w++)
				if (warned[w]?.has(cell)) lead = s - w;
			list.push({ cell, start: s, lead });
		}
	const episodes = list.length;
	const leads = list.flatMap((e) => (e.lead === null ? [] : [e.lead]));
	let alerts = 0;
	let trueAlerts = 0;
	for (let w = 0; w < warned.length; w++)
		for (const cell of warned[w]!) {
			if (w > 0 && warned[w - 1]!.has(cell)) continue;
			alerts++;
			for (let d = w + 1; d <= Math.min(days - 1, w + aheadDays); d++)
				if (short[d]!.has(cell)) {
					trueAlerts++;
					break;
				}
		}
	return {
		episodes,
		warned: leads.length,
		recall: episodes ? leads.length / episodes : null,
		alerts,
		trueAlerts,
		precision: alerts ? trueAlerts / alerts : null,
		medianLeadDays: median(leads),
		list
	};
}
