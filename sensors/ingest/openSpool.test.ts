import { appendFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Reading } from '../../data/telemetry/index.js';
import { openSpool } from './openSpool.js';

const root = mkdtempSync(join(tmpdir(), 'ros-spool-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const batch = (i: number, n = 2): Reading[] =>
	Array.from({ length: n }, (_, k) => ({
		region: 'r',
		site: 's',
		gateway: 'g',
		resource: 'water',
		quantity: 'stock',
		time: i * 10 + k,
		value: i,
		seq: i
	}));

describe('openSpool', () => {
	it('gives batches back in the order they were appended, across segments and while appending', () => {
		const spool = openSpool(join(root, 'order'), { fsync: false, segmentBatches: 3 });
		for (let i = 0; i < 7; i++) spool.append(batch(i));
		expect(spool.size).toBe(14);
		const seen: number[] = [];
		for (let i = 0; i < 4; i++) {
			seen.push(spool.peek()![0]!.seq);
			spool.shift();
		}
		spool.append(batch(7));
		for (let b = spool.peek(); b; b = spool.peek()) {
			seen.push(b[0]!.seq);
			spool.shift();
		}
		expect(seen).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
		expect(spool.size).toBe(0);
		expect(readdirSync(join(root, 'order'))).toEqual([]);
	});

	it('survives a restart, skipping a line torn by a crash', () => {
		const dir = join(root, 'restart');
		const a = openSpool(dir, { fsync: true });
		a.append(batch(1));
		a.append(batch(2));
		a.close();
		appendFileSync(join(dir, readdirSync(dir)[0]!), '[{"region":"r","si');
		const b = openSpool(dir, { fsync: true });
		expect(b.size).toBe(4);
		expect(b.peek()![0]!.seq).toBe(1);
		b.shift();
		expect(b.peek()![0]!.seq).toBe(2);
		b.shift();
		expect(b.peek()).toBeUndefined();
	});
});
