import { existsSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CONTEXT, type AppContext } from '../../web/lib/server/context.js';

type Handler = (req: IncomingMessage, res: ServerResponse, next?: () => void) => void;

/** The built console (SvelteKit, adapter-node), made by `npm run build`. */
const HANDLER = fileURLToPath(new URL('../../build/handler.js', import.meta.url));

/** A running console server. */
export interface ConsoleServer {
	readonly url: string;
	close(): Promise<void>;
}

/** Serves the console on host:port and hands each request the app context (via adapter-node's `platform.req`). */
export async function serveConsole(context: AppContext, options: { host: string; port: number }): Promise<ConsoleServer> {
	if (!existsSync(HANDLER)) throw new Error(`the console is not built (${HANDLER} is missing): run \`npm run build\``);
	const { handler } = (await import(pathToFileURL(HANDLER).href)) as { handler: Handler };
	const server: Server = createServer((req, res) => {
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
