import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';

/** A job's progress as server-sent events: done and total days, and its status; ends when the job does. */
export const GET: RequestHandler = ({ params, locals, request }) => {
	const jobs = locals.app.stress;
	if (!jobs.get(params.id)) error(404, `no stress test ${params.id}`);
	const encoder = new TextEncoder();
	let stop = () => {};
	const stream = new ReadableStream<Uint8Array>({
		start(controller) {
			const send = (state: { status: string; done: number; total: number }) => {
				// The report itself is not streamed: the page reloads to show it rendered on the server.
				const { status, done, total } = state;
				controller.enqueue(encoder.encode(`data: ${JSON.stringify({ status, done, total })}\n\n`));
				if (status !== 'running') stop();
			};
			const unwatch = jobs.watch(params.id, send);
			stop = () => {
				unwatch();
				request.signal.removeEventListener('abort', stop);
				try {
					controller.close();
				} catch {
					// Already closed by the reader.
				}
			};
			request.signal.addEventListener('abort', stop);
			send(jobs.get(params.id)!.state);
		},
		cancel: () => stop()
	});
	return new Response(stream, {
		headers: { 'content-type': 'text/event-stream', 'cache-control': 'no-store' }
	});
};
