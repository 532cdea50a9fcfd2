import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatPoolCsv, parsePoolCsv } from './parsePoolCsv.js';
import { syntheticPool } from './syntheticPool.js';

const badRows = readFileSync(new URL('./cases/bad-rows.csv', import.meta.url), 'utf8');

describe('parsePoolCsv', () => {
	it('names row, column and value of every bad cell and keeps the good rows', () => {
		const { pool, errors } = parsePoolCsv(badRows);
		expect(errors).toEqual([
			expect.objectContaining({ row: 4, column: 'id', value: '', message: 'the id is blank' }),
			expect.objectContaining({
				row: 5,
				column: 'id',
				value: 'a1',
				message: 'duplicate id, first seen on row 2'
			}),
			expect.objectContaining({ row: 6, column: 'region', value: '' }),
			expect.objectContaining({ row: 7, column: '(row)' })
		]);
		expect(pool.volunteers.map((v) => v.id)).toEqual(['a1', 'a2', 'a6']);
		expect(pool.categories).toEqual(['region', 'age', 'gender']);
		expect(pool.volunteers[2]).toEqual({
			id: 'a6',
			household: 'h,6',
			features: { region: 'north', age: '60+', gender: 'male' }
		});
	});

	it('refuses a protected attribute column before reading any row', () => {
		const { pool, errors } = parsePoolCsv('id,region,Political views\nx,north,left\n');
		expect(errors).toEqual([expect.objectContaining({ row: 1, column: 'Political views' })]);
		expect(pool.volunteers).toEqual([]);
		expect(parsePoolCsv('id,Race\nx,y\n').errors[0]?.column).toBe('Race');
		expect(parsePoolCsv('id,sexual_orientation\nx,y\n').errors[0]?.column).toBe('sexual_orientation');
		expect(parsePoolCsv('id,leaning\nx,left\n').errors[0]).toMatchObject({
			column: 'leaning',
			message: expect.stringContaining('political-views')
		});
	});

	it('gives a blank household its own household, and round-trips through formatPoolCsv', () => {
		const { pool } = syntheticPool({ volunteers: 40, panelSize: 4, seed: 'csv' });
		const again = parsePoolCsv(formatPoolCsv(pool));
		expect(again.errors).toEqual([]);
		expect(again.pool).toEqual(pool);
		expect(parsePoolCsv('id,household,region\r\nq,,north\r\n').pool.volunteers[0]?.household).toBe('self:q');
	});
});
