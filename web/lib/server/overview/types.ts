import type { Tier } from '../../../../data/reference/index.js';
import type { RecordedThreatLevel } from '../../../../scenarios/loop/index.js';

/** The console's first page: the world as the reference data describes it. */
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
	readonly mqttUrl: string;
	readonly startedAt: string;
	/** The loop's threat level as last recorded in the audit log, with its cause; null while it has stayed green. */
	readonly threat: RecordedThreatLevel | null;
}
