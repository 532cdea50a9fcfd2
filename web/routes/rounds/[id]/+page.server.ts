import { error } from '@sveltejs/kit';
import { roundView } from '$lib/server/rounds/roundView.js';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params, url, locals }) => {
	const round = roundView(locals.app, params.id, locals.locale, url.searchParams.get('receipt') ?? undefined);
	if (!round) error(404, `no round ${params.id}`);
	return { round };
};
