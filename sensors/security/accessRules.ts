import { TOPIC_ROOT, topicOf } from '../protocol/index.js';
import { verifyPassword } from './mosquittoPassword.js';
import type { GatewayRegistry, Principal } from './types.js';

/** The ingest worker's subscriptions, with or without a `$share/{group}/` prefix. */
const INGEST_FILTERS = [`${TOPIC_ROOT}/+/+/+/readings`, `${TOPIC_ROOT}/+/+/+/status`];

/**
 * The broker's rules, shared by the embedded broker and the generated Mosquitto ACL: a gateway
 * may publish only its own readings and status topics and subscribe to nothing; an ingest account
 * may subscribe to readings and status and publish nothing.
 */
export function accessRules(registry: GatewayRegistry) {
	const byName = new Map<string, Principal>();
	for (const a of registry.ingest) byName.set(a.username, { role: 'ingest', username: a.username });
	for (const g of registry.gateways)
		byName.set(g.username, { role: 'gateway', username: g.username, gateway: g });
	const hashOf = new Map([...registry.ingest, ...registry.gateways].map((e) => [e.username, e.passwordHash]));
	return {
		/** The principal for these credentials, or undefined. */
		authenticate(
			username: string | undefined,
			password: Uint8Array | string | undefined
		): Principal | undefined {
			if (username === undefined || password === undefined) return undefined;
			const hash = hashOf.get(username);
			const text = typeof password === 'string' ? password : Buffer.from(password).toString('utf8');
			return hash !== undefined && verifyPassword(text, hash) ? byName.get(username) : undefined;
		},
		canPublish(who: Principal, topic: string): boolean {
			switch (who.role) {
				case 'ingest':
					return false;
				case 'gateway':
					return topic === topicOf(who.gateway, 'readings') || topic === topicOf(who.gateway, 'status');
			}
		},
		canSubscribe(who: Principal, filter: string): boolean {
			switch (who.role) {
				case 'ingest':
					return INGEST_FILTERS.includes(filter.replace(/^\$share\/[^/]+\//, ''));
				case 'gateway':
					return false;
			}
		}
	};
}
