import { hostname } from 'node:os';
import type { Config } from './types.js';

/** Addresses that mean "every interface": no one can browse to them, so links name this machine instead. */
const WILDCARDS = new Set(['0.0.0.0', '::', '[::]']);

/**
 * The console's address for links people open (invitation codes): `http.publicUrl` when set (a
 * proxy, a domain), else where the console listens, with a trailing slash.
 */
export function publicUrlOf(http: Config['http']): string {
	if (http.publicUrl !== '') return http.publicUrl.endsWith('/') ? http.publicUrl : `${http.publicUrl}/`;
	const host = WILDCARDS.has(http.host) ? hostname() : http.host;
	return `http://${host.includes(':') ? `[${host}]` : host}:${http.port}/`;
}
