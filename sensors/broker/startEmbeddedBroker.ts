import { Aedes, type AedesOptions, type AuthenticateError } from 'aedes';
import { createServer, type AddressInfo, type Server } from 'node:net';
import { createServer as createTlsServer } from 'node:tls';
import { TOPIC_ROOT } from '../protocol/index.js';
import { accessRules, type GatewayRegistry, type Principal } from '../security/index.js';

/** An in-process MQTT broker (Aedes) for running on one machine with nothing installed. */
export interface EmbeddedBroker {
	readonly url: string;
	readonly port: number;
	/** `mqtts://host:port` of the TLS listener, when one was asked for. */
	readonly tlsUrl?: string;
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
	/** A second listener speaking MQTT over TLS (PEM certificate chain and key); same rules as the plain one. */
	readonly tls?: {
		readonly host: string;
		readonly port: number;
		readonly cert: Buffer;
		readonly key: Buffer;
	};
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
 * is an open broker, so it refuses to listen beyond loopback. With `tls`, a second listener
 * speaks MQTT over TLS (node:tls) under the same rules.
 *
 * With `accept`, ingest runs inside the broker: Aedes sends a publisher's PUBACK only after
 * `authorizePublish` calls back (its public hook), and that waits for `accept`, so nothing is
 * acknowledged before it is stored, spooled or dead-lettered.
 */
export async function startEmbeddedBroker(options: EmbeddedBrokerOptions): Promise<EmbeddedBroker> {
	const tls = options.tls;
	const listeners = [['mqtt.host', options.host], ...(tls ? [['mqtt.tls.host', tls.host]] : [])];
	for (const [field, host] of listeners)
		if (!options.registry && !isLoopback(host!))
			throw new RangeError(
				`${field} ${host}: the embedded broker without a gateway registry lets anyone publish; listen on 127.0.0.1 or set mqtt.registry`
			);
	const aedes = await Aedes.createBroker(hooks(options.registry, options.accept));
	const plain = await listen(createServer(aedes.handle), options.host, options.port);
	const secure =
		tls &&
		(await listen(createTlsServer({ cert: tls.cert, key: tls.key }, aedes.handle), tls.host, tls.port));
	const urlOf = (scheme: string, host: string, server: Server) =>
		`${scheme}://${host.includes(':') ? `[${host}]` : host}:${(server.address() as AddressInfo).port}`;
	return {
		url: urlOf('mqtt', options.host, plain),
		port: (plain.address() as AddressInfo).port,
		...(secure ? { tlsUrl: urlOf('mqtts', tls.host, secure) } : {}),
		aedes,
		close: async () => {
			await new Promise<void>((resolve) => aedes.close(() => resolve()));
			for (const server of secure ? [plain, secure] : [plain])
				await new Promise<void>((resolve) => server.close(() => resolve()));
		}
	};
}

async function listen<S extends Server>(server: S, host: string, port: number): Promise<S> {
	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, host, () => resolve());
	});
	return server;
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
