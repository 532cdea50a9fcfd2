import * as v from 'valibot';
import type { Ballot } from '../../../scenarios/ballot/types.js';
import type { AuditEntry } from '../types.js';
import { eventSchemas, type EventData, type EventKindChecked } from './eventSchemas.js';
import { checkSealed } from './checkSealed.js';
import { checkTally } from './checkTally.js';
import type { RecordProblem } from './types.js';

/** What the chain says about one round, gathered in order. */
export interface RoundTrail {
	created?: EventData<'round-created'>;
	panelSize?: number;
	readonly stageKinds: Map<number, 'first' | 'runoff'>;
	/** Ballot events (one per used credential) per stage. */
	readonly cast: Map<number, number>;
	/** The last sealed ballot list per stage. */
	readonly sealed: Map<number, readonly Ballot[]>;
	readonly issued: Map<number, number>;
	/** The decrypted result of each encrypted election of the round (`election-result`), by election id. */
	readonly results: Map<string, readonly number[]>;
	saved?: EventData<'round-saved'>;
	adopted?: EventData<'adopted'>;
	quotas?: EventData<'quotas'>;
}

/** Every event the record check reads, parsed, per round; plus the points digests. A payload that does not parse is a problem. */
export interface ChainFacts {
	readonly rounds: Map<string, RoundTrail>;
	/** Governance awards: set digest of their rows, keyed by `round@at`. */
	readonly awards: Map<string, string>;
	/** Row digests of spending, as chained. */
	readonly spent: Map<string, number>;
}

/** Reads the chain in order; sealed ballot lists and tallies are checked as met, against what came before them. */
export function walkChain(entries: readonly AuditEntry[], problems: RecordProblem[]): ChainFacts {
	const rounds = new Map<string, RoundTrail>();
	const awards = new Map<string, string>();
	const spent = new Map<string, number>();
	const trail = (id: string): RoundTrail => {
		let t = rounds.get(id);
		if (!t)
			rounds.set(
				id,
				(t = {
					stageKinds: new Map(),
					cast: new Map(),
					sealed: new Map(),
					issued: new Map(),
					results: new Map()
				})
			);
		return t;
	};
	for (const entry of entries) {
		if (!(entry.kind in eventSchemas)) continue;
		const kind = entry.kind as EventKindChecked;
		let raw: unknown;
		try {
			raw = JSON.parse(entry.payload);
		} catch {
			problems.push({
				where: 'chain',
				round: entry.round,
				message: `entry #${entry.seq} (${kind}): payload is not JSON`
			});
			continue;
		}
		const parsed = v.safeParse(eventSchemas[kind], raw);
		if (!parsed.success) {
			const issue = parsed.issues[0];
			problems.push({
				where: 'chain',
				round: entry.round,
				message: `entry #${entry.seq} (${kind}): ${v.getDotPath(issue) ?? 'payload'} ${issue.message}`
			});
			continue;
		}
		const t = trail(entry.round);
		switch (kind) {
			case 'round-created':
				t.created = parsed.output as EventData<'round-created'>;
				break;
			case 'panel-revealed':
				t.panelSize = (parsed.output as EventData<'panel-revealed'>).members.length;
				break;
			case 'ballot-opened': {
				const d = parsed.output as EventData<'ballot-opened'>;
				t.stageKinds.set(d.stage, d.kind);
				break;
			}
			case 'ballot': {
				const { stage } = parsed.output as EventData<'ballot'>;
				t.cast.set(stage, (t.cast.get(stage) ?? 0) + 1);
				break;
			}
			case 'credentials-issued': {
				const d = parsed.output as EventData<'credentials-issued'>;
				t.issued.set(d.stage, (t.issued.get(d.stage) ?? 0) + d.count);
				break;
			}
			case 'round-saved':
				t.saved = parsed.output as EventData<'round-saved'>;
				break;
			case 'adopted':
				t.adopted = parsed.output as EventData<'adopted'>;
				break;
			case 'quotas':
				t.quotas = parsed.output as EventData<'quotas'>;
				break;
			case 'points':
				awards.set(`${entry.round}@${entry.at}`, (parsed.output as EventData<'points'>).rows);
				break;
			case 'points-spent': {
				const { row } = parsed.output as EventData<'points-spent'>;
				spent.set(row, (spent.get(row) ?? 0) + 1);
				break;
			}
			case 'election-result': {
				const d = parsed.output as EventData<'election-result'>;
				t.results.set(d.election, d.result);
				break;
			}
			case 'ballots':
				checkSealed(entry, parsed.output as EventData<'ballots'>, t, problems);
				break;
			case 'tally':
				checkTally(entry, parsed.output as EventData<'tally'>, t, problems);
				break;
		}
	}
	return { rounds, awards, spent };
}
