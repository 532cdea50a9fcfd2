import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Account, Role } from '../../../../data/accounts/index.js';
import { demoPool, harvestShortfall } from '../../../../scenarios/round/cases/loadCases.js';
import { councilActions, type CouncilAction } from '../auth/types.js';
import { councilAct } from './councilAct.js';
import { councilWorld, json, person } from './councilWorld.js';

const dataDir = mkdtempSync(join(tmpdir(), 'ros-council-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));
const world = () => councilWorld(dataDir);

/** A well-formed form for each action, so only the role (or the round's state) can stop it. */
function formFor(action: CouncilAction): FormData {
	const form = new FormData();
	form.set('kind', action);
	switch (action) {
		case 'create':
			form.set('id', 'harvest');
			form.set('scenarios', json({ scenarios: harvestShortfall }, 'scenarios.json'));
			break;
		case 'submit-review':
			for (const s of harvestShortfall) {
				form.set(`verdict:${s.id}`, 'sound');
				form.set(`comment:${s.id}`, '');
				form.set(`amended:${s.id}`, '');
			}
			break;
		case 'strike':
			form.set('scenario', 'reserve-keeping');
			form.set('reason', 'Cuts the bread norm below the medical minimum for children');
			break;
		case 'return':
			form.set('reason', 'The telemetry window misses the last harvest week');
			break;
		case 'commit-panel':
			form.set('pool', json(demoPool(8), 'pool.json'));
			break;
		case 'commit-seed':
			form.set('hash', createHash('sha256').update('a council share').digest('hex'));
			break;
		case 'open-vote':
			form.set('reveal', '');
			form.set('publicValue', '');
			form.set('ballot', 'plain');
			break;
		case 'open-election':
			form.append('commitments', json({}, 'commitment-1.json'));
			form.set('credentials', json({}, 'credentials.json'));
			break;
		case 'decrypt-election':
			form.set('partial', json({}, 'partial-1.json'));
			break;
	}
	return form;
}

/**
 * The roles × actions matrix the console promises (✓ = may), as README's roles table says it; the
 * test checks councilAct against this grid, not against the code's own table (auth/permissions.ts).
 */
const grid = `
                   analyst  council  expert  ethics  operator
  create              ✓        .       .       .        .
  open-review         .        ✓       .       .        .
  submit-review       .        .       ✓       .        .
  close-review        .        ✓       .       .        .
  strike              .        .       .       ✓        .
  return              .        ✓       .       .        .
  commit-panel        .        ✓       .       .        .
  commit-seed         .        ✓       .       ✓        .
  open-vote           .        ✓       .       .        .
  open-election       .        ✓       .       .        .
  decrypt-election    .        .       .       ✓        .
  close-vote          .        ✓       .       .        .
`;
const [header, ...rows] = grid
	.trim()
	.split('\n')
	.map((line) => line.trim().split(/\s+/));
const roles = header as Role[];
const matrix = new Map(
	rows.map(([action, ...marks]) => [action as CouncilAction, marks.map((m) => m === '✓')])
);
const may = (role: Role, action: CouncilAction) => matrix.get(action)![roles.indexOf(role)]!;

describe('council actions in the console', () => {
	it('has a row in the grid for every action the console knows', () => {
		expect([...matrix.keys()]).toEqual(councilActions);
	});

	it.each(roles)('lets a %s take exactly its actions, and no one signed out any', async (role) => {
		const { app, desk } = world();
		desk.create({ id: 'r', scenarios: harvestShortfall });
		for (const action of councilActions) {
			const outcome = await councilAct(app, person(role), 'r', formFor(action), 'http://x/');
			expect([action, outcome.status === 'forbidden']).toEqual([action, !may(role, action)]);
			expect(await councilAct(app, undefined, 'r', formFor(action), 'http://x/')).toEqual({
				status: 'forbidden',
				action
			});
		}
	});

	it('runs a round from creation to adoption, each step in its actor’s own name, with the CLI’s validation', async () => {
		const { app, desk } = world();
		const act = (who: Account, form: FormData) => councilAct(app, who, 'harvest', form, 'http://console/');
		expect(
			await councilAct(app, person('analyst', 'planner-7'), undefined, formFor('create'), '')
		).toMatchObject({
			status: 'done',
			state: 'drafted'
		});
		// The analyst who brought the scenarios is a declared subject of the round.
		expect(desk.round('harvest')!.subjects).toContain('person:planner-7');
		const council = person('council', 'chair');
		expect(await act(council, formFor('close-vote'))).toMatchObject({
			status: 'refused',
			message: expect.stringContaining('not allowed')
		});
		expect(await act(council, formFor('open-review'))).toMatchObject({
			status: 'done',
			state: 'expert-review'
		});
		const [first, ...others] = desk.round('harvest')!.reviewers;
		const outsider = ['e-agro', 'e-energy', 'e-health', 'e-logi', 'e-stat'].find(
			(e) => !desk.round('harvest')!.reviewers.includes(e)
		)!;
		expect(await act(person('expert', outsider), formFor('submit-review'))).toMatchObject({
			status: 'refused'
		});

		// A rework verdict needs a comment; amended parameters must be ones the planner can act on; a verdict is one of three words.
		const review = formFor('submit-review');
		review.set('verdict:equity-first', 'needs-rework');
		expect(await act(person('expert', first), review)).toMatchObject({
			status: 'bad-input',
			field: 'comment:equity-first'
		});
		review.set('verdict:equity-first', 'so-so');
		expect(await act(person('expert', first), review)).toMatchObject({
			status: 'bad-input',
			field: 'verdict:equity-first'
		});
		review.set('verdict:equity-first', 'needs-rework');
		review.set('comment:equity-first', 'Keep five days of water in the north');
		review.set('amended:equity-first', 'floor:water:north 5');
		expect(await act(person('expert', first), review)).toMatchObject({
			status: 'bad-input',
			field: 'amended:equity-first'
		});
		review.set('amended:equity-first', 'colour:sky = blue');
		expect(await act(person('expert', first), review)).toMatchObject({ status: 'refused' });
		review.set('amended:equity-first', '');
		review.set('verdict:equity-first', 'sound');
		review.set('sneaky', '1');
		expect(await act(person('expert', first), review)).toMatchObject({
			status: 'bad-input',
			field: 'sneaky'
		});
		review.delete('sneaky');
		expect(await act(person('expert', first), review)).toMatchObject({ status: 'done' });
		for (const e of others) await act(person('expert', e), formFor('submit-review'));
		expect(
			desk
				.round('harvest')!
				.reviews.map((r) => r.expertId)
				.sort()
		).toEqual([first, ...others].sort());
		expect(await act(council, formFor('close-review'))).toMatchObject({ state: 'ethics-review' });

		const strike = formFor('strike');
		strike.set('reason', 'too short');
		// The round's own rule refuses it, and the error is tied to the reason box.
		expect(await act(person('ethics', 'ethics-3'), strike)).toMatchObject({
			status: 'bad-input',
			field: 'reason'
		});
		expect(await act(person('ethics', 'ethics-3'), formFor('strike'))).toMatchObject({ status: 'done' });
		const struck = desk.round('harvest')!.scenarios.find((s) => s.scenario.id === 'reserve-keeping')!;
		expect(struck.standing).toMatchObject({ kind: 'struck', strike: { by: 'ethics-3' } });

		const badPool = formFor('commit-panel');
		badPool.set('pool', json([{ id: 'v1' }, { id: 'v1' }], 'pool.json'));
		expect(await act(council, badPool)).toMatchObject({ status: 'bad-input', field: 'pool' });
		expect(await act(council, formFor('commit-panel'))).toMatchObject({ status: 'done' });
		// The seed: the chair and an ethics member each commit to a secret share, revealed at open-vote.
		expect(await act(council, formFor('commit-seed'))).toMatchObject({ status: 'done' });
		const ethicsShare = formFor('commit-seed');
		ethicsShare.set('hash', createHash('sha256').update('an ethics share').digest('hex'));
		expect(await act(person('ethics', 'ethics-3'), ethicsShare)).toMatchObject({ status: 'done' });
		const tooEarly = formFor('open-vote');
		tooEarly.set('reveal', 'chair=a council share');
		expect(await act(council, tooEarly)).toMatchObject({ status: 'refused' });
		const open = formFor('open-vote');
		open.set('reveal', 'chair=a council share,ethics-3=an ethics share');
		const opened = await act(council, open);
		if (opened.status !== 'done' || !opened.invitations) throw new Error(JSON.stringify(opened));
		expect(opened.invitations.count).toBe(3);
		expect(statSync(opened.invitations.file).mode & 0o777).toBe(0o600);
		const rows = readFileSync(opened.invitations.file, 'utf8').trim().split('\n').slice(1);
		const codes = rows.map((r) => r.split(',')[2]!);
		// The link carries no code: the panelist types it, so it ends up in no browser history.
		expect(rows[0]).toContain(',http://console/vote,');
		for (const code of codes)
			expect(desk.cast(code, { kind: 'scenario', scenarioId: 'equity-first' }).ok).toBe(true);
		expect(await act(council, formFor('close-vote'))).toMatchObject({ status: 'done', state: 'adopted' });
		// Every step is in the audit log, and the chain holds.
		const kinds = app.ledger.audit('harvest').map((e) => e.kind);
		expect(kinds).toEqual(
			expect.arrayContaining(['round-created', 'reviewers-drawn', 'review', 'strike', 'adopted'])
		);
		expect(app.ledger.verify().status).toBe('intact');
	});

	it('refuses an unknown ballot kind by name', async () => {
		const { app, desk } = world();
		desk.create({ id: 'r', scenarios: harvestShortfall });
		const form = formFor('open-vote');
		form.set('ballot', 'secret');
		expect(await councilAct(app, person('council'), 'r', form, '')).toMatchObject({
			status: 'bad-input',
			field: 'ballot',
			message: expect.stringContaining('should be plain or encrypted')
		});
	});

	it('refuses an unknown action by name', async () => {
		const { app } = world();
		const form = new FormData();
		form.set('kind', 'adopt-now');
		expect(await councilAct(app, person('council'), 'r', form, '')).toMatchObject({
			status: 'bad-input',
			field: 'kind',
			message: expect.stringContaining('adopt-now')
		});
	});
});
