import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { SensorMessage } from './types.js';
import { decodeMessage } from './decodeMessage.js';
import { encodeReadings } from './encodeReadings.js';
import type { ProtocolContext } from './types.js';

const NOW = Date.UTC(2026, 0, 1, 0, 1);
const units: Record<string, string> = { water: 'L', wheat: 'kg', energy: 'kWh' };
const context: ProtocolContext = {
	unitOf: (r) => units[r],
	capacityOf: (region, r) => (region === 'north-lake' && r === 'energy' ? 1_530_000 : undefined),
	flowLimitOf: (_, r) => (r === 'energy' ? 1e9 : undefined),
	now: NOW
};
const bytes = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));
const reasonsOf = (m: SensorMessage) =>
	m.kind === 'readings' ? m.rejected.map((r) => r.reason) : m.kind === 'rejected' ? [m.rejection.reason] : [];

interface Case {
	readonly about: string;
	readonly topic: string;
	readonly payload: unknown;
	readonly expect: {
		kind: string;
		seq?: number;
		state?: string;
		readings?: { resource: string; quantity: string; value: number; time: number }[];
		reasons?: string[];
	};
}

describe('decodeMessage: named cases', () => {
	const dir = new URL('./cases/', import.meta.url);
	for (const file of readdirSync(dir)) {
		const c = JSON.parse(readFileSync(new URL(file, dir), 'utf8')) as Case;
		it(`${file}: ${c.about}`, () => {
			const m = decodeMessage(c.topic, bytes(c.payload), context);
			expect(m.kind).toBe(c.expect.kind);
			if (c.expect.reasons) expect(reasonsOf(m)).toEqual(c.expect.reasons);
			if (m.kind === 'readings') {
				expect(m.seq).toBe(c.expect.seq);
				const [region, site, gateway] = c.topic.split('/').slice(2, 5);
				expect(m.readings).toEqual(
					c.expect.readings!.map((r) => ({ region, site, gateway, ...r, seq: c.expect.seq }))
				);
			}
			if (m.kind === 'status') expect(m.status.state).toBe(c.expect.state);
		});
	}
});

describe('decodeMessage: hostile bytes', () => {
	const topic = 'ros/v1/north-lake/depot-1/gw-1/readings';
	it('refuses a multi-megabyte message before parsing it', () => {
		const huge = bytes([{ seq: 1, n: 'water/stock', u: 'L', v: 1, note: 'x'.repeat(3 << 20) }]);
		const m = decodeMessage(topic, huge, context);
		expect(m).toMatchObject({ kind: 'rejected', rejection: { reason: 'too-large' } });
	});
	it('refuses invalid UTF-8 and text that is not JSON', () => {
		expect(decodeMessage(topic, Uint8Array.from([0x5b, 0xff, 0xfe, 0x5d]), context)).toMatchObject({
			kind: 'rejected',
			rejection: { reason: 'invalid-utf8' }
		});
		expect(decodeMessage(topic, new TextEncoder().encode('[{"v": NaN}]'), context)).toMatchObject({
			kind: 'rejected',
			rejection: { reason: 'invalid-json' }
		});
	});
	it('refuses a huge name string and a nesting deeper than any stack', () => {
		expect(
			decodeMessage(topic, bytes([{ seq: 1, n: 'w'.repeat(100_000), u: 'L', v: 1 }]), context).kind
		).toBe('rejected');
		const deep = new TextEncoder().encode(
			'[{"seq":1,"n":"water/stock","u":"L","v":' + '['.repeat(200_000) + ']'.repeat(200_000) + '}]'
		);
		expect(decodeMessage(topic, deep, context)).toMatchObject({
			kind: 'rejected',
			rejection: { reason: 'too-deep' }
		});
		const bracketsInStrings = bytes([
			{ seq: 1, bn: '', n: 'water/stock', u: 'L', v: 1, note: '[[[[[[[[[[[[{{{{{{{{' }
		]);
		expect(decodeMessage(topic, bracketsInStrings, context).kind).toBe('readings');
	});
	it('names the failing key path and value', () => {
		const m = decodeMessage(topic, bytes([{ seq: 1, n: 'water/stock', u: 'L', v: 'lots' }]), context);
		expect(m.kind === 'rejected' && m.rejection.detail).toMatch(
			/0\.v: should be a finite number, got "lots"/
		);
	});
	it('refuses a stock above the region storage capacity', () => {
		const m = decodeMessage(topic, bytes([{ seq: 1, n: 'energy/stock', u: 'MWh', v: 1531 }]), context);
		expect(reasonsOf(m)).toEqual(['impossible-value']);
	});
});

describe('encodeReadings', () => {
	it('writes a pack that decodes back to the same readings', () => {
		const times = [NOW - 20_000, NOW - 10_000, NOW];
		const payload = encodeReadings(
			12,
			times.map((time, i) => ({ resource: 'wheat', quantity: 'stock', value: 1.5 + i, unit: 't', time }))
		);
		const m = decodeMessage('ros/v1/r/s/g/readings', new TextEncoder().encode(payload), context);
		expect(m.kind === 'readings' && m.readings.map((r) => [r.time, r.value, r.seq])).toEqual(
			times.map((t, i) => [t, (1.5 + i) * 1000, 12])
		);
	});
});
