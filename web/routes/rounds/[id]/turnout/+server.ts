import { error } from '@sveltejs/kit';
import { turnoutNow, turnoutStream } from '$lib/server/rounds/turnoutStream.js';
import type { RequestHandler } from './$types';

/** Live turnout of the open vote as server-sent events (every 3 s). */
export const GET: RequestHandler = ({ params, locals, request }) => {
	if (!turnoutNow(locals.app, params.id)) error(404, `no round ${params.id}`);
	return new Response(turnoutStream(locals.app, params.id, 3000, request.signal), {
		headers: { 'content-type': 'text/event-stream', 'cache-control': 'no-store' }
	});
};
