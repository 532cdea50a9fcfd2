import { describe, expect, it } from 'vitest';
import { typedValues } from './typedValues.js';

describe('what a refused form gives back', () => {
	it('keeps the text a person typed, never a secret, a file or the hidden action', () => {
		const form = new FormData();
		form.set('kind', 'open-vote');
		form.set('reason', 'Too short');
		form.set('comment:s1', 'Needs a floor for water\nin the north');
		form.set('verdict:s1', 'needs-rework');
		form.set('reveal', 'chair=s3cret');
		form.set('publicValue', 'btc-block-1');
		form.set('pool', new File(['[]'], 'pool.json'));
		expect(typedValues(form)).toEqual({
			reason: 'Too short',
			'comment:s1': 'Needs a floor for water\nin the north',
			'verdict:s1': 'needs-rework',
			publicValue: 'btc-block-1'
		});
	});
});
