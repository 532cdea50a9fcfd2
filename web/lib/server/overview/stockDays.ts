import type { ReferenceData } from '../../../../data/reference/index.js';
import type { Reading } from '../../../../data/telemetry/index.js';
import { dailyNeed } from '../../../../planner/forecast/shortage/dailyNeed.js';
import { shortageDefaults } from '../../../../planner/forecast/shortage/defaults.js';
import type { HeatCell } from '../charts/types.js';

/** Stocks as days of need, and the span of reading times they rest on. */
export interface StockDays {
	readonly cells: readonly HeatCell[];
	/** Oldest and newest reading summed (ms): how old the picture is. */
	readonly oldest: number;
	readonly newest: number;
}

/**
 * Each region's stock of each resource (the latest reading of every site, summed) divided by the
 * region's need per day (population × the catalogue's norm, the same need the Correlation Center's
 * warnings use). Colour level: the share of the good's strategic reserve (the catalogue's
 * `reserveDays`, default six months) the stock holds. Goods without a daily need (housing, points
 * goods) have no days of need and are left out; null without any stock reading.
 */
export function stockDays(latest: readonly Reading[], reference: ReferenceData): StockDays | null {
	const sums = new Map<string, { region: string; resource: string; stock: number }>();
	let oldest = Infinity;
	let newest = -Infinity;
	for (const r of latest) {
		if (r.quantity !== 'stock') continue;
		const key = `${r.region}\u0000${r.resource}`;
		const sum = sums.get(key) ?? { region: r.region, resource: r.resource, stock: 0 };
		sums.set(key, { ...sum, stock: sum.stock + r.value });
		oldest = Math.min(oldest, r.time);
		newest = Math.max(newest, r.time);
	}
	const cells: HeatCell[] = [];
	for (const { region, resource, stock } of sums.values()) {
		const r = reference.world.regions.find((x) => x.id === region);
		const c = reference.catalogue.resources.find((x) => x.id === resource);
		const need = r && c ? dailyNeed(r.population, c.norm) : null;
		if (!need) continue;
		const days = stock / need.perDay;
		cells.push({
			region,
			resource,
			value: days,
			level: days / (c!.reserveDays ?? shortageDefaults.reserveDays)
		});
	}
	return cells.length > 0 ? { cells, oldest, newest } : null;
}
