import * as v from 'valibot';
import type { AuditEntry } from '../../data/ledger/types.js';
import { LEVELS } from '../../sim/threat/stepThreat.js';
import type { FederationThreat } from '../../sim/threat/stepThreats.js';
import type { ThreatCause, ThreatLevel, ThreatState } from '../../sim/threat/types.js';

/** A scope's last recorded level change (round `loop`, kind `threat-level` of the audit log). */
export interface RecordedLevel {
	/** 'federation' or a region id. */
	readonly scope: string;
	readonly level: ThreatLevel;
	readonly from: ThreatLevel;
	readonly causes: readonly ThreatCause[];
	/** The simulated day it applies from, and when it was recorded (the world's date, ms). */
	readonly day: number;
	readonly at: number;
}

const Level = v.picklist(LEVELS);
const Recorded = v.object({
	scope: v.string(),
	from: Level,
	to: Level,
	day: v.number(),
	causes: v.array(
		v.object({
			trigger: v.picklist(['stock-days', 'sensors-lost', 'cut-off', 'below-lifeline', 'regions', 'declared']),
			// JSON writes Infinity as null (no stock runs out).
			value: v.pipe(
				v.nullable(v.number()),
				v.transform((x) => x ?? Infinity)
			),
			threshold: v.number()
		})
	)
});

/**
 * An entry of the retired staleness-only machine (green / yellow / red from the share of silent series,
 * before the loop stepped the simulation's): kept in the chain, but it says nothing of today's levels.
 */
const Retired = v.object({
	level: v.picklist(['green', 'yellow', 'red']),
	previous: v.picklist(['green', 'yellow', 'red']),
	cause: v.string()
});

/**
 * The last level change of each scope, read back from the loop's audit entries; entries of the retired
 * machine are passed over. Any other entry that does not parse is a bug of the writer or a tampered log
 * (the chain's `verify` says which): it throws, naming it.
 */
export function recordedLevels(entries: readonly AuditEntry[]): ReadonlyMap<string, RecordedLevel> {
	const last = new Map<string, RecordedLevel>();
	for (const e of entries) {
		if (e.round !== 'loop' || e.kind !== 'threat-level') continue;
		const payload: unknown = JSON.parse(e.payload);
		const parsed = v.safeParse(Recorded, payload);
		if (!parsed.success && v.is(Retired, payload)) continue;
		if (!parsed.success)
			throw new Error(
				`audit entry ${e.seq} (threat-level): ${parsed.issues.map((i) => `${v.getDotPath(i)}: ${i.message}`).join('; ')}`
			);
		const { scope, from, to, causes, day } = parsed.output;
		last.set(scope, { scope, level: to, from, causes, day, at: e.at });
	}
	return last;
}

/**
 * The levels in force after a restart, from the recorded changes. The days a level's triggers have been
 * clear are not recorded, so they count again from zero: a level lifts at most `liftAfterDays` later.
 */
export function threatFromRecord(
	recorded: ReadonlyMap<string, RecordedLevel>,
	regionIds: readonly string[]
): FederationThreat {
	const state = (scope: string): ThreatState => {
		const r = recorded.get(scope);
		return r ? { level: r.level, since: r.day, clearDays: 0 } : { level: 'normal', since: 0, clearDays: 0 };
	};
	return { regions: regionIds.map(state), federation: state('federation') };
}
