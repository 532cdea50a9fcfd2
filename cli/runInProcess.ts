import { PassThrough } from 'node:stream';
import { main } from './main.js';

/** Runs `resourceos ARGV` in this process with captured output; for tests of commands. */
export async function runInProcess(
	argv: readonly string[],
	env: Readonly<Record<string, string | undefined>> = {}
): Promise<{ code: number; out: string; err: string }> {
	const stdout = new PassThrough();
	const stderr = new PassThrough();
	let out = '';
	let err = '';
	stdout.on('data', (d) => (out += d));
	stderr.on('data', (d) => (err += d));
	const code = await main(argv, { env, stdout, stderr });
	return { code, out, err };
}
