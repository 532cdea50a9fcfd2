import { describe, expect, it } from 'vitest';
import { electionLedger, exportElection } from '../../data/ledger/election/index.js';
import { verifyElection } from '../ballot/election/index.js';
import { demoPool, harvestShortfall } from '../round/cases/loadCases.js';
import { testDesk } from '../round/testDesk.js';
import { advanceRound, hasEnded, type RoundDriver } from './advanceRound.js';
import { autoCouncil } from './autoCouncil.js';

// Scenarios whose solutions passed their checks, so that the simulated experts let them stand.
const verified = harvestShortfall.map((s) => ({
	...s,
	verification: {
		solver: 'highs',
		objective: 0,
		variables: 1,
		constraints: 1,
		maxResidual: 0,
		crossCheck: 'agreed'
	}
}));

describe('the auto-council on an encrypted ballot', () => {
	it('votes as people do: a signed credential list, encrypted signed ballots, trustees; the record verifies', async () => {
		const { desk, ledger, clock, advanceDays } = testDesk({ panelSize: 6, reserves: 2 });
		const elections = electionLedger(ledger);
		const driver: RoundDriver = {
			desk,
			pool: demoPool(30, 6),
			clock: () => clock.now,
			council: autoCouncil({ encrypted: { elections, clock: () => clock.now } }),
			invitations: [],
			issued: () => {}
		};
		expect(desk.create({ id: 'a1', scenarios: verified }).ok).toBe(true);
		let round = await advanceRound('a1', driver);
		for (let day = 0; day < 30 && !hasEnded(round); day++) {
			advanceDays(1);
			round = await advanceRound('a1', driver);
		}
		expect(round.state).toBe('adopted');
		// No plain credential was ever issued: every stage ran as an election.
		expect(driver.invitations).toEqual([]);
		for (const stage of round.stages) {
			const state = elections.read(stage.election!)!;
			const check = verifyElection(exportElection(state));
			expect(check).toMatchObject({ status: 'valid', counted: 6 });
			expect(state.manifest.authority.publicKey).toMatch(/^[0-9a-f]{64}$/);
		}
	});
});
