import { describe, expect, it } from 'vitest';
import { InputError } from '../../data/schema/index.js';
import { parseRegistry } from './loadRegistry.js';
import { verifyPassword } from './mosquittoPassword.js';

const gateway = {
	region: 'north-lake',
	site: 'depot-1',
	gateway: 'gw-1',
	username: 'gw-a',
	password: 'gateway-a-secret'
};

describe('parseRegistry', () => {
	it('hashes plain passwords on load and defaults the reporting interval', () => {
		const r = parseRegistry({ version: 1, ingest: [], gateways: [gateway] }, 'registry.json');
		expect(r.gateways[0]).toMatchObject({ username: 'gw-a', intervalSeconds: 10 });
		expect(r.gateways[0]).not.toHaveProperty('password');
		expect(verifyPassword('gateway-a-secret', r.gateways[0]!.passwordHash)).toBe(true);
	});

	it('names the key path and value of every problem', () => {
		const bad = {
			version: 1,
			ingest: [{ username: 'ingest', password: 'short' }],
			gateways: [
				{ ...gateway, site: 'depot/1' },
				{ ...gateway, password: undefined, passwordHash: '$6$x' }
			]
		};
		const error = (() => {
			try {
				parseRegistry(bad, 'registry.json');
			} catch (e) {
				return e as InputError;
			}
		})();
		expect(error).toBeInstanceOf(InputError);
		expect(error!.message).toMatch(/ingest\.0\.password: should be at least 12 characters, got "short"/);
		expect(error!.message).toMatch(/gateways\.0\.site: should be 1-64 letters.*got "depot\/1"/);
		expect(error!.message).toMatch(/gateways\.1\.passwordHash: should be a Mosquitto \$7\$ hash/);
	});

	it('refuses a username used twice', () => {
		expect(() =>
			parseRegistry(
				{ version: 1, ingest: [{ username: 'gw-a', password: 'ingest-secret-123' }], gateways: [gateway] },
				'r.json'
			)
		).toThrow(/usernames should be unique/);
	});
});
