import * as v from 'valibot';
import { protectedCategories } from './protectedCategories.js';

const Id = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]*$/, 'should be a lower-case id (a-z, 0-9, -)'));
const NonNegative = v.pipe(v.number(), v.finite('should be a finite number'), v.minValue(0, 'should be ≥ 0'));
const Share = v.pipe(v.number(), v.minValue(0, 'should be ≥ 0'), v.maxValue(1, 'should be ≤ 1'));
const Names = v.strictObject({ en: v.pipe(v.string(), v.nonEmpty()), ru: v.pipe(v.string(), v.nonEmpty()) });

export const Tier = v.picklist(['basic', 'social', 'rare'], 'should be basic, social or rare');
export const Unit = v.picklist(
	['L', 'kcal', 'kg', 'm2', 'kWh', 'dose', 'set', 'item'],
	'should be a catalogue unit'
);

export const Norm = v.strictObject({
	perPerson: NonNegative,
	per: v.picklist(['day', 'year', 'stock'], 'should be day, year or stock'),
	physicalLabourExtra: v.optional(NonNegative),
	perChildExtra: v.optional(NonNegative)
});

export const Resource = v.strictObject({
	id: Id,
	name: Names,
	unit: Unit,
	tier: Tier,
	norm: v.optional(Norm),
	storageLossPerDay: Share,
	/** The strategic reserve this good is held to, in days of need (default: the shortage settings' 182). */
	reserveDays: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(3650))),
	/** Resources that may stand in: at most `maxShare` of what is received, one unit supplying `perUnit` units of the need (default 1). */
	substitutes: v.optional(
		v.array(
			v.strictObject({
				by: Id,
				maxShare: Share,
				perUnit: v.optional(v.pipe(v.number(), v.finite(), v.gtValue(0, 'should be > 0'))),
				/** What one unit of the substitute carries of each of the need's `nutrients` (g of protein a kg; absent: none). */
				nutrients: v.optional(v.record(Id, NonNegative))
			})
		)
	),
	/**
	 * Nutrients the need must supply besides its own unit (food in kcal must also bring 60 g of protein a
	 * person-day), each with what one unit of this good carries. Coverage is the scarcer nutrient's.
	 */
	nutrients: v.optional(
		v.array(
			v.strictObject({
				id: Id,
				unit: v.pipe(v.string(), v.nonEmpty('should be a unit')),
				perPersonPerDay: v.pipe(NonNegative, v.gtValue(0, 'should be > 0')),
				perUnit: NonNegative
			})
		)
	),
	/** The survey fields this good's series are derived from (ids of surveyFields.json): their categories travel with it. */
	derivedFrom: v.optional(v.array(Id)),
	pointsCost: v.optional(NonNegative),
	distribution: v.optional(v.picklist(['queue', 'lottery', 'sharing'])),
	/** What serving one unit of a social or rare good draws from its region: inputs (kWh of energy, …) and hours of labour. */
	service: v.optional(
		v.strictObject({
			inputs: v.array(v.strictObject({ resource: Id, perUnit: NonNegative })),
			labourHours: NonNegative
		})
	)
});

export const Catalogue = v.pipe(
	v.strictObject({ version: v.literal(1), resources: v.pipe(v.array(Resource), v.nonEmpty()) }),
	v.check(
		(c) => new Set(c.resources.map((r) => r.id)).size === c.resources.length,
		'resource ids should be unique'
	),
	v.check(
		(c) =>
			c.resources.every((r) => (r.substitutes ?? []).every((s) => c.resources.some((o) => o.id === s.by))),
		'every substitute should be a resource of the catalogue'
	),
	v.check(
		(c) =>
			c.resources.every((r) =>
				(r.service?.inputs ?? []).every((i) =>
					c.resources.some((o) => o.id === i.resource && o.tier === 'basic')
				)
			),
		'every service input should be a basic resource of the catalogue'
	)
);

const Production = v.strictObject({
	resource: Id,
	capacityPerDay: NonNegative,
	seasonality: v.strictObject({
		amplitude: Share,
		peakDayOfYear: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(366))
	}),
	source: v.optional(v.picklist(['solar', 'wind', 'hydro', 'coal', 'gas', 'nuclear'])),
	inputs: v.optional(v.array(v.strictObject({ resource: Id, perUnit: NonNegative })))
});

const Storage = v.pipe(
	v.strictObject({ resource: Id, capacity: NonNegative, initial: NonNegative }),
	v.check((s) => s.initial <= s.capacity, 'initial stock should not exceed capacity')
);

export const Region = v.strictObject({
	id: Id,
	name: Names,
	location: v.strictObject({
		lat: v.pipe(v.number(), v.minValue(-90), v.maxValue(90)),
		lon: v.pipe(v.number(), v.minValue(-180), v.maxValue(180))
	}),
	population: v.pipe(
		v.strictObject({
			adults: v.pipe(v.number(), v.integer(), v.minValue(0)),
			children: v.pipe(v.number(), v.integer(), v.minValue(0)),
			physicalWorkers: v.pipe(v.number(), v.integer(), v.minValue(0))
		}),
		v.check(
			(p) => p.physicalWorkers <= p.adults,
			'physical workers are adults: physicalWorkers should be ≤ adults'
		)
	),
	production: v.array(Production),
	storage: v.array(Storage),
	gatewaysPerSite: v.pipe(v.number(), v.integer(), v.minValue(1)),
	/** Autonomy cluster: regions of one cluster still share stock when a threat level puts them on local reserves. */
	cluster: v.optional(Id)
});

export const Arc = v.strictObject({
	id: v.pipe(v.string(), v.nonEmpty()),
	from: Id,
	to: Id,
	mode: v.picklist(['road', 'rail', 'pipeline', 'grid', 'sea']),
	lengthKm: NonNegative,
	leadTimeDays: v.pipe(v.number(), v.integer(), v.minValue(0)),
	lossRate: Share,
	carries: v.record(Id, v.strictObject({ capacityPerDay: NonNegative, energyKWhPerUnit: NonNegative }))
});

export const World = v.pipe(
	v.strictObject({
		version: v.literal(1),
		id: Id,
		name: Names,
		startDate: v.pipe(v.string(), v.isoDate('should be a date YYYY-MM-DD')),
		regions: v.pipe(v.array(Region), v.nonEmpty()),
		arcs: v.array(Arc)
	}),
	v.check(
		(w) => new Set(w.regions.map((r) => r.id)).size === w.regions.length,
		'region ids should be unique'
	),
	v.check((w) => new Set(w.arcs.map((a) => a.id)).size === w.arcs.length, 'arc ids should be unique'),
	v.check((w) => w.arcs.every((a) => a.from !== a.to), 'an arc should join two different regions')
);

const categoryIds = protectedCategories.map((c) => c.id);

/** One survey field: its id, names, and the protected category it records (null: none). */
export const SurveyField = v.strictObject({
	id: Id,
	name: Names,
	category: v.nullable(
		v.picklist(categoryIds, `should be a protected category (${categoryIds.join(', ')}) or null`)
	)
});

/** The survey fields resources may be derived from (cross-checks in lineageIssues.ts). */
export const SurveyFields = v.strictObject({ version: v.literal(1), fields: v.array(SurveyField) });
