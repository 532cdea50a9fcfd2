/** A real server started by the harness for a test or a benchmark, on loopback, in a temporary folder. */
export interface RunningServer {
	/** Where clients connect, e.g. `mqtt://127.0.0.1:41237` or `http://127.0.0.1:41238`. */
	readonly url: string;
	readonly port: number;
	/** The temporary folder holding its config, data and log. */
	readonly dir: string;
	/** Stops the server (SIGTERM, then SIGKILL after 5 s); its data stays until `dispose`. */
	stop(): Promise<void>;
	/** Starts it again on the same port with the same data. */
	restart(): Promise<void>;
	/** Stops it and deletes its folder. */
	dispose(): Promise<void>;
}
