import { describe, expect, it } from 'vitest';
import { startEmbeddedBroker } from './startEmbeddedBroker.js';

describe('startEmbeddedBroker', () => {
	it('refuses to be an open broker beyond loopback: without a registry it listens on loopback only', async () => {
		await expect(startEmbeddedBroker({ host: '0.0.0.0', port: 0 })).rejects.toThrow(
			/mqtt\.host 0\.0\.0\.0: .*set mqtt\.registry/
		);
		const local = await startEmbeddedBroker({ host: '127.0.0.1', port: 0 });
		expect(local.url).toMatch(/^mqtt:\/\/127\.0\.0\.1:\d+$/);
		await local.close();
	});
});
