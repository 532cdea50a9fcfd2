import { describe, expect, it } from 'vitest';
import { openTestRound } from '../server/openTestRound.js';
import { checkChain } from './checkChain.js';

describe('the in-browser audit check', () => {
	it('agrees with the ledger on an intact log and finds an altered, removed or reordered entry', async () => {
		const { app } = await openTestRound();
		const log = app.ledger.audit();
		const server = app.ledger.verify();
		if (server.status !== 'intact') throw new Error('broken fixture');
		expect(await checkChain(log)).toEqual({ status: 'intact', entries: server.entries, head: server.head });
		const altered = log.map((e, i) => (i === 4 ? { ...e, payload: e.payload.replace('"', '" ') } : e));
		expect(await checkChain(altered)).toEqual({ status: 'broken', seq: 5, why: 'content' });
		expect(await checkChain(log.filter((_, i) => i !== 3))).toEqual({ status: 'broken', seq: 4, why: 'gap' });
		const swapped = [...log];
		[swapped[2], swapped[3]] = [
			{ ...log[3]!, seq: 3 },
			{ ...log[2]!, seq: 4 }
		];
		expect(await checkChain(swapped)).toEqual({ status: 'broken', seq: 3, why: 'link' });
	});
});
