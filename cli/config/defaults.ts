import { defaultReferencePaths } from '../../data/reference/index.js';
import { premiseDefaults } from '../../scenarios/loop/loopDefaults.js';
import type { Config } from './types.js';

/** Runs on one machine with nothing installed: embedded broker, embedded SQLite store. */
export const defaults: Config = {
	dataDir: 'var',
	log: { level: 'info' },
	http: { host: '127.0.0.1', port: 8080, publicUrl: '' },
	mqtt: {
		broker: 'embedded',
		host: '127.0.0.1',
		port: 1883,
		url: 'mqtt://127.0.0.1:1883',
		username: '',
		password: '',
		registry: '',
		tls: { host: '0.0.0.0', port: 8883, certfile: '', keyfile: '', cafile: '' }
	},
	ingest: {
		enabled: true,
		clientId: 'resourceos-ingest',
		shareGroup: '',
		maxInFlight: 2000,
		batchReadings: 5000,
		batchDelayMs: 50,
		writesInFlight: 2,
		expectedIntervalSeconds: 10
	},
	telemetry: {
		store: 'sqlite',
		influx: { url: 'http://127.0.0.1:8086', database: 'resourceos', username: '', password: '' }
	},
	reference: { ...defaultReferencePaths },
	loop: {
		enabled: true,
		startDate: '',
		dayMs: 10_000,
		roundEveryDays: 28,
		firstRoundDay: 14,
		emergencyRounds: true,
		autoCouncil: false,
		panelSize: 50,
		reserves: 10,
		warnAheadDays: 28,
		premise: { enabled: true, ...premiseDefaults },
		food: 'nutrients'
	},
	sim: { seed: 1, stepHours: 24, redistribute: true }
};
