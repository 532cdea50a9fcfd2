import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../ballot/sha256Hex.js';
import { demoPool, harvestShortfall } from './cases/loadCases.js';
import { revealSeed } from './revealSeed.js';
import { testDesk } from './testDesk.js';

/** A round in ethics review with its panel draw committed, under the default rule: at least two seed parties. */
async function committed() {
	const t = testDesk({ seedParties: 2 });
	t.desk.create({ id: 'r', scenarios: harvestShortfall });
	const review = t.desk.act('r', { kind: 'open-review' });
	if (!review.ok) throw new Error(review.error.message);
	for (const expertId of review.round.reviewers)
		t.desk.act('r', {
			kind: 'submit-review',
			review: {
				expertId,
				verdicts: harvestShortfall.map((s) => ({ scenarioId: s.id, verdict: 'sound' as const, comment: '' }))
			}
		});
	t.desk.act('r', { kind: 'close-review' });
	expect((await t.desk.commitPanel('r', demoPool(30, 6))).ok).toBe(true);
	return t;
}

describe('the reveal seed, from shares committed by several parties', () => {
	it('refuses to open the vote on the operator’s seed alone, or before enough parties committed', async () => {
		const { desk } = await committed();
		expect(await desk.openVote('r')).toMatchObject({
			ok: false,
			error: { message: expect.stringContaining('at least 2 parties') }
		});
		desk.commitSeed('r', { party: 'anna', hash: sha256Hex('anna: 4 1 6') });
		expect((await desk.openVote('r', { secrets: [{ party: 'anna', secret: 'anna: 4 1 6' }] })).ok).toBe(
			false
		);
	});

	it('refuses a share that does not match its commitment, a missing share, a stranger’s share and a missing public value', async () => {
		const { desk } = await committed();
		desk.commitSeed('r', { party: 'anna', hash: sha256Hex('anna: 4 1 6') });
		desk.commitSeed('r', { party: 'boris', hash: sha256Hex('boris: H T T') });
		expect(desk.commitSeed('r', { party: 'boris', hash: sha256Hex('again') })).toMatchObject({
			ok: false,
			error: { message: expect.stringContaining('already committed') }
		});
		desk.commitSeed('r', { publicSource: 'state lottery draw of 2026-11-03' });
		const anna = { party: 'anna', secret: 'anna: 4 1 6' };
		const message = async (shares: Parameters<typeof desk.openVote>[1]) => {
			const r = await desk.openVote('r', shares);
			return r.ok ? 'opened' : r.error.message;
		};
		expect(
			await message({ secrets: [anna, { party: 'boris', secret: 'boris: H H H' }], publicValue: '07 19' })
		).toContain('the share revealed by boris does not match its commitment');
		expect(await message({ secrets: [anna], publicValue: '07 19' })).toContain(
			'boris has not revealed its share'
		);
		expect(
			await message({
				secrets: [anna, { party: 'boris', secret: 'boris: H T T' }, { party: 'eve', secret: 'x' }],
				publicValue: '07 19'
			})
		).toContain('eve revealed a share but never committed');
		expect(await message({ secrets: [anna, { party: 'boris', secret: 'boris: H T T' }] })).toContain(
			'state lottery draw of 2026-11-03'
		);
	});

	it('opens with the seed the shares make, which anyone can recompute from the published record', async () => {
		const { desk, ledger } = await committed();
		desk.commitSeed('r', { party: 'boris', hash: sha256Hex('boris: H T T') });
		desk.commitSeed('r', { party: 'anna', hash: sha256Hex('anna: 4 1 6') });
		const shares = {
			secrets: [
				{ party: 'anna', secret: 'anna: 4 1 6' },
				{ party: 'boris', secret: 'boris: H T T' }
			]
		};
		const before = desk.round('r')!;
		const opened = await desk.openVote('r', shares);
		if (!opened.ok) throw new Error(opened.error.message);
		const expected = revealSeed(before, shares);
		expect(expected.ok && opened.round.panel!.seed).toBe(expected.ok ? expected.seed : 'x');
		const revealed = JSON.parse(ledger.audit('r').find((e) => e.kind === 'panel-revealed')!.payload);
		expect(revealed.seedReveal).toEqual(shares);
		const kinds = ledger.audit('r').map((e) => e.kind);
		expect(kinds.lastIndexOf('seed-committed')).toBeLessThan(kinds.indexOf('panel-revealed'));
	});
});
