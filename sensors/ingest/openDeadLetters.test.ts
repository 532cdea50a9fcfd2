import { describe, expect, it } from 'vitest';
import { openDeadLetters } from './openDeadLetters.js';

describe('openDeadLetters', () => {
	it('keeps reason, topic and the first bytes of the payload; counts and lists newest first', () => {
		const dl = openDeadLetters(':memory:', { maxPayloadBytes: 8 });
		const payload = new TextEncoder().encode('0123456789abcdef');
		dl.add({
			time: 1,
			topic: 'ros/v1/a/b/c/readings',
			reason: 'unknown-unit',
			detail: '0: unit "lb"',
			payload
		});
		dl.add({ time: 2, topic: 'ros/v1/a/b/c/readings', reason: 'too-large', detail: 'big', payload });
		dl.add({
			time: 3,
			topic: 'ros/v1/a/b/d/readings',
			reason: 'unknown-unit',
			detail: '1: unit "oz"',
			payload
		});
		expect(dl.count()).toBe(3);
		expect(dl.count('unknown-unit')).toBe(2);
		expect(dl.countByReason()).toEqual({ 'too-large': 1, 'unknown-unit': 2 });
		const [newest, ...rest] = dl.list({ reason: 'unknown-unit' });
		expect(newest).toMatchObject({
			time: 3,
			topic: 'ros/v1/a/b/d/readings',
			size: 16,
			detail: '1: unit "oz"'
		});
		expect(new TextDecoder().decode(newest!.payload)).toBe('01234567');
		expect(rest.map((d) => d.time)).toEqual([1]);
		expect(dl.list({ beforeId: newest!.id, limit: 1 }).map((d) => d.time)).toEqual([2]);
		dl.close();
	});

	it('keeps only the newest maxRows, so refusals cannot fill the disk', () => {
		const dl = openDeadLetters(':memory:', { maxRows: 300 });
		const payload = new Uint8Array(1);
		for (let time = 0; time < 1024; time++)
			dl.add({ time, topic: 't', reason: 'bad-senml', detail: '', payload });
		expect(dl.count()).toBe(300);
		expect(dl.list({ limit: 1 })[0]!.time).toBe(1023);
		expect(dl.list({ limit: 300 }).at(-1)!.time).toBe(724);
		dl.close();
	});
});
