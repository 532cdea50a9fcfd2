import type { ProposedScenario } from '../../data/plan/types.js';
import { sealBallot } from '../ballot/ballotReceipt.js';
import { checkBallot, checkCredential } from '../ballot/checkBallot.js';
import { credentialHash, newCredential } from '../ballot/credentialCode.js';
import type { ElectionManifest } from '../ballot/election/types.js';
import type { Ballot, BallotChoice, BallotRefusal } from '../ballot/types.js';
import { ballotBox } from './ballotBox.js';
import { createRound } from './createRound.js';
import { electionProblem } from './electionProblem.js';
import { revealSeed } from './revealSeed.js';
import { roundDefaults } from './roundDefaults.js';
import { step } from './step.js';
import type {
	BallotKind,
	ElectionPort,
	PanelDrawer,
	PoolMember,
	Round,
	RoundAction,
	RoundEffect,
	RoundError,
	RoundOptions,
	RoundStore,
	SeedCommit,
	SeedReveal
} from './types.js';

/** What the desk needs: the ledger, a clock (ms), secret random bytes (for codes and nonces), the panel drawer. */
export interface RoundDeskPorts {
	readonly store: RoundStore;
	readonly clock: () => number;
	/** Cryptographically secure random bytes; never a seeded generator (codes must be unguessable). */
	readonly secret: (bytes: number) => Uint8Array;
	readonly drawer: PanelDrawer;
	/** The encrypted elections of the audit log; without it a round can vote plain only. */
	readonly elections?: ElectionPort;
	readonly options?: Partial<RoundOptions>;
}

/** A credential to hand to one panelist, once: the code (print it or send the link); the ledger keeps only its hash. */
export interface Invitation {
	readonly panelist: string;
	readonly stage: number;
	readonly code: string;
}

export type ActResult =
	| { readonly ok: true; readonly round: Round; readonly invitations: readonly Invitation[] }
	| { readonly ok: false; readonly error: RoundError };
export type CastResult =
	{ readonly ok: true; readonly ballot: Ballot } | { readonly ok: false; readonly refusal: BallotRefusal };

/** The operations of the decision round, each one transaction on the ledger: what the console and the CLI call. */
export interface RoundDesk {
	create(input: {
		readonly id: string;
		readonly scenarios: readonly ProposedScenario[];
		readonly subjects?: readonly string[];
		readonly options?: Partial<RoundOptions>;
	}): ActResult;
	act(roundId: string, action: RoundAction): ActResult;
	/** Draws and commits the panel (publishing the commitment) while the ethics council sits. */
	commitPanel(roundId: string, pool: readonly PoolMember[]): Promise<ActResult>;
	/** Commits a party's share of the reveal seed (SHA-256 of its secret), or names the public source. */
	commitSeed(roundId: string, commit: SeedCommit): ActResult;
	/** Reveals the committed panel with the seed the revealed shares make (checked against their commitments) and opens the vote. */
	openVote(roundId: string, shares?: SeedReveal, ballot?: BallotKind): Promise<ActResult>;
	/**
	 * Opens the encrypted election of the round's open stage: checks that the manifest is the stage's
	 * (its id and options) and that the credential authority's public list is for exactly the stage's
	 * panel, then chains the manifest (the ballot box opens).
	 */
	openElection(roundId: string, manifest: ElectionManifest, panelists: readonly string[]): ActResult;
	/** Casts a ballot with a one-time credential code; returns the sealed ballot, whose receipt the voter keeps. */
	cast(code: string, choice: BallotChoice): CastResult;
	/** The round a credential code belongs to, or why it cannot vote now. */
	lookup(
		code: string
	):
		| { readonly ok: true; readonly round: Round; readonly stage: number }
		| { readonly ok: false; readonly refusal: BallotRefusal };
	round(id: string): Round | undefined;
	rounds(): readonly Round[];
	/** The published ballot list of a round: the ballots of every closed stage, as sealed in the audit log (none while a stage is open). */
	ballots(roundId: string): readonly Ballot[];
	/**
	 * The ballots of the stage still open, for the server's own receipt look-ups only (a voter checks
	 * that their ballot is in the box): never to be published before the count.
	 */
	openBallots(roundId: string): readonly Ballot[];
}

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');

/** The decision round over its ports. */
export function createRoundDesk(ports: RoundDeskPorts): RoundDesk {
	const { store, clock, secret, drawer } = ports;
	const options = (extra?: Partial<RoundOptions>): RoundOptions => ({
		...roundDefaults,
		...ports.options,
		...extra
	});
	const context = (now: number) => ({
		now,
		roster: store.roster(),
		ballots: (r: string, s: number) => store.ballots(r, s),
		voted: (r: string, s: number) => store.voted(r, s),
		...(ports.elections ? { election: ports.elections.state } : {})
	});

	function apply(round: Round, effects: readonly RoundEffect[], now: number): Invitation[] {
		const invitations: Invitation[] = [];
		for (const effect of effects) {
			switch (effect.kind) {
				case 'issue-credentials': {
					const issued = effect.panelists.map((panelist) => ({ panelist, ...newCredential(secret(16)) }));
					store.issueCredentials(
						round.id,
						effect.stage,
						issued.map(({ panelist, hash }) => ({ panelist, hash })),
						now
					);
					invitations.push(...issued.map(({ panelist, code }) => ({ panelist, stage: effect.stage, code })));
					break;
				}
				case 'adopt-plan':
					store.adoptPlan(
						round.id,
						round.scenarios.find((s) => s.scenario.id === effect.scenarioId)!.scenario,
						now
					);
					break;
				case 'award-points': {
					const panel = round.panel ? [...round.panel.members, ...round.panel.invited] : [];
					const earned = effect.to === 'panel' ? panel : store.participants(round.id);
					// A region at red or survival: its panelists' points are suspended (never credited later).
					const suspended = new Set(round.options.pointsSuspended?.persons ?? []);
					const persons = earned.filter((p) => !suspended.has(p));
					store.awardPoints(round.id, persons, effect.points, now);
					break;
				}
			}
		}
		return invitations;
	}

	const rejected = (round: Round, action: string, message: string): ActResult => ({
		ok: false,
		error: { code: 'rejected', state: round.state, action, message: `${action}: ${message}` }
	});

	const notFound = (roundId: string, action: string): ActResult => ({
		ok: false,
		error: {
			code: 'not-found',
			state: 'none',
			action,
			message: `${action}: no round ${JSON.stringify(roundId)}`
		}
	});

	/**
	 * An encrypted stage's box closes in the chain when the round may close (its deadline, or every
	 * invited panelist has a ballot in): after that, no ballot gets in, and the trustees decrypt.
	 */
	function closeElectionIfDue(round: Round, now: number): void {
		const election = round.state === 'panel-vote' ? round.stages.at(-1)?.election : undefined;
		const view = election ? ports.elections?.state(election) : undefined;
		if (!election || !view || view.closed) return;
		const voters = round.panel!.members.length + round.panel!.invited.length;
		if (now >= round.deadline! || view.voters >= voters) ports.elections!.close(election, now);
	}

	const act = (roundId: string, action: RoundAction): ActResult =>
		store.atomically(() => {
			const round = store.round(roundId);
			if (!round) return notFound(roundId, action.kind);
			const now = clock();
			if (action.kind === 'close-vote') closeElectionIfDue(round, now);
			const result = step(round, action, context(now));
			if (!result.ok) return result;
			store.save(result.round, result.events, now);
			return { ok: true, round: result.round, invitations: apply(result.round, result.effects, now) };
		});

	return {
		create(input) {
			const now = clock();
			if (store.round(input.id))
				return {
					ok: false,
					error: {
						code: 'rejected',
						state: 'drafted',
						action: 'create',
						message: `create: round ${JSON.stringify(input.id)} already exists`
					}
				};
			const created = createRound({
				id: input.id,
				scenarios: input.scenarios,
				seed: hex(secret(16)),
				now,
				options: options(input.options),
				...(input.subjects ? { subjects: input.subjects } : {})
			});
			if (!created.ok)
				return {
					ok: false,
					error: { code: 'rejected', state: 'none', action: 'create', message: `create: ${created.message}` }
				};
			store.atomically(() => store.save(created.round, created.events, now));
			return { ok: true, round: created.round, invitations: [] };
		},
		act,
		async commitPanel(roundId, pool) {
			const round = store.round(roundId);
			if (!round) return notFound(roundId, 'commit-panel');
			// Check the state first: a draw can take a while, and is wasted if the round cannot take it.
			if (round.state !== 'ethics-review' || round.committed)
				return act(roundId, { kind: 'commit-panel', commit: { status: 'infeasible', message: 'not drawn' } });
			const commit = await drawer.commit({
				round: round.id,
				pool,
				size: round.options.panelSize,
				reserves: round.options.reserves
			});
			return act(roundId, { kind: 'commit-panel', commit });
		},
		commitSeed: (roundId, commit) => act(roundId, { kind: 'commit-seed', commit }),
		async openVote(roundId, shares, ballot) {
			const round = store.round(roundId);
			if (!round) return notFound(roundId, 'open-vote');
			if (ballot === 'encrypted' && !ports.elections)
				return rejected(round, 'open-vote', 'this desk has no election ledger: vote plain');
			if (round.state !== 'ethics-review' || !round.committed)
				return act(roundId, {
					kind: 'open-vote',
					reveal: { commitment: '', seed: '', members: [], reserves: [] }
				});
			const seed = revealSeed(round, shares);
			if (!seed.ok)
				return {
					ok: false,
					error: {
						code: 'rejected',
						state: round.state,
						action: 'open-vote',
						message: `open-vote: ${seed.message}`
					}
				};
			// Only a round that asks for no seed parties lets this machine make the seed.
			const reveal = await drawer.reveal(round.committed, seed.seed ?? hex(secret(16)));
			return act(roundId, {
				kind: 'open-vote',
				reveal,
				...(shares ? { seedReveal: shares } : {}),
				...(ballot ? { ballot } : {})
			});
		},
		openElection(roundId, manifest, panelists) {
			return store.atomically((): ActResult => {
				const round = store.round(roundId);
				if (!round) return notFound(roundId, 'open-election');
				const problem = electionProblem(round, manifest, panelists);
				if (problem) return rejected(round, 'open-election', problem);
				const published = ports.elections!.publish(manifest, clock());
				if (published.status === 'refused') return rejected(round, 'open-election', published.reason);
				return { ok: true, round, invitations: [] };
			});
		},
		lookup(code) {
			const credential = store.credential(credentialHash(code));
			if (!credential) return { ok: false, refusal: { status: 'unknown-credential' } };
			const round = store.round(credential.round)!;
			const refusal = checkCredential(ballotBox(round), credential, clock());
			return refusal ? { ok: false, refusal } : { ok: true, round, stage: credential.stage };
		},
		cast(code, choice) {
			return store.atomically((): CastResult => {
				const hash = credentialHash(code);
				const credential = store.credential(hash);
				const round = credential ? store.round(credential.round) : undefined;
				const now = clock();
				if (!credential || !round) return { ok: false, refusal: { status: 'unknown-credential' } };
				const refusal = checkBallot(ballotBox(round), credential, choice, now, round.options.ballot);
				if (refusal) return { ok: false, refusal };
				const clean: BallotChoice =
					choice.kind === 'contest'
						? { kind: 'contest', reason: choice.reason.trim() }
						: { kind: 'scenario', scenarioId: choice.scenarioId };
				const ballot = sealBallot(round.id, credential.stage, clean, hex(secret(16)));
				return store.cast(hash, ballot, now) === 'cast'
					? { ok: true, ballot }
					: { ok: false, refusal: { status: 'credential-used' } };
			});
		},
		round: (id) => store.round(id),
		rounds: () => store.rounds(),
		ballots: (roundId) => store.sealed(roundId),
		openBallots(roundId) {
			const round = store.round(roundId);
			const stage = round?.stages.at(-1);
			if (!round || round.state !== 'panel-vote' || !stage) return [];
			return store.ballots(roundId, stage.index);
		}
	};
}
