import { connectGateway, type GatewayConnection } from './connectGateway.js';
import { defaults, type GatewayReading, type PublisherOptions, type ReadingsPublisher } from './types.js';

/**
 * A ReadingsPublisher for a fleet of gateways: connects each gateway on its first reading (with
 * its own credentials) and sends its readings in messages of at most `maxRecordsPerMessage`.
 */
export function createPublisher(options: Partial<PublisherOptions> = {}): ReadingsPublisher {
	const o: PublisherOptions = { ...defaults, ...options };
	const connections = new Map<string, Promise<GatewayConnection>>();
	const sent = { messages: 0, readings: 0 };
	const connectionOf = (r: GatewayReading) => {
		const key = `${r.region}/${r.site}/${r.gateway}`;
		let c = connections.get(key);
		if (!c) {
			const origin = { region: r.region, site: r.site, gateway: r.gateway };
			c = connectGateway(o.url, origin, o.credentialsOf(origin), o);
			c.catch(() => connections.delete(key));
			connections.set(key, c);
		}
		return c;
	};
	return {
		async publishReadings(batch) {
			const byGateway = new Map<string, GatewayReading[]>();
			for (const r of batch) {
				const key = `${r.region}/${r.site}/${r.gateway}`;
				const list = byGateway.get(key) ?? [];
				list.push(r);
				byGateway.set(key, list);
			}
			await Promise.all(
				[...byGateway.values()].map(async (readings) => {
					const connection = await connectionOf(readings[0]!);
					const sends: Promise<number>[] = [];
					for (let i = 0; i < readings.length; i += o.maxRecordsPerMessage) {
						const chunk = readings.slice(i, i + o.maxRecordsPerMessage);
						sends.push(
							connection.publish(chunk).then((seq) => {
								sent.messages++;
								sent.readings += chunk.length;
								return seq;
							})
						);
					}
					await Promise.all(sends);
				})
			);
		},
		sent,
		async close() {
			const all = await Promise.allSettled(connections.values());
			await Promise.all(all.map((c) => (c.status === 'fulfilled' ? c.value.close() : undefined)));
			connections.clear();
		}
	};
}
