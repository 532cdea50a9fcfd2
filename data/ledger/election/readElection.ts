import * as v from 'valibot';
import { ballotReceipt } from '../../../scenarios/ballot/election/electionHash.js';
import type { AuditEntry } from '../types.js';
import { electionEventSchemas, type ElectionEventKind } from './electionEvents.js';
import type { ChainedElection } from './types.js';

type Mutable = Omit<ChainedElection, 'ballots' | 'receipts' | 'decryptions' | 'closed' | 'result'> & {
	ballots: ChainedElection['ballots'][number][];
	receipts: string[];
	decryptions: ChainedElection['decryptions'][number][];
	closed: boolean;
	result?: ChainedElection['result'];
};

/**
 * An election as the chain says it is, read from audit entries alone (so anyone can do it on a
 * ledger copy): the manifest, the box in log order, the close, the trustees' decryptions, the result.
 * Undefined when the log never published it. `trusted` is for the live ledger's own steps, whose
 * entries it validated before chaining them: it skips re-validating each payload and recomputing each
 * receipt, which would make every cast cost as much as the whole box (a copy is never trusted).
 * `from` is the election as read from the entries before these: the live ledger reads only what is new.
 */
export function readElection(
	entries: readonly AuditEntry[],
	election: string,
	options: { readonly trusted?: boolean } = {},
	from?: ChainedElection
): ChainedElection | undefined {
	const problems: string[] = [...(from?.problems ?? [])];
	let found: Mutable | undefined = from && {
		...from,
		ballots: [...from.ballots],
		receipts: [...from.receipts],
		decryptions: [...from.decryptions],
		problems
	};
	for (const entry of entries) {
		if (!(entry.kind in electionEventSchemas)) continue;
		const kind = entry.kind as ElectionEventKind;
		let raw: unknown;
		try {
			raw = JSON.parse(entry.payload);
		} catch {
			raw = undefined;
		}
		if ((raw as { election?: unknown } | undefined)?.election !== election) continue;
		const parsed = options.trusted
			? ({ success: true, output: raw } as v.SafeParseResult<(typeof electionEventSchemas)[typeof kind]>)
			: v.safeParse(electionEventSchemas[kind], raw);
		if (!parsed.success) {
			problems.push(
				`entry #${entry.seq} (${kind}): ${v.getDotPath(parsed.issues[0]) ?? 'payload'} ${parsed.issues[0].message}`
			);
			continue;
		}
		const data = parsed.output;
		if ('manifest' in data) {
			if (!found)
				found = {
					manifest: data.manifest,
					ballots: [],
					receipts: [],
					closed: false,
					decryptions: [],
					problems
				};
			else problems.push(`entry #${entry.seq}: the election was published twice`);
			continue;
		}
		if (!found) {
			problems.push(`entry #${entry.seq} (${kind}): comes before the election's manifest`);
			continue;
		}
		if ('ballot' in data) {
			if (found.closed) problems.push(`entry #${entry.seq}: a ballot after the close`);
			else {
				if (!options.trusted && ballotReceipt(data.ballot) !== data.receipt)
					problems.push(`entry #${entry.seq}: the receipt is not the hash of the ballot`);
				found.ballots.push(data.ballot);
				found.receipts.push(data.receipt);
			}
		} else if ('decryption' in data) found.decryptions.push(data.decryption);
		else if ('result' in data) found.result = data.result;
		else {
			if (data.ballots !== found.ballots.length)
				problems.push(
					`entry #${entry.seq}: closed with ${data.ballots} ballots, the log holds ${found.ballots.length}`
				);
			found.closed = true;
		}
	}
	return found;
}
