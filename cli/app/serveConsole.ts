import { existsSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CONTEXT, type AppContext } from '../../web/lib/server/context.js';

type Handler = (req: IncomingMessage, res: ServerResponse, next?: () => void) => void;

/** The built console (SvelteKit, adapter-node), made by `npm run build`. */
const HANDLER = fileURLToPath(new URL('../../build/handler.js', import.meta.url));

/** The header through which this server tells adapter-node the request came over plain http. */
const PROTOCOL_HEADER = 'x-resourceos-protocol';

/** A running console server. */
export interface ConsoleServer {
	readonly url: string;
	close(): Promise<void>;
}

/**
 * Serves the console on host:port and hands each request the app context (via adapter-node's
 * `platform.req`). `intercept` may answer a request first (e.g. `/metrics`) by returning true.
 */
export async function serveConsole(
	context: AppContext,
	options: { host: string; port: number },
	intercept?: (req: IncomingMessage, res: ServerResponse) => boolean
): Promise<ConsoleServer> {
	if (!existsSync(HANDLER))
		throw new Error(`the console is not built (${HANDLER} is missing): run \`npm run build\``);
	// adapter-node assumes https unless told otherwise, and would then refuse every form POST (the
	// ballot) as cross-site: we serve plain http, so say so in a header of our own that clients cannot
	// set. A deployment behind a TLS proxy sets ORIGIN or PROTOCOL_HEADER itself and is left alone.
	const ownProtocol =
		process.env.ORIGIN === undefined &&
		(process.env.PROTOCOL_HEADER === undefined || process.env.PROTOCOL_HEADER === PROTOCOL_HEADER);
	if (ownProtocol) process.env.PROTOCOL_HEADER = PROTOCOL_HEADER;
	const { handler } = (await import(pathToFileURL(HANDLER).href)) as { handler: Handler };
	const server: Server = createServer((req, res) => {
		if (intercept?.(req, res)) return;
		if (ownProtocol) req.headers[PROTOCOL_HEADER] = 'http';
		Object.assign(req, { [CONTEXT]: context });
		handler(req, res, () => {
			res.statusCode = 404;
			res.end('Not found');
		});
	});
	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(options.port, options.host, () => resolve());
	});
	const { port } = server.address() as AddressInfo;
	const host = options.host.includes(':') ? `[${options.host}]` : options.host;
	return {
		url: `http://${host}:${port}/`,
		close: () =>
			new Promise<void>((resolve) => {
				server.close(() => resolve());
				server.closeAllConnections();
			})
	};
}
