import * as v from 'valibot';
import { SEGMENT } from '../protocol/index.js';
import { isPasswordHash } from './mosquittoPassword.js';

const Segment = v.pipe(
	v.string('should be a string'),
	v.regex(SEGMENT, 'should be 1-64 letters, digits, - or _ (a topic segment)')
);
const Username = v.pipe(
	v.string('should be a string'),
	v.regex(/^[A-Za-z0-9._-]{1,64}$/, 'should be 1-64 letters, digits, ., - or _')
);
const Hash = v.pipe(
	v.string(),
	v.check(
		isPasswordHash,
		'should be a Mosquitto $7$ hash (from mosquitto_passwd; or give `password` and it is hashed on load)'
	)
);
const Password = v.pipe(
	v.string(),
	v.minLength(12, 'should be at least 12 characters'),
	v.maxLength(512, 'should be at most 512 characters')
);
const secret = <T extends v.ObjectEntries>(entries: T) =>
	v.pipe(
		v.strictObject({ ...entries, password: v.optional(Password), passwordHash: v.optional(Hash) }),
		v.check(
			(e) => (e.password === undefined) !== (e.passwordHash === undefined),
			'should have exactly one of password and passwordHash'
		)
	);

/** The registry file: `{ "version": 1, "ingest": [...], "gateways": [...] }`; usernames and gateway topics unique. */
export const RegistryFile = v.pipe(
	v.strictObject({
		version: v.literal(1, 'should be 1'),
		ingest: v.array(secret({ username: Username })),
		gateways: v.array(
			secret({
				region: Segment,
				site: Segment,
				gateway: Segment,
				username: Username,
				intervalSeconds: v.optional(v.pipe(v.number(), v.minValue(0.1, 'should be ≥ 0.1')), 10)
			})
		)
	}),
	v.check((r) => {
		const names = [...r.ingest, ...r.gateways].map((e) => e.username);
		return new Set(names).size === names.length;
	}, 'usernames should be unique'),
	v.check(
		(r) => new Set(r.gateways.map((g) => `${g.region}/${g.site}/${g.gateway}`)).size === r.gateways.length,
		'each gateway (region/site/gateway) should appear once'
	)
);
