import { Aedes } from 'aedes';
import { createServer, type AddressInfo } from 'node:net';

/** An in-process MQTT broker (Aedes) for running on one machine with nothing installed. */
export interface EmbeddedBroker {
	readonly url: string;
	readonly port: number;
	readonly aedes: Aedes;
	close(): Promise<void>;
}

/** Starts Aedes on `host:port` (port 0 picks a free one). */
export async function startEmbeddedBroker(options: { host: string; port: number }): Promise<EmbeddedBroker> {
	const aedes = await Aedes.createBroker();
	const server = createServer(aedes.handle);
	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(options.port, options.host, () => resolve());
	});
	const { port } = server.address() as AddressInfo;
	return {
		url: `mqtt://${options.host}:${port}`,
		port,
		aedes,
		close: async () => {
			await new Promise<void>((resolve) => aedes.close(() => resolve()));
			await new Promise<void>((resolve) => server.close(() => resolve()));
		}
	};
}
