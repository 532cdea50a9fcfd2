/** Where the embedded store keeps its file (`:memory:` for tests) and how long a writer waits for a lock (ms). */
export interface SqliteStoreOptions {
	readonly path: string;
	readonly busyTimeoutMs: number;
}

/** Defaults: `var/telemetry.sqlite`, wait up to 5 s for a lock held by another process. */
export const defaults: SqliteStoreOptions = { path: 'var/telemetry.sqlite', busyTimeoutMs: 5_000 };
