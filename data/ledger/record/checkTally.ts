import { canonicalJson } from '../../../scenarios/ballot/canonicalJson.js';
import { countBallots } from '../../../scenarios/ballot/countBallots.js';
import { countResult } from '../../../scenarios/ballot/countResult.js';
import { decideVote } from '../../../scenarios/ballot/decideVote.js';
import type { AuditEntry } from '../types.js';
import type { EventData } from './eventSchemas.js';
import type { RecordProblem } from './types.js';
import type { RoundTrail } from './walkChain.js';

/**
 * A chained tally must be the count of the ballot list sealed just before it (or of its encrypted
 * election's chained result), and its decision what the round's rules make of that count.
 */
export function checkTally(
	entry: AuditEntry,
	data: EventData<'tally'>,
	trail: RoundTrail,
	problems: RecordProblem[]
): void {
	const at = `entry #${entry.seq} (tally, stage ${data.stage})`;
	const { decision, election, ...claimed } = data;
	const choices = data.scenarios.map((s) => s.scenarioId);
	const source = election ? "the election's decrypted result gives" : 'the sealed ballots give';
	let count;
	try {
		count = election ? countEncrypted(election) : countSealed();
	} catch (error) {
		problems.push({ where: 'tally', round: entry.round, message: `${at}: ${(error as Error).message}` });
		return;
	}
	if (!count) return;
	if (canonicalJson(count) !== canonicalJson(claimed)) {
		const said = claimed.scenarios.map((s) => `${s.scenarioId} ${s.votes}`).join(' / ');
		const is = count.scenarios.map((s) => `${s.scenarioId} ${s.votes}`).join(' / ');
		problems.push({
			where: 'tally',
			round: entry.round,
			message: `${at}: says ${said}, contest ${claimed.contest} of ${claimed.votesCast}; ${source} ${is}, contest ${count.contest} of ${count.votesCast}`
		});
		return;
	}
	if (!trail.created || trail.panelSize === undefined) {
		problems.push({
			where: 'tally',
			round: entry.round,
			message: `${at}: the round's creation or panel is not in the log`
		});
		return;
	}
	const recomputed = decideVote(count, trail.created.options.ballot, {
		seed: trail.created.seed,
		panelSize: trail.panelSize,
		runoff: trail.stageKinds.get(data.stage) === 'runoff'
	});
	if (canonicalJson(recomputed) !== canonicalJson(decision))
		problems.push({
			where: 'tally',
			round: entry.round,
			message: `${at}: decides ${canonicalJson(decision)}, but the round's rules make ${canonicalJson(recomputed)} of this count`
		});

	// Each returns undefined (with the problem named) when the chain holds nothing to count.
	function countSealed() {
		const sealed = trail.sealed.get(data.stage);
		if (!sealed)
			problems.push({
				where: 'tally',
				round: entry.round,
				message: `${at}: no sealed ballot list precedes it`
			});
		return sealed && countBallots(data.stage, choices, sealed);
	}
	function countEncrypted(election: string) {
		const result = trail.results.get(election);
		if (!result)
			problems.push({
				where: 'tally',
				round: entry.round,
				message: `${at}: no result of ${election} precedes it`
			});
		return result && countResult(data.stage, choices, result);
	}
}
