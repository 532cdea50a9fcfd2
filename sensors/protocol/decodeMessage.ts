import * as v from 'valibot';
import { describeIssues, parse } from '../../data/schema/index.js';
import { isPlainPack } from './isPlainPack.js';
import { senmlPack, type SenmlPack } from './senmlSchema.js';
import { resolveRecords } from './resolveRecords.js';
import { parseTopic } from './topics.js';
import {
	defaults,
	type ProtocolContext,
	type ProtocolOptions,
	type Rejection,
	type SensorMessage
} from './types.js';

const GatewayStatusSchema = v.strictObject({
	state: v.picklist(['online', 'offline'], 'should be online or offline'),
	time: v.optional(v.pipe(v.number(), v.finite('should be ms since the epoch')))
});

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
