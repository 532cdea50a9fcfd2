import { describe, expect, it } from 'vitest';
import { seedRevealOf } from './seedRevealOf.js';

describe('seedRevealOf', () => {
	it('splits each pair at its first =, so a secret may hold one', () => {
		expect(seedRevealOf('chair=a share,ethics-3=x=y', undefined)).toEqual({
			secrets: [
				{ party: 'chair', secret: 'a share' },
				{ party: 'ethics-3', secret: 'x=y' }
			]
		});
	});

	it('carries the public value, alone or with secrets; nothing revealed is undefined', () => {
		expect(seedRevealOf('', '07 19 23')).toEqual({ secrets: [], publicValue: '07 19 23' });
		expect(seedRevealOf('', undefined)).toBeUndefined();
	});
});
