import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { exportElection } from '../../../../data/ledger/election/index.js';
import { bytesToHex } from '../../../../scenarios/ballot/election/group.js';
import {
	combineShares,
	dealTrustee,
	electionHash,
	encryptBallot,
	encryptedTotals,
	issueCredentials,
	partialDecrypt,
	seededBytes,
	signCredentialList,
	verifyElection
} from '../../../../scenarios/ballot/election/index.js';
import { openTestVote } from '../../../../scenarios/round/testDesk.js';
import { councilAct } from './councilAct.js';
import { councilWorld, json, person } from './councilWorld.js';
import { deskFor } from './deskFor.js';

const dataDir = mkdtempSync(join(tmpdir(), 'ros-council-election-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));
const world = () => councilWorld(dataDir);

describe('the encrypted election in the console', () => {
	it('opens an encrypted vote by default, and its ballot box from the trustees’ and the authority’s files', async () => {
		const { app, desk } = world();
		const invitations = await openTestVote(desk, 'e1', 'encrypted');
		expect(invitations).toEqual([]);
		const round = desk.round('e1')!;
		const election = round.stages[0]!.election!;
		const random = seededBytes('console open-election');
		const dealers = [1, 2, 3].map((i) => dealTrustee(election, i, 2, random));
		const commitments = dealers.map((d) => ({
			election,
			threshold: 2,
			trustees: 3,
			commitment: d.commitment
		}));
		const issued = issueCredentials(round.panel!.members.length, random);
		const credentials = issued.map((c) => c.publicKey).sort();
		const authority = signCredentialList(election, credentials, bytesToHex(random(32)));
		const list = {
			election,
			panelists: [...round.panel!.members].sort(),
			credentials,
			authority: authority.publicKey,
			signature: authority.signature
		};
		const form = (signature: string) => {
			const f = new FormData();
			f.set('kind', 'open-election');
			for (const [i, c] of commitments.entries())
				f.append('commitments', json(c, `commitment-${i + 1}.json`));
			f.set('credentials', json({ ...list, signature }, 'credentials.json'));
			return f;
		};
		const council = person('council', 'chair');
		const published = (e: string) => app.elections.state(e);
		expect(deskFor(round, council, published)).toContain('open-election');
		const forged = await councilAct(app, council, 'e1', form('0'.repeat(128)), '');
		expect(forged).toMatchObject({ status: 'bad-input', field: 'credentials' });
		expect(forged).toMatchObject({ message: expect.stringContaining('signature') });
		expect(await councilAct(app, council, 'e1', form(list.signature), '')).toMatchObject({
			status: 'done',
			state: 'panel-vote'
		});
		expect(deskFor(desk.round('e1')!, council, published)).not.toContain('open-election');
		expect(await councilAct(app, council, 'e1', form(list.signature), '')).toMatchObject({
			status: 'refused',
			message: expect.stringContaining('already published')
		});
	});

	it('takes the trustees’ partial decryptions through the ethics members’ form, checked before they are chained, and records the result as `election tally` does', async () => {
		const { app, desk } = world();
		await openTestVote(desk, 'e2', 'encrypted');
		const round = desk.round('e2')!;
		const election = round.stages[0]!.election!;
		const random = seededBytes('console decrypt-election');
		const dealers = [1, 2, 3].map((i) => dealTrustee(election, i, 2, random));
		const commitments = dealers.map((d) => d.commitment);
		const issued = issueCredentials(round.panel!.members.length, random);
		const authority = signCredentialList(
			election,
			issued.map((c) => c.publicKey).sort(),
			bytesToHex(random(32))
		);
		const f = new FormData();
		f.set('kind', 'open-election');
		for (const c of commitments)
			f.append('commitments', json({ election, threshold: 2, trustees: 3, commitment: c }, 'c.json'));
		const list = {
			election,
			panelists: [...round.panel!.members].sort(),
			credentials: issued.map((c) => c.publicKey).sort(),
			authority: authority.publicKey,
			signature: authority.signature
		};
		f.set('credentials', json(list, 'credentials.json'));
		const council = person('council', 'chair');
		expect(await councilAct(app, council, 'e2', f, '')).toMatchObject({ status: 'done' });
		const { manifest } = app.elections.read(election)!;
		// Two choose the first scenario, one contests; every credential has voted, so close-vote closes the box.
		[0, 0, manifest.options.length - 1].forEach((choice, i) =>
			expect(
				app.elections.cast(
					election,
					encryptBallot(manifest, electionHash(manifest), choice, issued[i]!.secret, random),
					1
				)
			).toMatchObject({ status: 'done' })
		);
		const state = (e: string) => app.elections.state(e);
		const ethics = person('ethics', 'vera');
		expect(deskFor(desk.round('e2')!, ethics, state)).not.toContain('decrypt-election');
		const closeVote = new FormData();
		closeVote.set('kind', 'close-vote');
		expect(await councilAct(app, council, 'e2', closeVote, '')).toMatchObject({
			status: 'refused',
			message: expect.stringContaining('waits for the trustees')
		});
		expect(deskFor(desk.round('e2')!, ethics, state)).toContain('decrypt-election');
		expect(deskFor(desk.round('e2')!, council, state)).not.toContain('decrypt-election');

		// Each trustee's partial decryption, as `election decrypt` makes it on the trustee's own machine.
		const totals = encryptedTotals(manifest, app.elections.read(election)!.ballots).totals;
		const key = (j: number) =>
			combineShares(
				commitments,
				j,
				dealers.map((d) => d.shareFor(j))
			);
		const partial = (j: number) => partialDecrypt(manifest, totals, j, key(j), random);
		const upload = (value: unknown) => {
			const form = new FormData();
			form.set('kind', 'decrypt-election');
			form.set('partial', json(value, 'partial.json'));
			return councilAct(app, ethics, 'e2', form, '');
		};
		expect(await upload({ trustee: 1 })).toMatchObject({
			status: 'bad-input',
			field: 'partial',
			message: expect.stringContaining('shares')
		});
		const forged = { ...partial(2), trustee: 3 };
		expect(await upload(forged)).toMatchObject({
			status: 'bad-input',
			field: 'partial',
			message: expect.stringMatching(/trustee 3: the partial decryption of option \d+ fails its proof/)
		});
		expect(app.elections.read(election)!.decryptions).toEqual([]);
		expect(await upload(partial(2))).toMatchObject({
			status: 'done',
			state: 'panel-vote',
			decryption: { election, trustees: 1, threshold: 2 }
		});
		expect(await upload(partial(2))).toMatchObject({
			status: 'bad-input',
			field: 'partial',
			message: expect.stringContaining('already recorded')
		});
		const last = await upload(partial(3));
		expect(last).toMatchObject({ status: 'done', decryption: { trustees: 2, threshold: 2 } });
		expect(last.status === 'done' && last.decryption?.result).toEqual(
			manifest.options.map((option, i) => ({ option, votes: [2, 0, 1][i] }))
		);
		expect(deskFor(desk.round('e2')!, ethics, state)).not.toContain('decrypt-election');
		expect(await upload(partial(1))).toMatchObject({
			status: 'refused',
			message: expect.stringContaining('already decrypted')
		});
		expect(verifyElection(exportElection(app.elections.read(election)!))).toMatchObject({
			status: 'valid',
			result: [2, 0, 1]
		});
		// The round now counts from the chained result, as after `election tally`.
		expect(await councilAct(app, council, 'e2', closeVote, '')).toMatchObject({
			status: 'done',
			state: 'adopted'
		});
	});
});
