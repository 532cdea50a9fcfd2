import { castSealedBallot, sealedBallotPage } from '$lib/server/election/index.js';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params, locals }) => ({
	page: sealedBallotPage(locals.app, params.round, params.stage, locals.locale)
});

export const actions: Actions = {
	// The phone posts only the signed, encrypted ballot: no code, no choice.
	cast: async ({ request, params, locals }) =>
		castSealedBallot(
			locals.app,
			`${params.round}/${params.stage}`,
			Object.fromEntries(await request.formData())
		)
};
