import { hostname } from 'node:os';
import { describe, expect, it } from 'vitest';
import { loadConfig } from './loadConfig.js';
import { publicUrlOf } from './publicUrlOf.js';

describe('publicUrlOf', () => {
	it('is where the console listens when http.publicUrl is empty', () => {
		expect(publicUrlOf({ host: '127.0.0.1', port: 8080, publicUrl: '' })).toBe('http://127.0.0.1:8080/');
		expect(publicUrlOf({ host: '::1', port: 9000, publicUrl: '' })).toBe('http://[::1]:9000/');
		expect(publicUrlOf({ host: '0.0.0.0', port: 80, publicUrl: '' })).toBe(`http://${hostname()}:80/`);
	});

	it('is http.publicUrl when set, with a trailing slash', async () => {
		const config = await loadConfig({
			env: { RESOURCEOS_HTTP_PUBLIC_URL: 'https://vote.example.org/region-7' },
			flags: {}
		});
		expect(publicUrlOf(config.http)).toBe('https://vote.example.org/region-7/');
	});

	it('refuses a publicUrl that is not an http(s) URL, naming the setting', async () => {
		await expect(loadConfig({ env: {}, flags: { 'http.publicUrl': 'vote.example.org' } })).rejects.toThrow(
			/http\.publicUrl \(flag --http\.publicUrl\): .*"vote\.example\.org"/
		);
	});
});
