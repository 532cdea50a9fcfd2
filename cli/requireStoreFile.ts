import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { InputError } from '../data/schema/index.js';

/**
 * Refuses a store path where no file is: opening it would create an empty store, and a command
 * that only reads would then report "0 series" instead of the mistyped path. Names the setting.
 */
export function requireStoreFile(path: string, setting: string, command: string): string {
	let isFile = false;
	try {
		isFile = statSync(path).isFile();
	} catch {
		// Missing or unreadable: refused below with the path.
	}
	if (!isFile)
		throw new InputError(`resourceos ${command}`, [
			{
				path: setting,
				expected:
					'should name an existing store file (reading never creates one), but nothing is at that path',
				received: resolve(path)
			}
		]);
	return path;
}
