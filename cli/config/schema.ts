import * as v from 'valibot';
import { FoodReading } from '../../data/reference/foodReference.js';

const Port = v.pipe(
	v.number('should be a number'),
	v.integer('should be an integer'),
	v.minValue(0, 'should be a port from 0 to 65535'),
	v.maxValue(65535, 'should be a port from 0 to 65535')
);
const Host = v.pipe(v.string(), v.nonEmpty('should be a host name or address'));
const HttpUrl = v.pipe(
	v.string(),
	v.url('should be a URL'),
	v.regex(/^https?:\/\//, 'should be an http:// or https:// URL')
);
const MqttUrl = v.pipe(
	v.string(),
	v.url('should be a URL'),
	v.regex(/^(mqtt|mqtts|ws|wss|tcp):\/\//, 'should be an mqtt://, mqtts://, ws:// or wss:// URL')
);

/** The whole configuration; every leaf has a default in `defaults.ts`. */
export const ConfigSchema = v.strictObject({
	/** Folder for the embedded stores, spool and dead letters. */
	dataDir: v.pipe(v.string(), v.nonEmpty('should be a folder path')),
	log: v.strictObject({
		level: v.picklist(
			['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'],
			'should be one of fatal, error, warn, info, debug, trace, silent'
		)
	}),
	http: v.strictObject({
		host: Host,
		port: Port,
		/** The console's address as people reach it (invitation links); empty = `http://{host}:{port}/`. */
		publicUrl: v.union([v.literal(''), HttpUrl], 'should be an http:// or https:// URL, or empty')
	}),
	mqtt: v.strictObject({
		/** `embedded` runs an Aedes broker in-process; `external` connects to `url` (e.g. Mosquitto). */
		broker: v.picklist(['embedded', 'external'], 'should be embedded or external'),
		host: Host,
		port: Port,
		url: MqttUrl,
		username: v.string(),
		password: v.string(),
		/** Gateway registry (JSON) whose credentials and topic rules the embedded broker enforces; empty = anonymous. */
		registry: v.string(),
		/**
		 * TLS. Embedded: a second listener on host:port with the PEM `certfile` and `keyfile` (none while
		 * they are empty). External: `cafile`, the CA that signed the broker's certificate for mqtts:// (empty = the system's).
		 */
		tls: v.strictObject({
			host: Host,
			port: Port,
			certfile: v.string(),
			keyfile: v.string(),
			cafile: v.string()
		})
	}),
	/** The ingest worker: MQTT → store. Spool and dead letters live under dataDir. */
	ingest: v.strictObject({
		enabled: v.boolean('should be true or false'),
		clientId: v.pipe(v.string(), v.nonEmpty('should be a client id')),
		shareGroup: v.pipe(
			v.string(),
			v.regex(/^[A-Za-z0-9_-]*$/, 'should be letters, digits, - or _ (or empty for none)')
		),
		maxInFlight: v.pipe(
			v.number(),
			v.integer('should be an integer'),
			v.minValue(1, 'should be ≥ 1'),
			v.maxValue(65535, 'should be ≤ 65535')
		),
		batchReadings: v.pipe(v.number(), v.integer('should be an integer'), v.minValue(1, 'should be ≥ 1')),
		batchDelayMs: v.pipe(v.number(), v.minValue(0, 'should be ≥ 0')),
		writesInFlight: v.pipe(
			v.number(),
			v.integer('should be an integer'),
			v.minValue(1, 'should be ≥ 1'),
			v.maxValue(16, 'should be ≤ 16')
		),
		expectedIntervalSeconds: v.pipe(v.number(), v.minValue(0.001, 'should be > 0'))
	}),
	telemetry: v.strictObject({
		store: v.picklist(['sqlite', 'influxdb'], 'should be sqlite or influxdb'),
		influx: v.strictObject({
			url: HttpUrl,
			database: v.pipe(v.string(), v.nonEmpty('should be a database name')),
			username: v.string(),
			password: v.string()
		})
	}),
	reference: v.strictObject({
		resources: v.pipe(v.string(), v.nonEmpty('should be a file path')),
		world: v.pipe(v.string(), v.nonEmpty('should be a file path')),
		surveyFields: v.pipe(v.string(), v.nonEmpty('should be a file path'))
	}),
	/** The closed loop of `resourceos start`: the world on an accelerated clock, rounds on schedule. */
	loop: v.strictObject({
		enabled: v.boolean('should be true or false'),
		/** The world's first day on a first start (YYYY-MM-DD; empty: today); kept in the checkpoint after that. */
		startDate: v.union(
			[v.literal(''), v.pipe(v.string(), v.isoDate())],
			'should be a date YYYY-MM-DD or empty for today'
		),
		/** Wall-clock ms per simulated day (0: as fast as the machine goes). */
		dayMs: v.pipe(v.number('should be a number'), v.minValue(0, 'should be ≥ 0')),
		roundEveryDays: v.pipe(
			v.number(),
			v.integer('should be a whole number of days'),
			v.minValue(1, 'should be ≥ 1')
		),
		firstRoundDay: v.pipe(v.number(), v.integer('should be a whole day'), v.minValue(0, 'should be ≥ 0')),
		/** A round before the schedule when a shortage is newly predicted or the threat level changes. */
		emergencyRounds: v.boolean('should be true or false'),
		/** Configured policies act for experts, the ethics council and a simulated panel (demos, tests). */
		autoCouncil: v.boolean('should be true or false'),
		panelSize: v.pipe(
			v.number(),
			v.integer('should be an integer'),
			v.minValue(1, 'should be ≥ 1'),
			v.maxValue(500, 'should be ≤ 500')
		),
		reserves: v.pipe(v.number(), v.integer('should be an integer'), v.minValue(0, 'should be ≥ 0')),
		warnAheadDays: v.pipe(v.number(), v.minValue(1, 'should be ≥ 1')),
		/**
		 * An emergency round when the plan's premise breaks: a region's basic good made under `zeroShare` of its
		 * need when the plan was proposed and over `madeShare` now, or the reverse (scenarios/loop/brokenPremise.ts).
		 */
		premise: v.pipe(
			v.strictObject({
				enabled: v.boolean('should be true or false'),
				zeroShare: v.pipe(
					v.number('should be a number'),
					v.minValue(0, 'should be a share from 0 to 1'),
					v.maxValue(1, 'should be a share from 0 to 1')
				),
				madeShare: v.pipe(
					v.number('should be a number'),
					v.minValue(0, 'should be a share from 0 to 1'),
					v.maxValue(1, 'should be a share from 0 to 1')
				)
			}),
			// Equal or crossed thresholds would call a round for a good that only wobbled around one share.
			v.forward(
				v.partialCheck(
					[['zeroShare'], ['madeShare']],
					(p) => p.madeShare > p.zeroShare,
					'should be more than loop.premise.zeroShare'
				),
				['madeShare']
			)
		),
		/** How the app counts food (the loop's world, its rounds, the console): by nutrient, or as the catalogue lists it. */
		food: FoodReading
	}),
	sim: v.strictObject({
		seed: v.pipe(v.number(), v.integer('should be an integer'), v.minValue(0, 'should be ≥ 0')),
		stepHours: v.picklist([1, 24], 'should be 1 (hour steps) or 24 (day steps)'),
		/** Automatic shipments between neighbours (the simulation's default); false: only adopted plans move goods. */
		redistribute: v.boolean('should be true or false')
	})
});

/** Key paths whose values are secrets: never logged, never shown. */
export const secretPaths: readonly string[] = ['mqtt.password', 'telemetry.influx.password'];
