import { openInfluxStore, type InfluxStoreOptions } from './influx/index.js';
import { openSqliteStore } from './sqlite/index.js';
import type { TelemetryStore } from './types.js';

/** Which adapter to open: embedded SQLite at `sqlitePath` (default), or InfluxDB through the v1 API. */
export interface TelemetryStoreSettings {
	readonly store: 'sqlite' | 'influxdb';
	readonly sqlitePath: string;
	readonly influx: Pick<InfluxStoreOptions, 'url' | 'database' | 'username' | 'password'>;
}

/** Opens the configured TelemetryStore adapter. */
export function openTelemetryStore(settings: TelemetryStoreSettings): TelemetryStore {
	switch (settings.store) {
		case 'sqlite':
			return openSqliteStore({ path: settings.sqlitePath });
		case 'influxdb':
			return openInfluxStore(settings.influx);
	}
}
