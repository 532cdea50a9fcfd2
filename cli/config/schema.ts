import * as v from 'valibot';

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
		registry: v.string()
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
		world: v.pipe(v.string(), v.nonEmpty('should be a file path'))
	}),
	sim: v.strictObject({
		seed: v.pipe(v.number(), v.integer('should be an integer'), v.minValue(0, 'should be ≥ 0')),
		stepHours: v.picklist([1, 24], 'should be 1 (hour steps) or 24 (day steps)')
	})
});

/** Key paths whose values are secrets: never logged, never shown. */
export const secretPaths: readonly string[] = ['mqtt.password', 'telemetry.influx.password'];
