import { fail, redirect } from '@sveltejs/kit';
import { may } from '$lib/server/auth/permissions.js';
import { councilAct } from '$lib/server/council/councilAct.js';
import { roundList } from '$lib/server/rounds/roundList.js';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals }) => ({
	...roundList(locals.app),
	mayCreate: may(locals.viewer?.role, 'create')
});

export const actions: Actions = {
	act: async ({ request, locals, url }) => {
		const outcome = await councilAct(
			locals.app,
			locals.viewer,
			undefined,
			await request.formData(),
			`${url.origin}/`
		);
		if (outcome.status === 'done') redirect(303, `/rounds/${outcome.round}`);
		return fail(outcome.status === 'forbidden' ? 403 : 400, outcome);
	}
};
