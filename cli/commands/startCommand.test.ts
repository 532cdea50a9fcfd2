import { spawn } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import mqtt from 'mqtt';
import { describe, expect, it } from 'vitest';
import { freePort } from '../../harness/index.js';

const BIN = fileURLToPath(new URL('../bin.js', import.meta.url));

function run(args: string[]) {
	const child = spawn(process.execPath, [BIN, ...args], {
		stdio: ['ignore', 'pipe', 'pipe'],
		env: { ...process.env, RESOURCEOS_LOG_LEVEL: 'warn' }
	});
	let stdout = '';
	let stderr = '';
	child.stdout.on('data', (d) => (stdout += d));
	child.stderr.on('data', (d) => (stderr += d));
	const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
	const output = (pattern: RegExp) =>
		new Promise<RegExpMatchArray>((resolve, reject) => {
			const check = () => {
				const m = stdout.match(pattern);
				if (m) resolve(m);
			};
			child.stdout.on('data', check);
			void exited.then(() => reject(new Error(`exited before ${pattern}: ${stdout}\n${stderr}`)));
			check();
		});
	return { child, exited, output, stdout: () => stdout, stderr: () => stderr };
}

describe('resourceos start', () => {
	it('serves the console, accepts MQTT, prints its URLs and stops cleanly on Ctrl-C', async () => {
		const [http, broker] = [await freePort(), await freePort()];
		const dataDir = await mkdtemp(join(tmpdir(), 'ros-start-'));
		const app = run(['start', `--http.port=${http}`, `--mqtt.port=${broker}`, `--dataDir=${dataDir}`]);
		const [, consoleUrl] = await app.output(/Console: (http:\/\/\S+)/);
		await app.output(new RegExp(`MQTT: +mqtt://127\\.0\\.0\\.1:${broker}`));

		const ru = await fetch(consoleUrl!, { headers: { 'accept-language': 'ru-RU,ru;q=0.9' } });
		expect(ru.status).toBe(200);
		const page = await ru.text();
		expect(page).toContain('<html lang="ru">');
		expect(page).toContain('Регионы');
		expect(page).toContain('Столичный округ');
		const en = await (await fetch(`${consoleUrl}?lang=en`)).text();
		expect(en).toContain('Capital District');

		const client = await mqtt.connectAsync(`mqtt://127.0.0.1:${broker}`, {
			clientId: 'start-test',
			reconnectPeriod: 0
		});
		await client.endAsync();

		app.child.kill('SIGINT');
		expect(await app.exited).toBe(0);
		expect(app.stdout()).toContain('Stopped.');
	});

	it('refuses a bad setting at start-up, naming it and its value', async () => {
		const app = run(['start', '--http.port=eighty']);
		expect(await app.exited).toBe(2);
		expect(app.stderr()).toMatch(/http\.port \(flag --http\.port\): .*"eighty"/);
	});

	it('refuses a setting that does not exist', async () => {
		const app = run(['start', '--htp.port=80']);
		expect(await app.exited).toBe(2);
		expect(app.stderr()).toMatch(/--htp\.port: is not a setting/);
	});
});
