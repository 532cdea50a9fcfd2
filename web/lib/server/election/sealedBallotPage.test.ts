import { describe, expect, it } from 'vitest';
import { openLedger } from '../../../../data/ledger/index.js';
import { electionLedger } from '../../../../data/ledger/election/index.js';
import { defaultReferencePaths } from '../../../../data/reference/defaultReferencePaths.js';
import { loadReference } from '../../../../data/reference/loadReference.js';
import { issueCredentials, seededBytes, setUpElection } from '../../../../scenarios/ballot/election/index.js';
import { harvestShortfall } from '../../../../scenarios/round/cases/loadCases.js';
import type { AppContext } from '../context.js';
import { sealedBallotPage } from './sealedBallotPage.js';

describe('the encrypted ballot page', () => {
	it("shows under each scenario what it means for each region, as the plain ballot does, and nothing under 'contest'", async () => {
		const random = seededBytes('sealed-page');
		const { manifest } = setUpElection(
			{
				id: 'r/stage-0',
				options: ['quinoa-substitution', 'contest'],
				trustees: 1,
				threshold: 1,
				credentials: issueCredentials(1, random).map((v) => v.publicKey),
				maxVotes: 1
			},
			random
		);
		const elections = electionLedger(openLedger(':memory:'));
		elections.publish(manifest, 0);
		const quinoa = harvestShortfall.find((s) => s.id === 'quinoa-substitution')!;
		const scenario = {
			...quinoa,
			coverage: [{ region: 'north', resource: 'wheat', tier: 'basic', coverage: 0.8, worstPeriod: 0 }]
		};
		const app = {
			elections,
			reference: await loadReference(defaultReferencePaths),
			rounds: { round: () => ({ scenarios: [{ scenario }] }) },
			ledger: { quotas: () => [] }
		} as unknown as AppContext;
		const page = sealedBallotPage(app, 'r', 'stage-0', 'en');
		expect(page.status).toBe('open');
		if (page.status === 'not-found') return;
		expect(page.options.map((o) => o.impact)).toEqual([
			[{ region: 'north', lowest: 0.8, lowestResource: 'Wheat', mean: 0.8, quotasCut: 0 }],
			[]
		]);
	});
});
