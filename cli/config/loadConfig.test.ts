import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaults } from './defaults.js';
import { loadConfig } from './loadConfig.js';
import { redact } from './redact.js';

async function configFile(content: unknown): Promise<string> {
	const dir = await mkdtemp(join(tmpdir(), 'ros-config-'));
	const path = join(dir, 'resourceos.json');
	await writeFile(path, typeof content === 'string' ? content : JSON.stringify(content));
	return path;
}

describe('loadConfig', () => {
	it('gives the embedded defaults when nothing is set', async () => {
		expect(await loadConfig({ env: {}, flags: {} })).toEqual(defaults);
	});

	it('layers file < environment < flags', async () => {
		const file = await configFile({
			http: { port: 9001, host: '0.0.0.0' },
			telemetry: { store: 'influxdb' }
		});
		const config = await loadConfig({
			file,
			env: { RESOURCEOS_HTTP_PORT: '9002', RESOURCEOS_SIM_STEP_HOURS: '1', PATH: '/bin' },
			flags: { 'http.port': '9003' }
		});
		expect(config.http).toEqual({ host: '0.0.0.0', port: 9003, publicUrl: '' });
		expect(config.telemetry.store).toBe('influxdb');
		expect(config.sim.stepHours).toBe(1);
	});

	it('names the setting, the value and its source when a value is bad', async () => {
		await expect(loadConfig({ env: {}, flags: { 'http.port': 'abc' } })).rejects.toThrow(
			/http\.port \(flag --http\.port\): .*"abc"/
		);
		await expect(loadConfig({ env: { RESOURCEOS_HTTP_PORT: '70000' }, flags: {} })).rejects.toThrow(
			/http\.port \(env RESOURCEOS_HTTP_PORT\): should be a port from 0 to 65535, got 70000/
		);
		const file = await configFile({ telemetry: { store: 'mongodb' } });
		await expect(loadConfig({ file, env: {}, flags: {} })).rejects.toThrow(
			/telemetry\.store \(file .*resourceos\.json\): should be sqlite or influxdb, got "mongodb"/
		);
	});

	it('loop.food: by nutrient unless told the catalogue; another word is refused, naming it', async () => {
		expect((await loadConfig({ env: {}, flags: {} })).loop.food).toBe('nutrients');
		const catalogue = await loadConfig({ env: { RESOURCEOS_LOOP_FOOD: 'catalogue' }, flags: {} });
		expect(catalogue.loop.food).toBe('catalogue');
		await expect(loadConfig({ env: {}, flags: { 'loop.food': 'calories' } })).rejects.toThrow(
			/loop\.food \(flag --loop\.food\): should be nutrients or catalogue, got "calories"/
		);
	});

	it("loop.premise: the premise check's thresholds, set or switched off, and bad values named", async () => {
		expect((await loadConfig({ env: {}, flags: {} })).loop.premise).toEqual({
			enabled: true,
			zeroShare: 0.02,
			madeShare: 0.1
		});
		const set = await loadConfig({
			env: { RESOURCEOS_LOOP_PREMISE_ZERO_SHARE: '0.05' },
			flags: { 'loop.premise.madeShare': '0.2', 'loop.premise.enabled': 'false' }
		});
		expect(set.loop.premise).toEqual({ enabled: false, zeroShare: 0.05, madeShare: 0.2 });
		await expect(loadConfig({ env: {}, flags: { 'loop.premise.zeroShare': '1.5' } })).rejects.toThrow(
			/loop\.premise\.zeroShare \(flag --loop\.premise\.zeroShare\): should be a share from 0 to 1, got 1\.5/
		);
		await expect(loadConfig({ env: {}, flags: { 'loop.premise.madeShare': 'lots' } })).rejects.toThrow(
			/loop\.premise\.madeShare \(flag --loop\.premise\.madeShare\): should be a number, got "lots"/
		);
		// Crossed thresholds would call rounds for a good that only wobbles: refused, with both values shown.
		await expect(loadConfig({ env: {}, flags: { 'loop.premise.madeShare': '0.01' } })).rejects.toThrow(
			/loop\.premise\.madeShare \(flag --loop\.premise\.madeShare\): should be more than loop\.premise\.zeroShare, got .*"zeroShare":0\.02,"madeShare":0\.01/
		);
		await expect(loadConfig({ env: {}, flags: { 'loop.premise.zero': '0.1' } })).rejects.toThrow(
			/--loop\.premise\.zero: is not a setting/
		);
		const file = await configFile({ loop: { premise: { zeroShare: 0.01, nilShare: 0.02 } } });
		await expect(loadConfig({ file, env: {}, flags: {} })).rejects.toThrow(/loop\.premise\.nilShare/);
	});

	it('refuses settings that do not exist rather than ignoring a typo', async () => {
		await expect(loadConfig({ env: { RESOURCEOS_HTTP_PROT: '1' }, flags: {} })).rejects.toThrow(
			/RESOURCEOS_HTTP_PROT: is not a setting/
		);
		await expect(loadConfig({ env: {}, flags: { 'mqtt.brokr': 'x' } })).rejects.toThrow(
			/--mqtt\.brokr: is not a setting; the mqtt settings are --mqtt\.broker, --mqtt\.host, /
		);
		await expect(loadConfig({ env: {}, flags: { 'htp.port': '80' } })).rejects.toThrow(
			/--htp\.port: is not a setting; the groups are dataDir, log, http, mqtt/
		);
		const file = await configFile({ http: { prot: 1 } });
		await expect(loadConfig({ file, env: {}, flags: {} })).rejects.toThrow(/http\.prot/);
	});

	it('says when the config file is not JSON or not there', async () => {
		await expect(loadConfig({ file: await configFile('{ nope'), env: {}, flags: {} })).rejects.toThrow(
			/should be JSON/
		);
		await expect(loadConfig({ file: '/nonexistent/x.json', env: {}, flags: {} })).rejects.toThrow(
			/should be readable \(ENOENT\)/
		);
	});

	it('never shows a secret', async () => {
		const config = await loadConfig({
			env: { RESOURCEOS_TELEMETRY_INFLUX_PASSWORD: 's3cret' },
			flags: { 'mqtt.password': 'hunter2' }
		});
		expect(config.telemetry.influx.password).toBe('s3cret');
		const shown = JSON.stringify(redact(config));
		expect(shown).not.toContain('s3cret');
		expect(shown).not.toContain('hunter2');
		expect(shown).toContain('[redacted]');
	});
});

describe('loadConfig with a bad secret', () => {
	it('names the setting but not the secret value', async () => {
		const file = await configFile({ mqtt: { password: 12345678 } });
		const error = await loadConfig({ file, env: {}, flags: {} }).catch((e: Error) => e);
		expect(String(error)).toMatch(/mqtt\.password/);
		expect(String(error)).not.toContain('12345678');
	});
});
