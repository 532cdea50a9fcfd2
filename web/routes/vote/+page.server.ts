import { ballotPage, castVote, confirmChoice, showReceipt } from '$lib/server/vote/index.js';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ url, locals }) => {
	const code = url.searchParams.get('c')?.trim();
	return { ballot: code ? ballotPage(locals.app, code, locals.locale) : undefined };
};

export const actions: Actions = {
	// The code typed into the form is posted, never put in the address: it stays out of browser history,
	// access logs and referrers (the invitation link carries no code either).
	open: async ({ request, locals }) => {
		const code = String((await request.formData()).get('c') ?? '').trim();
		return {
			status: 'opened' as const,
			ballot: code ? ballotPage(locals.app, code, locals.locale) : undefined
		};
	},
	choose: async ({ request, locals }) =>
		confirmChoice(locals.app, Object.fromEntries(await request.formData()), locals.locale),
	cast: async ({ request, locals }) => castVote(locals.app, Object.fromEntries(await request.formData())),
	receipt: async ({ request, locals }) =>
		showReceipt(locals.app, Object.fromEntries(await request.formData()))
};
