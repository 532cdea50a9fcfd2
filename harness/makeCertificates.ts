import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { requireBinary } from './findBinary.js';

/** PEM files of a throw-away CA and a server certificate it signed. */
export interface TestCertificates {
	readonly caFile: string;
	readonly certFile: string;
	readonly keyFile: string;
}

/**
 * Makes a CA and a server certificate for `localhost` and 127.0.0.1, valid two days, in `dir`,
 * with the openssl command line (P-256 keys: fast to make). For tests of TLS listeners only.
 */
export async function makeCertificates(dir: string): Promise<TestCertificates> {
	const openssl = requireBinary('openssl');
	const run = (...args: string[]) => promisify(execFile)(openssl, args, { cwd: dir });
	const key = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];
	await run(
		'req',
		'-x509',
		...key,
		'-keyout',
		'ca.key',
		'-out',
		'ca.pem',
		'-days',
		'2',
		'-subj',
		'/CN=test CA'
	);
	await run('req', ...key, '-keyout', 'server.key', '-out', 'server.csr', '-subj', '/CN=localhost');
	await writeFile(join(dir, 'san.ext'), 'subjectAltName=DNS:localhost,IP:127.0.0.1\n');
	await run(
		'x509',
		...['-req', '-in', 'server.csr', '-CA', 'ca.pem', '-CAkey', 'ca.key', '-CAcreateserial'],
		...['-out', 'server.pem', '-days', '2', '-extfile', 'san.ext']
	);
	return { caFile: join(dir, 'ca.pem'), certFile: join(dir, 'server.pem'), keyFile: join(dir, 'server.key') };
}
