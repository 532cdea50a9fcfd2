import { bytesToHex } from '../ballot/election/group.js';
import {
	encryptBallot,
	encryptedTotals,
	electionHash,
	partialDecrypt,
	publicKeyOf,
	seededBytes,
	setUpElection,
	type ElectionManifest,
	type PartialDecryption,
	type SignedBallot
} from '../ballot/election/index.js';
import type { RoundDesk } from '../round/createRoundDesk.js';
import { electionOptions } from '../round/stageElection.js';
import type { ElectionView, Round } from '../round/types.js';
import type { CouncilStep } from './types.js';

type Refusable = { readonly status: 'done' } | { readonly status: 'refused'; readonly reason: string };

/** What the auto-council needs of the encrypted elections (the ledger's `electionLedger` is one). */
export interface CouncilElections {
	state(id: string): ElectionView | undefined;
	read(id: string): { readonly ballots: readonly SignedBallot[] } | undefined;
	cast(id: string, ballot: SignedBallot, at: number): Refusable;
	decrypt(id: string, partials: readonly PartialDecryption[], at: number): Refusable;
}

/** The simulated trustees: 3 of 5, as the ethics council's default. */
const TRUSTEES = { trustees: 5, threshold: 3 };

/**
 * The simulated credential authority's and trustees' secrets for one election. They follow from the
 * round's seed and the election's id, so a restarted loop derives them again (a demo stand-in, as the
 * council's seed shares are: real trustees and a real authority keep theirs to themselves).
 */
function simulated(round: Round, election: string) {
	const random = seededBytes(`auto-council election ${round.seed} ${election}`);
	const panelists = [...round.panel!.members, ...round.panel!.invited].sort();
	const secrets = new Map(panelists.map((p) => [p, bytesToHex(random(32))]));
	const { manifest, keyShares } = setUpElection(
		{
			id: election,
			options: electionOptions(round.stages.at(-1)!.choices),
			...TRUSTEES,
			credentials: [...secrets.values()].map(publicKeyOf),
			maxVotes: panelists.length,
			authority: bytesToHex(random(32))
		},
		random
	);
	return { panelists, secrets, manifest, keyShares, random };
}

/**
 * One step of an encrypted stage, as people would take it: the authority and the trustees publish
 * the election, every simulated panelist encrypts and signs the option `choose` picks (an index into
 * the election's options) and casts it, and once the box is closed three trustees decrypt the totals.
 */
export function encryptedStageStep(
	round: Round,
	desk: RoundDesk,
	elections: CouncilElections,
	now: number,
	choose: (panelist: string, options: readonly string[]) => number
): CouncilStep | null {
	const election = round.stages.at(-1)!.election!;
	const view = elections.state(election);
	const sim = simulated(round, election);
	if (!view) {
		const opened = desk.openElection(round.id, sim.manifest, sim.panelists);
		if (!opened.ok) throw new Error(`auto-council open-election: ${opened.error.message}`);
		return { did: `open election ${election}` };
	}
	if (!view.closed && view.voters === 0)
		return { did: `${castAll(sim, elections, now, choose)} encrypted ballots` };
	if (view.closed && !view.result) {
		const ballots = elections.read(election)?.ballots ?? [];
		const { totals } = encryptedTotals(sim.manifest, ballots, { checkedAtCast: true });
		const partials = [1, 2, 3].map((j) =>
			partialDecrypt(sim.manifest, totals, j, sim.keyShares.get(j)!, sim.random)
		);
		const done = elections.decrypt(election, partials, now);
		if (done.status === 'refused') throw new Error(`auto-council decrypt: ${done.reason}`);
		return { did: `trustees decrypt ${election}` };
	}
	return null;
}

function castAll(
	sim: ReturnType<typeof simulated>,
	elections: CouncilElections,
	now: number,
	choose: (panelist: string, options: readonly string[]) => number
): number {
	const manifest: ElectionManifest = sim.manifest;
	const hash = electionHash(manifest);
	let cast = 0;
	for (const panelist of sim.panelists) {
		const choice = choose(panelist, manifest.options);
		const ballot = encryptBallot(manifest, hash, choice, sim.secrets.get(panelist)!, sim.random);
		if (elections.cast(manifest.id, ballot, now).status === 'done') cast++;
	}
	return cast;
}
