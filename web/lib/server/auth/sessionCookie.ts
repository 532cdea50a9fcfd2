import type { Cookies } from '@sveltejs/kit';

/** The session cookie's name. */
export const SESSION_COOKIE = 'session';

/**
 * Sets the session cookie: httpOnly (scripts cannot read it), SameSite=Strict (never sent from another
 * site; SvelteKit's origin check also refuses cross-site form posts), Secure over https.
 */
export function setSessionCookie(cookies: Cookies, token: string, expires: number, https: boolean): void {
	cookies.set(SESSION_COOKIE, token, {
		path: '/',
		httpOnly: true,
		sameSite: 'strict',
		secure: https,
		expires: new Date(expires)
	});
}
