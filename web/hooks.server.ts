import type { Handle } from '@sveltejs/kit';
import { pickLocale } from './lib/i18n/pickLocale.js';
import { SESSION_COOKIE } from './lib/server/auth/sessionCookie.js';
import { contextOf } from './lib/server/context.js';

export const handle: Handle = async ({ event, resolve }) => {
	event.locals.app = contextOf(event.platform?.req);
	const choice = event.url.searchParams.get('lang') ?? event.cookies.get('lang');
	event.locals.locale = pickLocale(choice, event.request.headers.get('accept-language'));
	if (event.url.searchParams.has('lang'))
		event.cookies.set('lang', event.locals.locale, {
			path: '/',
			httpOnly: false,
			sameSite: 'lax',
			maxAge: 60 * 60 * 24 * 365
		});
	const token = event.cookies.get(SESSION_COOKIE);
	event.locals.viewer = token ? event.locals.app.accounts.session(token, event.locals.app.now()) : undefined;
	// Pages that depend on who is signed in must not be kept by shared caches.
	if (event.locals.viewer) event.setHeaders({ 'cache-control': 'private, no-store' });
	return resolve(event, { transformPageChunk: ({ html }) => html.replace('%lang%', event.locals.locale) });
};
