import type { Handle } from '@sveltejs/kit';
import { gzipSync } from 'node:zlib';
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
	const response = await resolve(event, {
		transformPageChunk: ({ html }) => html.replace('%lang%', event.locals.locale)
	});
	return compressed(response, event.request.headers.get('accept-encoding') ?? '');
};

/**
 * Pages go out gzipped when the browser accepts it: HTML of a big round shrinks about tenfold, which
 * matters on a phone. (adapter-node compresses only prebuilt assets; pages are rendered per request.)
 */
async function compressed(response: Response, acceptEncoding: string): Promise<Response> {
	const type = response.headers.get('content-type') ?? '';
	if (
		!/\bgzip\b/.test(acceptEncoding) ||
		!type.startsWith('text/html') ||
		response.headers.has('content-encoding')
	)
		return response;
	const headers = new Headers(response.headers);
	headers.set('content-encoding', 'gzip');
	headers.delete('content-length');
	headers.append('vary', 'accept-encoding');
	const body = gzipSync(Buffer.from(await response.arrayBuffer()));
	return new Response(body, { status: response.status, statusText: response.statusText, headers });
}
