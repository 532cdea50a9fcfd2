import { fail, redirect } from '@sveltejs/kit';
import { signIn } from '$lib/server/auth/signIn.js';
import { SESSION_COOKIE, setSessionCookie } from '$lib/server/auth/sessionCookie.js';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals }) => ({ viewer: locals.viewer });

export const actions: Actions = {
	in: async ({ request, locals, cookies, url, getClientAddress }) => {
		const form = Object.fromEntries(await request.formData());
		const outcome = await signIn(locals.app, form, getClientAddress());
		if (outcome.status !== 'signed-in')
			return fail(outcome.status === 'throttled' ? 429 : 400, {
				...outcome,
				id: typeof form.id === 'string' ? form.id : ''
			});
		setSessionCookie(cookies, outcome.token, outcome.expires, url.protocol === 'https:');
		redirect(303, '/rounds');
	},
	out: ({ locals, cookies }) => {
		const token = cookies.get(SESSION_COOKIE);
		if (token) locals.app.accounts.signOut(token);
		cookies.delete(SESSION_COOKIE, { path: '/' });
		redirect(303, '/');
	}
};
