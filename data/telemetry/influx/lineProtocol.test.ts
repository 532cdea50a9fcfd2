import { describe, expect, it } from 'vitest';
import type { Reading } from '../types.js';
import { toLines } from './lineProtocol.js';

const reading = (site: string, resource: string, time: number): Reading => ({
	region: 'north lake',
	site,
	gateway: 'gw-1',
	resource,
	quantity: 'stock',
	time,
	value: time / 2,
	seq: 7
});

describe('toLines', () => {
	it('writes each reading with its own series tags, escaped, also where the series changes mid-batch', () => {
		const batch = [
			reading('depot-1', 'water', 1000),
			reading('depot-1', 'water', 2001),
			reading('depot,2', 'water', 3000),
			reading('depot,2', 'wheat', 4000)
		];
		expect(toLines('reading', batch).split('\n')).toEqual([
			'reading,gateway=gw-1,quantity=stock,region=north\\ lake,resource=water,site=depot-1 value=500,seq=7i 1000',
			'reading,gateway=gw-1,quantity=stock,region=north\\ lake,resource=water,site=depot-1 value=1000.5,seq=7i 2001',
			'reading,gateway=gw-1,quantity=stock,region=north\\ lake,resource=water,site=depot\\,2 value=1500,seq=7i 3000',
			'reading,gateway=gw-1,quantity=stock,region=north\\ lake,resource=wheat,site=depot\\,2 value=2000,seq=7i 4000'
		]);
		expect(toLines('reading', [])).toBe('');
	});
});
