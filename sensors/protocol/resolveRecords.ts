import type { Quantity, Reading } from '../../data/telemetry/index.js';
import {
	quantities,
	type Origin,
	type ProtocolContext,
	type ProtocolOptions,
	type Rejection,
	type SensorMessage
} from './types.js';
import { acceptedUnits, conversionFactor } from './units.js';

/** SenML times below 2^28 s are relative to now (RFC 8428 §4.5.3). */
const RELATIVE_LIMIT_S = 2 ** 28;

/** An ISO time when Date can show it (±8.64e15 ms), else the number: formatting must never throw. */
const timeText = (ms: number) =>
	Number.isFinite(ms) && Math.abs(ms) <= 8.64e15 ? new Date(ms).toISOString() : `${ms} ms since the epoch`;

const refuse = (index: number, reason: Rejection['reason'], detail: string): Rejection => ({
	reason,
	detail: `${index}: ${detail}`,
	record: index
});

/** A record name and unit already resolved in this pack, with the plausibility limit of that resource. */
interface KnownName {
	readonly name: string;
	readonly unit: string;
	readonly resource: string;
	readonly quantity: Quantity;
	readonly canonical: string;
	readonly factor: number;
	readonly limit: number | undefined;
}

/**
 * The readings of a checked SenML pack from `origin`, resolved as RFC 8428 §4.6 says (base
 * fields apply to every later record until changed), in canonical units; each record that fails a
 * check is refused alone, with its index and reason.
 */
export function resolveRecords(
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
	let known: KnownName | undefined;
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
		const unit = r.u ?? bu;
		// A pack repeats one name and unit: look them up once while they stay the same.
		if (known?.name !== name || known.unit !== unit) {
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
			const limit =
				quantity === 'stock' || quantity === 'capacity'
					? context.capacityOf(origin.region, resource)
					: context.flowLimitOf?.(origin.region, resource);
			known = { name, unit, resource, quantity: quantity as Quantity, canonical, factor, limit };
		}
		const { resource, quantity, canonical, factor, limit } = known;
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
			quantity,
			time,
			value,
			seq
		};
		// Limits come from the registered world and the catalogue, never from the message itself:
		// a pack declaring a huge capacity must not make a huge stock plausible.
		if (limit !== undefined && value > limit) {
			const bound =
				quantity === 'stock' || quantity === 'capacity'
					? "region's registered capacity"
					: 'largest plausible flow';
			rejected.push(
				refuse(index, 'impossible-value', `${name} = ${value} ${canonical} above the ${bound} ${limit}`)
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
