import { Aedes, type AedesOptions, type AuthenticateError } from 'aedes';
import { createServer, type AddressInfo } from 'node:net';
import { accessRules, type GatewayRegistry, type Principal } from '../security/index.js';

/** An in-process MQTT broker (Aedes) for running on one machine with nothing installed. */
export interface EmbeddedBroker {
	readonly url: string;
	readonly port: number;
	readonly aedes: Aedes;
	close(): Promise<void>;
}

/**
 * Starts Aedes on `host:port` (port 0 picks a free one). With a `registry`, clients must log in
 * and the same rules as the generated Mosquitto ACL apply (see `accessRules`); a refused publish
 * closes the connection (Aedes, MQTT-3.3.5-2), a refused subscription is answered with 0x80.
 */
export async function startEmbeddedBroker(options: {
	host: string;
	port: number;
	registry?: GatewayRegistry;
}): Promise<EmbeddedBroker> {
	const aedes = await Aedes.createBroker(options.registry ? guardedBy(options.registry) : {});
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

const principals = new WeakMap<object, Principal>();

/** Aedes hooks enforcing the registry's credentials and topic rules. */
function guardedBy(registry: GatewayRegistry): AedesOptions {
	const rules = accessRules(registry);
	return {
		authenticate: (client, username, password, done) => {
			const who = rules.authenticate(username, password);
			if (!who)
				return done(
					Object.assign(new Error('bad user name or password'), { returnCode: 4 }) as AuthenticateError,
					null
				);
			principals.set(client, who);
			done(null, true);
		},
		authorizePublish: (client, packet, done) => {
			const who = client ? principals.get(client) : undefined;
			// A Will left by a client that is gone was authorised when that client connected.
			if (client === null) return done(null);
			done(
				who && rules.canPublish(who, packet.topic)
					? null
					: new Error(`not authorised to publish to ${packet.topic}`)
			);
		},
		authorizeSubscribe: (client, sub, done) => {
			const who = client ? principals.get(client) : undefined;
			done(null, who && rules.canSubscribe(who, sub.topic) ? sub : null);
		}
	};
}
