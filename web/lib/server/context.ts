import type { Config } from '../../../cli/config/index.js';
import type { ReferenceData } from '../../../data/reference/index.js';
import type { Accounts } from '../../../data/accounts/index.js';
import type { Ledger } from '../../../data/ledger/index.js';
import type { ElectionLedger } from '../../../data/ledger/election/index.js';
import type { RoundDesk } from '../../../scenarios/round/index.js';
import type { TelemetryStore } from '../../../data/telemetry/index.js';
import type { Analysis } from '../../../scenarios/loop/index.js';
import type { IngestWorker } from '../../../sensors/ingest/index.js';
import type { RateLimiter } from './auth/rateLimiter.js';
import type { StressJobs } from './stress/types.js';

/** Where the composition root puts the app context on each request (adapter-node's `platform.req`). */
export const CONTEXT = Symbol.for('resourceos.app-context');

/** What the console's server code may use: the running system's ports, built once at start. */
export interface AppContext {
	/** The configuration with secrets redacted. */
	readonly config: Config;
	readonly reference: ReferenceData;
	readonly startedAt: Date;
	/** Where gateways connect. */
	readonly mqttUrl: string;
	/** The ledger in dataDir: audit log, adopted plan, quotas and points. */
	readonly ledger: Ledger;
	/** Encrypted elections kept in the ledger's audit log (one instance: it caches each manifest's prepared key). */
	readonly elections: ElectionLedger;
	/** Decision rounds: review, strikes, the panel vote. */
	readonly rounds: RoundDesk;
	/** Console accounts (council, experts, ethics, analysts, operators) and their sessions. */
	readonly accounts: Accounts;
	/** Failed sign-ins per account and per address. */
	readonly signInLimiter: RateLimiter;
	/** The telemetry store, read for stocks and series. */
	readonly telemetry: TelemetryStore;
	/** Ingest's view of gateways and series (ingest's own clock); absent when ingest is off. */
	readonly ingest?: Pick<IngestWorker, 'silentGateways' | 'stale'>;
	/** The Correlation Center's shortage warnings with their sentences. */
	readonly analysis: Pick<Analysis, 'warnings'>;
	/** Stress tests started from the console. */
	readonly stress: StressJobs;
	/**
	 * While the loop's world waits for people on a round: which round, and the world's date when it
	 * paused (ms, the end of the last simulated day); null while it runs. Absent when the loop is off.
	 */
	readonly pause?: () => WorldPause | null;
	/** The time, ms since the epoch (a parameter, so tests can move it). */
	readonly now: () => number;
}

/** The loop's world paused for a round. */
export interface WorldPause {
	readonly round: string;
	/** The world's date when it paused (ms): no reading is sent after it until the round ends. */
	readonly since: number;
}

/** The app context of a request, or an error if the console runs outside `resourceos start`. */
export function contextOf(req: unknown): AppContext {
	const context = (req as Record<symbol, AppContext | undefined> | undefined)?.[CONTEXT];
	if (!context) throw new Error('no app context: the console must be served by `resourceos start`');
	return context;
}
