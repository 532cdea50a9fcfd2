import { randomBytes } from 'node:crypto';
import { sha256Hex } from '../../../scenarios/ballot/sha256Hex.js';
import { demoPool, harvestShortfall } from '../../../scenarios/round/cases/loadCases.js';
import type { ActResult } from '../../../scenarios/round/index.js';
import type { CliIO } from '../../types.js';
import type { openDesk } from './roundIO.js';

/** A round with the fixture scenarios, reviewed by the fixture roster, one scenario struck, opened for a 10-person panel. */
export async function demo(
	id: string,
	io: CliIO,
	desk: Awaited<ReturnType<typeof openDesk>>['desk'],
	ledger: Awaited<ReturnType<typeof openDesk>>['ledger'],
	report: (r: ActResult) => Promise<number>
): Promise<number> {
	const now = Date.now();
	if (ledger.roster().length === 0)
		for (const [i, e] of (await import('../../../scenarios/round/cases/loadCases.js')).demoRoster.entries())
			ledger.appoint({ ...e, term: { start: now - 86_400_000, end: now + (300 + i) * 86_400_000 } }, now);
	const created = desk.create({ id, scenarios: harvestShortfall, options: { panelSize: 10, reserves: 4 } });
	if (!created.ok) return report(created);
	const review = desk.act(id, { kind: 'open-review' });
	if (!review.ok) return report(review);
	for (const expertId of review.round.reviewers)
		desk.act(id, {
			kind: 'submit-review',
			review: {
				expertId,
				verdicts: harvestShortfall.map((s) => ({ scenarioId: s.id, verdict: 'sound', comment: '' }))
			}
		});
	desk.act(id, { kind: 'close-review' });
	desk.act(id, {
		kind: 'strike',
		scenarioId: 'reserve-keeping',
		by: 'ethics-council',
		reason: [
			'Снижает норму хлеба ниже медицинского минимума для детей',
			'cuts bread below the medical minimum for children'
		].join(' / ')
	});
	io.stdout.write(
		`demo round ${id}: reviewed by ${review.round.reviewers.join(', ')}; reserve-keeping struck\n`
	);
	const committed = await desk.commitPanel(id, demoPool(40, 8));
	if (!committed.ok) return report(committed);
	io.stdout.write(`panel draw committed: ${committed.round.committed!.commitment}\n`);
	// Two council members' shares of the reveal seed: committed now, revealed when the vote opens.
	const secrets = ['council-1', 'council-2'].map((party) => ({
		party,
		secret: randomBytes(16).toString('hex')
	}));
	for (const { party, secret } of secrets) {
		const seeded = desk.commitSeed(id, { party, hash: sha256Hex(secret) });
		if (!seeded.ok) return report(seeded);
	}
	return report(await desk.openVote(id, { secrets }));
}
