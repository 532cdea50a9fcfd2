import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Registry } from 'prom-client';

/**
 * Answers `GET /metrics` with the registry in Prometheus text format and returns true; any other
 * request is left alone (false). The console server calls it before SvelteKit.
 */
export function metricsRoute(registry: Registry) {
	return (req: IncomingMessage, res: ServerResponse): boolean => {
		if (new URL(req.url ?? '/', 'http://x').pathname !== '/metrics') return false;
		if (req.method !== 'GET' && req.method !== 'HEAD') {
			res.writeHead(405, { allow: 'GET, HEAD' }).end();
			return true;
		}
		registry.metrics().then(
			(text) =>
				res.writeHead(200, { 'content-type': registry.contentType }).end(req.method === 'HEAD' ? '' : text),
			(error: unknown) => res.writeHead(500).end(`metrics failed: ${(error as Error).message}\n`)
		);
		return true;
	};
}
