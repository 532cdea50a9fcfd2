import { ballotPage, castVote, confirmChoice, showReceipt } from '$lib/server/vote/index.js';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ url, locals }) => {
	const code = url.searchParams.get('c')?.trim();
	return { ballot: code ? ballotPage(locals.app, code, locals.locale) : undefined };
};

export const actions: Actions = {
	choose: async ({ request, locals }) =>
		confirmChoice(locals.app, Object.fromEntries(await request.formData()), locals.locale),
	cast: async ({ request, locals }) => castVote(locals.app, Object.fromEntries(await request.formData())),
	receipt: async ({ request, locals }) =>
		showReceipt(locals.app, Object.fromEntries(await request.formData()))
};
