import type * as v from 'valibot';
import type { ConfigSchema } from './schema.js';

/** The validated configuration of one ResourceOS process. */
export type Config = v.InferOutput<typeof ConfigSchema>;

/** Where a setting's value came from, for error messages. */
export type ConfigSource = 'default' | `file ${string}` | `env ${string}` | `flag --${string}`;

/** The raw layers, lowest precedence first after the defaults. */
export interface ConfigInputs {
	/** Path of a JSON config file, if any (`--config` or RESOURCEOS_CONFIG). */
	readonly file?: string;
	/** The process environment; only RESOURCEOS_* variables are read. */
	readonly env: Readonly<Record<string, string | undefined>>;
	/** `--key.path=value` flags, already split from the command's own flags. */
	readonly flags: Readonly<Record<string, string>>;
}
