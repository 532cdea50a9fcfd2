import { createServer, type Server } from 'node:net';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../harness/index.js';
import { runInProcess } from '../runInProcess.js';

describe('a port in use at start-up', () => {
	let busy: Server;
	let port = 0;
	beforeAll(async () => {
		busy = createServer();
		await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
		port = (busy.address() as { port: number }).port;
	});
	afterAll(() => new Promise<void>((resolve) => busy.close(() => resolve())));

	it.each(['http.port', 'mqtt.port'])(
		'names the setting %s and the port, without a stack trace',
		async (setting) => {
			const dataDir = await mkdtemp(join(tmpdir(), 'ros-busy-'));
			const other = setting === 'http.port' ? 'mqtt.port' : 'http.port';
			const { code, err } = await runInProcess([
				'start',
				`--${setting}=${port}`,
				`--${other}=${await freePort()}`,
				`--dataDir=${dataDir}`,
				'--log.level=silent'
			]);
			expect(code).toBe(2);
			expect(err).toContain(
				`${setting}: should be a port ResourceOS can listen on: 127.0.0.1:${port} is in use`
			);
			expect(err).toContain(`--${setting}=PORT`);
			expect(err).not.toMatch(/\n\s+at /);
		}
	);
});
