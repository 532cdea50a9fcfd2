/** A gateway allowed to publish under `ros/v1/{region}/{site}/{gateway}/`, with its own credentials. */
export interface RegisteredGateway {
	readonly region: string;
	readonly site: string;
	readonly gateway: string;
	readonly username: string;
	/** Mosquitto `$7$` PBKDF2-SHA512 hash (plain passwords in the file are hashed on load). */
	readonly passwordHash: string;
	/** How often it reports (s); silence for 3 intervals marks its series stale. Default 10. */
	readonly intervalSeconds: number;
}

/** An ingest worker account: may subscribe to readings and status, never publish. */
export interface IngestAccount {
	readonly username: string;
	readonly passwordHash: string;
}

/** Everyone allowed on the broker. */
export interface GatewayRegistry {
	readonly ingest: readonly IngestAccount[];
	readonly gateways: readonly RegisteredGateway[];
}

/** Who a connected client is, once authenticated. */
export type Principal =
	| { readonly role: 'ingest'; readonly username: string }
	| { readonly role: 'gateway'; readonly username: string; readonly gateway: RegisteredGateway };
