import { error } from '@sveltejs/kit';
import { chainStatus } from '$lib/server/rounds/chainStatus.js';
import { pageOf } from '$lib/server/rounds/pageOf.js';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, url }) => {
	const raw = url.searchParams.get('page') ?? '1';
	if (!/^[1-9][0-9]{0,5}$/.test(raw))
		error(400, `page: should be a page number from 1, got ${JSON.stringify(raw)}`);
	// Newest first: the entries a reader came to see.
	const log = [...locals.app.ledger.audit()].reverse();
	return { chain: chainStatus(locals.app), log: pageOf(log, Number(raw), 100) };
};
