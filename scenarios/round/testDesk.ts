import { randomBytes } from 'node:crypto';
import { electionLedger } from '../../data/ledger/election/electionLedger.js';
import { openLedger } from '../../data/ledger/openLedger.js';
import type { Ledger } from '../../data/ledger/types.js';
import { sha256Hex } from '../ballot/sha256Hex.js';
import { demoPool, demoRoster, harvestShortfall } from './cases/loadCases.js';
import { createRoundDesk, type RoundDesk } from './createRoundDesk.js';
import type { BallotKind, RoundOptions } from './types.js';
import { reviewAllSound } from './reviewAllSound.js';
import { uniformPanelDrawer } from './uniformPanelDrawer.js';

/** For tests: a desk over a ledger (in memory unless `path` is given) with the demo roster, a settable clock (starting 2026-11-01) and a small panel. */
export function testDesk(
	options: Partial<RoundOptions> = {},
	path = ':memory:'
): {
	desk: RoundDesk;
	ledger: Ledger;
	clock: { now: number };
	advanceDays(n: number): void;
} {
	const clock = { now: Date.UTC(2026, 10, 1) };
	const ledger = openLedger(path, () => new Date(clock.now));
	for (const e of demoRoster) ledger.appoint(e, clock.now);
	const desk = createRoundDesk({
		store: ledger,
		clock: () => clock.now,
		secret: (n) => randomBytes(n),
		drawer: uniformPanelDrawer(),
		elections: electionLedger(ledger),
		// No seed parties unless a test asks: openTestVote commits two shares either way.
		options: { panelSize: 10, reserves: 4, seedParties: 0, ...options }
	});
	return { desk, ledger, clock, advanceDays: (n) => (clock.now += n * 86_400_000) };
}

/**
 * For tests: takes a fresh round of the harvest scenarios through review and ethics (which strikes
 * `reserve-keeping`, leaving equity-first and quinoa-substitution) to an open vote; returns the
 * invitations (panelist and code).
 */
export async function openTestVote(
	desk: RoundDesk,
	id = 'r1',
	ballot?: BallotKind
): Promise<{ panelist: string; code: string }[]> {
	const must = <T extends { ok: boolean }>(result: T): T => {
		if (!result.ok) throw new Error(JSON.stringify(result));
		return result;
	};
	must(desk.create({ id, scenarios: harvestShortfall }));
	reviewAllSound(desk, id, harvestShortfall);
	must(
		desk.act(id, {
			kind: 'strike',
			scenarioId: 'reserve-keeping',
			by: 'ethics-1',
			reason: 'Cuts the wheat norm below the medical minimum for children'
		})
	);
	must(await desk.commitPanel(id, demoPool(30, 6)));
	// Two council members commit to secret shares of the reveal seed, and reveal them when the vote opens.
	const secrets = ['council-1', 'council-2'].map((party) => ({
		party,
		secret: `${party}: ${id} dice 4 1 6 3`
	}));
	for (const { party, secret } of secrets) must(desk.commitSeed(id, { party, hash: sha256Hex(secret) }));
	const vote = must(await desk.openVote(id, { secrets }, ballot));
	return vote.ok ? vote.invitations.map(({ panelist, code }) => ({ panelist, code })) : [];
}
