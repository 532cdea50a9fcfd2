import type { AuditEntry } from '../../data/ledger/types.js';
import type { ThreatLevel } from './types.js';

/** The loop's threat level as its audit log last recorded it (round `loop`, kind `threat-level`). */
export interface RecordedThreatLevel {
	readonly level: ThreatLevel;
	readonly previous: ThreatLevel;
	/** Why it changed, in words (e.g. the share of silent sensor series). */
	readonly cause: string;
	/** When it was recorded (the world's date, ms). */
	readonly at: number;
}

/** The last threat-level change among the loop's audit entries; null when the level never left green. */
export function lastThreatLevel(entries: readonly AuditEntry[]): RecordedThreatLevel | null {
	const last = entries.filter((e) => e.round === 'loop' && e.kind === 'threat-level').at(-1);
	if (!last) return null;
	const { level, previous, cause } = JSON.parse(last.payload) as Omit<RecordedThreatLevel, 'at'>;
	return { level, previous, cause, at: last.at };
}
