import { describe, expect, it } from 'vitest';
import { roundMessages } from '../../i18n/roundMessages.js';
import { openTestRound } from '../openTestRound.js';
import { ballotPage } from './ballotPage.js';
import { castVote } from './castVote.js';
import { confirmChoice } from './confirmChoice.js';
import { showReceipt } from './showReceipt.js';

const open = openTestRound;

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
			label: 'Substitute 20% with quinoa',
			relang: {
				action: '?/choose',
				fields: { code: codes[0], choice: 'quinoa-substitution', reason: '' }
			}
		});
		expect(app.rounds.ballots('r')).toHaveLength(0);
		const cast = castVote(app, { code: codes[0]!, choice: 'quinoa-substitution', reason: '' });
		expect(cast).toMatchObject({ status: 'cast', round: 'r' });
		// The receipt page can be shown again (in the other language) for that receipt, typed any way, and for no other.
		if (cast.status !== 'cast') throw new Error('not cast');
		const spaced = cast.receipt.toUpperCase().match(/.{8}/g)!.join(' ');
		expect(showReceipt(app, { round: 'r', receipt: spaced })).toEqual(cast);
		expect(showReceipt(app, { round: 'r', receipt: '0'.repeat(64) })).toMatchObject({
			status: 'refused',
			refusal: { status: 'bad-input', message: expect.stringContaining('receipt') }
		});
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
