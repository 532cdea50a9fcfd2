import { InputError } from '../../data/schema/index.js';

/** Why a listen can fail because of its settings (not a bug): the port is taken, forbidden or the address is not ours. */
const SETTING_CODES: Readonly<Record<string, string>> = {
	EADDRINUSE: 'is in use by another process',
	EACCES: 'needs privileges this process lacks (ports below 1024)',
	EADDRNOTAVAIL: 'is not an address of this machine'
};

/**
 * Turns a failed listen on `host:port` into an error that names the setting to change
 * (`http.port`, `mqtt.port`) and the value, instead of a stack trace; other errors pass unchanged.
 */
export function portSettingError(error: unknown, setting: string, host: string, port: number): unknown {
	const code = (error as NodeJS.ErrnoException | undefined)?.code;
	const why = code === undefined ? undefined : SETTING_CODES[code];
	if (why === undefined) return error;
	const flag = `--${setting}=PORT`;
	return new InputError('configuration', [
		{
			path: setting,
			expected: `should be a port ResourceOS can listen on: ${host}:${port} ${why} (${code}); stop the other process or choose another port, e.g. ${flag}`,
			received: port
		}
	]);
}
