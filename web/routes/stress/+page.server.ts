import { fail, redirect } from '@sveltejs/kit';
import { stressCases } from '../../../scenarios/stress/index.js';
import { startStress } from '$lib/server/stress/startStress.js';
import { stressRoles } from '$lib/server/stress/types.js';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals }) => ({
	cases: Object.values(stressCases).map((c) => ({ id: c.id, title: c.title[locals.locale], days: c.days })),
	jobs: locals.app.stress.list().map((j) => ({
		id: j.id,
		title: j.title[locals.locale],
		runs: j.runs,
		status: j.state.status,
		pass: j.state.status === 'done' ? j.state.pass : null
	})),
	mayRun: locals.viewer !== undefined && stressRoles.includes(locals.viewer.role),
	signedIn: locals.viewer !== undefined
});

export const actions: Actions = {
	run: async ({ request, locals }) => {
		const outcome = startStress(locals.app, locals.viewer, Object.fromEntries(await request.formData()));
		if (outcome.status === 'started') redirect(303, `/stress/${outcome.id}`);
		return fail(outcome.status === 'forbidden' ? 403 : outcome.status === 'busy' ? 409 : 400, outcome);
	}
};
