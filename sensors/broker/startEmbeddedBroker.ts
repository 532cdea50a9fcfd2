import { Aedes, type AedesOptions, type AuthenticateError } from 'aedes';
import { createServer, type AddressInfo } from 'node:net';
import { TOPIC_ROOT } from '../protocol/index.js';
import { accessRules, type GatewayRegistry, type Principal } from '../security/index.js';

/** An in-process MQTT broker (Aedes) for running on one machine with nothing installed. */
export interface EmbeddedBroker {
	readonly url: string;
	readonly port: number;
	readonly aedes: Aedes;
	close(): Promise<void>;
}

/** Where the embedded broker listens and whom it lets in. */
export interface EmbeddedBrokerOptions {
	readonly host: string;
	/** 0 picks a free port. */
	readonly port: number;
	/** Who may connect and publish where; required unless `host` is a loopback address. */
	readonly registry?: GatewayRegistry;
	/**
	 * Takes each message published under `ros/v1/` before the broker acknowledges it (PUBACK):
	 * resolve once it is durable; a rejection closes the publisher's connection unacknowledged,
	 * so the gateway sends it again.
	 */
	readonly accept?: (topic: string, payload: Uint8Array) => Promise<void>;
}

/** True for addresses only this machine can reach. */
export const isLoopback = (host: string) =>
	host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);

/**
 * Starts Aedes on `host:port`. With a `registry`, clients must log in with a client id equal to
 * their user name (so no one can take over another's session), and the same rules as the
 * generated Mosquitto ACL apply (see `accessRules`); a refused publish closes the connection
 * (Aedes, MQTT-3.3.5-2), a refused subscription is answered with 0x80. Without a registry it
 * is an open broker, so it refuses to listen beyond loopback.
 *
 * With `accept`, ingest runs inside the broker: Aedes sends a publisher's PUBACK only after
 * `authorizePublish` calls back (its public hook), and that waits for `accept`, so nothing is
 * acknowledged before it is stored, spooled or dead-lettered.
 */
export async function startEmbeddedBroker(options: EmbeddedBrokerOptions): Promise<EmbeddedBroker> {
	if (!options.registry && !isLoopback(options.host))
		throw new RangeError(
			`mqtt.host ${options.host}: the embedded broker without a gateway registry lets anyone publish; listen on 127.0.0.1 or set mqtt.registry`
		);
	const aedes = await Aedes.createBroker(hooks(options.registry, options.accept));
	const server = createServer(aedes.handle);
	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(options.port, options.host, () => resolve());
	});
	const { port } = server.address() as AddressInfo;
	const host = options.host.includes(':') ? `[${options.host}]` : options.host;
	return {
		url: `mqtt://${host}:${port}`,
		port,
		aedes,
		close: async () => {
			await new Promise<void>((resolve) => aedes.close(() => resolve()));
			await new Promise<void>((resolve) => server.close(() => resolve()));
		}
	};
}

const refusal = (message: string, returnCode: number) =>
	Object.assign(new Error(message), { returnCode }) as AuthenticateError;

/** Aedes hooks enforcing the registry's credentials and topic rules, and handing messages to `accept`. */
function hooks(registry: GatewayRegistry | undefined, accept: EmbeddedBrokerOptions['accept']): AedesOptions {
	const rules = registry && accessRules(registry);
	const principals = new WeakMap<object, Principal>();
	const ours = (topic: string) => topic.startsWith(`${TOPIC_ROOT}/`);
	return {
		...(rules
			? {
					authenticate: (client, username, password, done) => {
						const who = rules.authenticate(username, password);
						if (!who) return done(refusal('bad user name or password', 4), null);
						// MQTT 3.1.1 return code 2: identifier rejected.
						if (client.id !== who.username)
							return done(refusal(`client id should be the user name ${who.username}`, 2), null);
						principals.set(client, who);
						done(null, true);
					},
					authorizeSubscribe: (client, sub, done) => {
						const who = client ? principals.get(client) : undefined;
						done(null, who && rules.canSubscribe(who, sub.topic) ? sub : null);
					}
				}
			: {}),
		authorizePublish: (client, packet, done) => {
			// Aedes's own default, which this hook replaces: $SYS is the broker's.
			if (packet.topic.startsWith('$SYS')) return done(new Error('$SYS topics are reserved'));
			// A Will left by a client that is gone was authorised when that client connected.
			if (rules && client !== null) {
				const who = principals.get(client);
				if (!who || !rules.canPublish(who, packet.topic))
					return done(new Error(`not authorised to publish to ${packet.topic}`));
			}
			if (!accept || !ours(packet.topic)) return done(null);
			const payload = typeof packet.payload === 'string' ? Buffer.from(packet.payload) : packet.payload;
			accept(packet.topic, payload).then(
				() => done(null),
				(error: unknown) => done(error as Error)
			);
		}
	};
}
