import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { isPlainPack } from './isPlainPack.js';
import { senmlPack } from './senmlSchema.js';

const schema = senmlPack(3);
const record = { bn: 'water/', bt: 1767225600, bu: 'L', seq: 1, n: 'stock', v: 5 };

/** Packs the fast path must take, and packs it must leave to the schema (some valid, most not). */
const plain: unknown[] = [
	[record],
	[record, { n: 'inflow', v: 0, t: -10 }, { n: 'x', u: 'kL', v: 1.5, bver: 10 }],
	[{ seq: 0, n: 'a'.repeat(128), u: 'u'.repeat(16), v: 0 }],
	[{ seq: Number.MAX_SAFE_INTEGER, bv: 3 }]
];
const other: unknown[] = [
	[],
	{},
	'[]',
	[record, record, record, record],
	[{ n: 'stock', v: 1 }],
	[{ ...record, seq: -1 }],
	[{ ...record, seq: 1.5 }],
	[{ ...record, seq: 2 ** 53 }],
	[{ ...record, n: 'a'.repeat(129) }],
	[{ ...record, n: 'bad name' }],
	[{ ...record, u: 'u'.repeat(17) }],
	[{ ...record, v: '5' }],
	[{ ...record, v: null }],
	[{ ...record, vs: 'text' }],
	[{ ...record, x_: 1 }],
	[{ ...record, extra: 1 }],
	[{ ...record, extra: { deep: [1] } }],
	[{ ...record, bver: 1.5 }],
	[[record]],
	[null],
	JSON.parse('[{"seq":1,"__proto__":{"v":1}}]')
];

describe('isPlainPack', () => {
	it('takes the everyday packs, each of which the schema accepts unchanged', () => {
		for (const pack of plain) {
			expect(isPlainPack(pack, 3)).toBe(true);
			expect(v.parse(schema, pack)).toEqual(pack);
		}
	});

	it('leaves everything else to the schema', () => {
		for (const pack of other) expect(isPlainPack(pack, 3), JSON.stringify(pack)).toBe(false);
	});
});
