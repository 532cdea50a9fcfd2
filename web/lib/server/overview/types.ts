import type { Tier } from '../../../../data/reference/index.js';
import type { LoopWarning } from '../../../../scenarios/loop/index.js';
import type { ThreatLevel } from '../../../../sim/threat/types.js';
import type { HeatMap } from '../charts/types.js';

/** The console's first page: the world as the reference data describes it, and its state as the sensors report it. */
export interface Overview {
	readonly world: { readonly id: string; readonly name: string };
	readonly regions: readonly {
		readonly id: string;
		readonly name: string;
		readonly adults: number;
		readonly children: number;
		readonly physicalWorkers: number;
	}[];
	readonly resources: readonly {
		readonly id: string;
		readonly name: string;
		readonly unit: string;
		readonly tier: Tier;
		readonly norm?: { readonly perPerson: number; readonly per: 'day' | 'year' | 'stock' };
	}[];
	readonly arcs: number;
	/** Stocks in days of need per region and resource, with the times of the oldest and newest reading (ISO); null before any. */
	readonly stocks: { readonly map: HeatMap; readonly oldest: string; readonly newest: string } | null;
	/**
	 * Gateways never heard, offline or silent (judged when the world paused, while it is paused), by
	 * region and site name in the reader's language with the `region/site/gateway` id; `lastHeard` is
	 * their last arrival on ingest's clock (ISO); null when this app runs no ingest.
	 */
	readonly silentGateways:
		| readonly {
				readonly id: string;
				readonly region: string;
				readonly site: string;
				readonly state: 'never-heard' | 'offline' | 'silent';
				readonly lastHeard: string | null;
		  }[]
		| null;
	/** Shortage warnings of the Correlation Center, most urgent first, each with its sentence in the reader's language. */
	readonly warnings: readonly {
		readonly region: string;
		readonly resource: string;
		readonly state: LoopWarning['state'];
		readonly sentence: string;
	}[];
	/**
	 * The emergency protocols' levels in force, as the loop's audit log recorded them: the federation, then
	 * each region (its own level; the federation's red or survival applies to all); the sensor series silent now.
	 */
	readonly threat: {
		readonly federation: ScopeLevel;
		readonly regions: readonly ScopeLevel[];
		readonly silentSeries: number | null;
		readonly series: number;
	};
	/** While the loop's world waits for people on a round: the round and when the world paused (ISO); else null. */
	readonly paused: { readonly round: string; readonly since: string } | null;
	/** The app's clock when this was read (ISO): the simulated date when the loop runs. */
	readonly asOf: string;
	readonly mqttUrl: string;
	readonly startedAt: string;
}

/** One scope's level: since when (ISO; null while it never left normal) and why, in the reader's language. */
export interface ScopeLevel {
	/** 'federation' or a region id, and its name. */
	readonly scope: string;
	readonly name: string;
	readonly level: ThreatLevel;
	readonly since: string | null;
	readonly cause: string | null;
}
