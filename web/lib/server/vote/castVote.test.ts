import { describe, expect, it } from 'vitest';
import { demoPool, harvestShortfall } from '../../../../scenarios/round/cases/loadCases.js';
import { testDesk } from '../../../../scenarios/round/testDesk.js';
import { roundMessages } from '../../i18n/roundMessages.js';
import type { AppContext } from '../context.js';
import { ballotPage } from './ballotPage.js';
import { castVote } from './castVote.js';
import { confirmChoice } from './confirmChoice.js';

async function open() {
	const { desk, ledger } = testDesk({ panelSize: 3, reserves: 0 });
	desk.create({ id: 'r', scenarios: harvestShortfall });
	const review = desk.act('r', { kind: 'open-review' });
	if (!review.ok) throw new Error(review.error.message);
	for (const expertId of review.round.reviewers)
		desk.act('r', {
			kind: 'submit-review',
			review: {
				expertId,
				verdicts: harvestShortfall.map((s) => ({ scenarioId: s.id, verdict: 'sound', comment: '' }))
			}
		});
	desk.act('r', { kind: 'close-review' });
	desk.act('r', {
		kind: 'strike',
		scenarioId: 'reserve-keeping',
		by: 'ethics-1',
		reason: 'Cuts bread below the medical minimum'
	});
	await desk.commitPanel('r', demoPool(5));
	const vote = await desk.openVote('r');
	if (!vote.ok) throw new Error(vote.error.message);
	return {
		app: { rounds: desk, ledger } as unknown as AppContext,
		codes: vote.invitations.map((i) => i.code)
	};
}

describe('the ballot form on the server', () => {
	it('shows the standing scenarios in the voter’s language and the struck one with its reason', async () => {
		const { app, codes } = await open();
		const page = ballotPage(app, codes[0]!, 'ru');
		if (page.status !== 'open') throw new Error(JSON.stringify(page));
		expect(page.options.map((o) => o.title)).toEqual(['Сначала равенство', 'Замена киноа на 20%']);
		expect(page.excluded).toEqual([
			{ id: 'reserve-keeping', title: 'Сохранить резервы', why: 'Cuts bread below the medical minimum' }
		]);
		expect(ballotPage(app, 'AAAA-BBBB-CCCC', 'ru')).toEqual({
			status: 'refused',
			refusal: { status: 'unknown-credential' }
		});
	});

	it('validates the body, names the bad field, and casts nothing until confirmed', async () => {
		const { app, codes } = await open();
		expect(castVote(app, { code: codes[0]!, choice: 'equity first!' })).toMatchObject({
			status: 'refused',
			refusal: { status: 'bad-input', message: expect.stringContaining('choice') }
		});
		expect(castVote(app, { code: codes[0]!, choice: 'equity-first', extra: '1' })).toMatchObject({
			status: 'refused',
			refusal: { status: 'bad-input', message: expect.stringContaining('extra') }
		});
		expect(confirmChoice(app, { code: codes[0]!, choice: 'reserve-keeping' }, 'ru')).toMatchObject({
			status: 'refused',
			refusal: { status: 'not-on-ballot' }
		});
		expect(confirmChoice(app, { code: codes[0]!, choice: 'contest', reason: 'no' }, 'ru')).toMatchObject({
			status: 'refused',
			refusal: { status: 'reason-required' }
		});
		expect(confirmChoice(app, { code: codes[0]!, choice: 'quinoa-substitution' }, 'en')).toEqual({
			status: 'confirm',
			code: codes[0],
			choice: 'quinoa-substitution',
			reason: '',
			label: 'Substitute 20% with quinoa'
		});
		expect(app.rounds.ballots('r')).toHaveLength(0);
		const cast = castVote(app, { code: codes[0]!, choice: 'quinoa-substitution', reason: '' });
		expect(cast).toMatchObject({ status: 'cast', round: 'r', choice: 'quinoa-substitution' });
		expect(castVote(app, { code: codes[0]!, choice: 'equity-first' })).toEqual({
			status: 'refused',
			refusal: { status: 'credential-used' }
		});
	});

	it('has every ballot text in Russian and English', () => {
		expect(Object.keys(roundMessages.en).sort()).toEqual(Object.keys(roundMessages.ru).sort());
		for (const text of [...Object.values(roundMessages.ru), ...Object.values(roundMessages.en)])
			expect(text.trim()).not.toBe('');
	});
});
