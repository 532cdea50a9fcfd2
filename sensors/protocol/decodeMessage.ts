import * as v from 'valibot';
import { describeIssues, parse } from '../../data/schema/index.js';
import type { Quantity, Reading } from '../../data/telemetry/index.js';
import { isPlainPack } from './isPlainPack.js';
import { senmlPack, type SenmlPack } from './senmlSchema.js';
import { parseTopic } from './topics.js';
import {
	defaults,
	quantities,
	type Origin,
	type ProtocolContext,
	type ProtocolOptions,
	type Rejection,
	type SensorMessage
} from './types.js';
import { acceptedUnits, conversionFactor } from './units.js';

const GatewayStatusSchema = v.strictObject({
	state: v.picklist(['online', 'offline'], 'should be online or offline'),
	time: v.optional(v.pipe(v.number(), v.finite('should be ms since the epoch')))
});

/** SenML times below 2^28 s are relative to now (RFC 8428 §4.5.3). */
const RELATIVE_LIMIT_S = 2 ** 28;

/** Schemas and decoder built once: building a valibot schema per message cost more than checking it. */
const packSchemas = new Map<number, ReturnType<typeof senmlPack>>();
const packSchema = (maxRecords: number) => {
	let schema = packSchemas.get(maxRecords);
	if (!schema) packSchemas.set(maxRecords, (schema = senmlPack(maxRecords)));
	return schema;
};
const utf8 = new TextDecoder('utf-8', { fatal: true });

const reject = (reason: Rejection['reason'], detail: string): SensorMessage => ({
	kind: 'rejected',
	rejection: { reason, detail }
});

/** The deepest nesting of arrays and objects in JSON text, found without parsing it (strings skipped). */
function nestingDepth(text: string): number {
	let depth = 0;
	let max = 0;
	let inString = false;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (inString) {
			if (c === 0x5c)
				i++; // backslash: skip the escaped character
			else if (c === 0x22) inString = false;
		} else if (c === 0x22) inString = true;
		else if (c === 0x5b || c === 0x7b) max = Math.max(max, ++depth);
		else if (c === 0x5d || c === 0x7d) depth--;
	}
	return max;
}

/** Bytes → JSON, refusing oversized messages and invalid UTF-8 before parsing anything. */
function readJson(
	payload: Uint8Array,
	o: ProtocolOptions,
	/** For readings: a value that `isPlainPack` accepts is 2 deep at most, and needs no depth measuring. */
	expectPack: boolean
): { ok: true; value: unknown; plain: boolean } | { ok: false; message: SensorMessage } {
	if (payload.byteLength > o.maxMessageBytes)
		return {
			ok: false,
			message: reject('too-large', `message of ${payload.byteLength} bytes exceeds ${o.maxMessageBytes}`)
		};
	let text: string;
	try {
		text = utf8.decode(payload);
	} catch {
		return { ok: false, message: reject('invalid-utf8', 'payload is not valid UTF-8') };
	}
	// V8 parses deep JSON without recursing; only the depth of what is not a flat pack needs measuring.
	let value: unknown;
	let parseError: Error | undefined;
	try {
		value = JSON.parse(text);
	} catch (error) {
		parseError = error as Error;
	}
	const plain = !parseError && expectPack && o.maxDepth >= 2 && isPlainPack(value, o.maxRecords);
	if (!plain && (parseError || !(o.maxDepth >= 2 && isShallow(value)))) {
		const depth = nestingDepth(text);
		if (depth > o.maxDepth)
			return {
				ok: false,
				message: reject('too-deep', `JSON nested ${depth} levels deep; at most ${o.maxDepth}`)
			};
	}
	if (parseError)
		return {
			ok: false,
			message: reject('invalid-json', `payload is not JSON: ${parseError.message.slice(0, 200)}`)
		};
	return { ok: true, value, plain };
}

/** True for a value nested at most 2 deep with only primitives inside: a list of flat records, or one flat object. */
function isShallow(value: unknown): boolean {
	if (!Array.isArray(value)) return isFlat(value);
	for (const x of value) if (!isFlat(x)) return false;
	return true;
}

/** A primitive, or an object or array holding only primitives. */
function isFlat(x: unknown): boolean {
	if (typeof x !== 'object' || x === null) return true;
	for (const key in x) {
		const inner = (x as Record<string, unknown>)[key];
		if (typeof inner === 'object' && inner !== null) return false;
	}
	return true;
}

/**
 * Decodes one MQTT message into readings in canonical units (or a status, or a rejection).
 * Records are resolved as RFC 8428 §4.6 says: base fields apply to every later record until
 * changed; name = bn + n, time = bt + t (seconds), value = bv + v, unit = u or bu. A record that
 * fails a check is refused alone, with its index and reason; the others are kept.
 */
export function decodeMessage(
	topic: string,
	payload: Uint8Array,
	context: ProtocolContext,
	options: Partial<ProtocolOptions> = {}
): SensorMessage {
	const o: ProtocolOptions = { ...defaults, ...options };
	const where = parseTopic(topic);
	if (!where)
		return reject(
			'bad-topic',
			`topic ${JSON.stringify(topic.slice(0, 200))} is not ros/v1/{region}/{site}/{gateway}/readings|status`
		);
	const json = readJson(payload, o, where.kind === 'readings');
	if (!json.ok) return json.message;
	if (where.kind === 'status') {
		const status = parse(GatewayStatusSchema, json.value);
		return status.ok
			? { kind: 'status', origin: where.origin, status: status.value }
			: reject('bad-senml', describeIssues(status.issues));
	}
	// A plain pack (see `isPlainPack`) is what the schema would accept unchanged.
	const pack = json.plain
		? { ok: true as const, value: json.value as SenmlPack }
		: parse(packSchema(o.maxRecords), json.value);
	if (!pack.ok) return reject('bad-senml', describeIssues(pack.issues.slice(0, 5)));
	return resolveRecords(where.origin, pack.value, context, o);
}

/** An ISO time when Date can show it (±8.64e15 ms), else the number: formatting must never throw. */
const timeText = (ms: number) =>
	Number.isFinite(ms) && Math.abs(ms) <= 8.64e15 ? new Date(ms).toISOString() : `${ms} ms since the epoch`;

const refuse = (index: number, reason: Rejection['reason'], detail: string): Rejection => ({
	reason,
	detail: `${index}: ${detail}`,
	record: index
});

function resolveRecords(
	origin: Origin,
	pack: readonly {
		bn?: string;
		bt?: number;
		bu?: string;
		bv?: number;
		n?: string;
		u?: string;
		v?: number;
		t?: number;
		seq?: number;
	}[],
	context: ProtocolContext,
	o: ProtocolOptions
): SensorMessage {
	const seq = pack[0]!.seq!;
	let bn = '';
	let bt = 0;
	let bu: string | undefined;
	let bv = 0;
	const readings: Reading[] = [];
	const rejected: Rejection[] = [];
	for (let index = 0; index < pack.length; index++) {
		const r = pack[index]!;
		bn = r.bn ?? bn;
		bt = r.bt ?? bt;
		bu = r.bu ?? bu;
		bv = r.bv ?? bv;
		if (r.v === undefined && r.bv === undefined) {
			rejected.push(refuse(index, 'bad-senml', 'has no value (v)'));
			continue;
		}
		const name = bn + (r.n ?? '');
		const [resource, quantity, extra] = name.split('/');
		if (!resource || extra !== undefined || !quantities.includes(quantity as Quantity)) {
			rejected.push(
				refuse(
					index,
					'bad-senml',
					`name ${JSON.stringify(name)} should be {resource}/{quantity} with quantity one of ${quantities.join(', ')}`
				)
			);
			continue;
		}
		const canonical = context.unitOf(resource);
		if (canonical === undefined) {
			rejected.push(
				refuse(index, 'unknown-resource', `resource ${JSON.stringify(resource)} is not in the catalogue`)
			);
			continue;
		}
		const unit = r.u ?? bu;
		if (unit === undefined) {
			rejected.push(
				refuse(
					index,
					'unknown-unit',
					`${name} has no unit (u or bu); expected one of ${acceptedUnits(canonical).join(', ')}`
				)
			);
			continue;
		}
		const factor = conversionFactor(unit, canonical);
		if (factor === undefined) {
			rejected.push(
				refuse(
					index,
					'unknown-unit',
					`unit ${JSON.stringify(unit)} cannot be converted to ${canonical} for ${resource}; accepted: ${acceptedUnits(canonical).join(', ')}`
				)
			);
			continue;
		}
		const value = (bv + (r.v ?? 0)) * factor;
		if (!Number.isFinite(value) || value < 0) {
			rejected.push(
				refuse(index, 'impossible-value', `${name} = ${value} ${canonical}: should be a finite number ≥ 0`)
			);
			continue;
		}
		const seconds = bt + (r.t ?? 0);
		const time = Math.round((seconds < RELATIVE_LIMIT_S ? context.now / 1000 + seconds : seconds) * 1000);
		if (!Number.isFinite(time) || time > context.now + o.maxFutureMs) {
			rejected.push(
				refuse(
					index,
					'bad-time',
					`${name} at ${timeText(time)} is more than ${o.maxFutureMs / 1000} s in the future`
				)
			);
			continue;
		}
		if (time < context.now - o.maxPastMs) {
			rejected.push(
				refuse(
					index,
					'bad-time',
					`${name} at ${timeText(time)} is more than ${o.maxPastMs / 86_400_000} days in the past`
				)
			);
			continue;
		}
		const reading: Reading = {
			region: origin.region,
			site: origin.site,
			gateway: origin.gateway,
			resource,
			quantity: quantity as Quantity,
			time,
			value,
			seq
		};
		// Limits come from the registered world and the catalogue, never from the message itself:
		// a pack declaring a huge capacity must not make a huge stock plausible.
		const limit =
			quantity === 'stock' || quantity === 'capacity'
				? context.capacityOf(origin.region, resource)
				: context.flowLimitOf?.(origin.region, resource);
		if (limit !== undefined && value > limit) {
			rejected.push(
				refuse(
					index,
					'impossible-value',
					`${name} = ${value} ${canonical} above the ${quantity === 'stock' || quantity === 'capacity' ? "region's registered capacity" : 'largest plausible flow'} ${limit}`
				)
			);
			continue;
		}
		readings.push(reading);
	}
	return {
		kind: 'readings',
		origin,
		seq,
		readings,
		rejected
	};
}
