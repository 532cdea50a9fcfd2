import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { describeIssues, InputError, parse, parseOrThrow } from './parse.js';

const Port = v.object({ http: v.object({ port: v.pipe(v.number(), v.integer('should be an integer')) }) });

describe('parse', () => {
	it('returns the value when valid', () => {
		expect(parse(Port, { http: { port: 80 } })).toEqual({ ok: true, value: { http: { port: 80 } } });
	});

	it('names the key path and the value of every issue', () => {
		const parsed = parse(Port, { http: { port: 1.5 } });
		expect(parsed.ok).toBe(false);
		if (parsed.ok) return;
		expect(describeIssues(parsed.issues)).toBe('http.port: should be an integer, got 1.5');
	});

	it('throws an InputError that names the source', () => {
		expect(() => parseOrThrow(Port, { http: { port: 'x' } }, 'config.json')).toThrowError(InputError);
		expect(() => parseOrThrow(Port, { http: { port: 'x' } }, 'config.json')).toThrowError(
			/config\.json:\n {2}http\.port: .*"x"/
		);
	});
});
