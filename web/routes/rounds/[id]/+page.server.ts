import { error, fail } from '@sveltejs/kit';
import { councilAct } from '$lib/server/council/councilAct.js';
import { deskFor } from '$lib/server/council/deskFor.js';
import { roundView } from '$lib/server/rounds/roundView.js';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params, url, locals }) => {
	const round = roundView(locals.app, params.id, locals.locale, url.searchParams.get('receipt') ?? undefined);
	if (!round) error(404, `no round ${params.id}`);
	return { round, desk: deskFor(locals.app.rounds.round(params.id)!, locals.viewer) };
};

export const actions: Actions = {
	act: async ({ request, locals, params, url }) => {
		const outcome = await councilAct(
			locals.app,
			locals.viewer,
			params.id,
			await request.formData(),
			`${url.origin}/`
		);
		return outcome.status === 'done' ? outcome : fail(outcome.status === 'forbidden' ? 403 : 400, outcome);
	}
};
