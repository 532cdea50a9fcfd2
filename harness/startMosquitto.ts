import { mkdtemp, writeFile } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { requireBinary } from './findBinary.js';
import { freePort } from './freePort.js';
import { startServerProcess } from './serverProcess.js';
import type { RunningServer } from './types.js';

/** Extra Mosquitto settings: a password file and ACL (as file contents), persistence. */
export interface MosquittoOptions {
	/** Contents of a password file made by `mosquitto_passwd` (or our own generator); off = anonymous. */
	readonly passwordFile?: string;
	/** Contents of an ACL file. */
	readonly aclFile?: string;
	/** Keep sessions and queued messages across restarts (default true). */
	readonly persistence?: boolean;
	/** Extra lines appended to mosquitto.conf. */
	readonly extra?: readonly string[];
}

function portOpen(port: number): Promise<boolean> {
	return new Promise((resolve) => {
		const socket = connect(port, '127.0.0.1');
		socket.once('connect', () => {
			socket.destroy();
			resolve(true);
		});
		socket.once('error', () => resolve(false));
	});
}

/** Starts a real Mosquitto 2 broker on a free loopback port in a temporary folder. */
export async function startMosquitto(options: MosquittoOptions = {}): Promise<RunningServer> {
	const binary = requireBinary('mosquitto');
	const dir = await mkdtemp(join(tmpdir(), 'ros-mosquitto-'));
	const port = await freePort();
	// Started as root, Mosquitto drops to user 'mosquitto', which cannot write our temporary folder.
	const lines = [
		`user ${userInfo().username}`,
		`listener ${port} 127.0.0.1`,
		`persistence ${options.persistence === false ? 'false' : 'true'}`,
		`persistence_location ${dir}/`,
		'log_dest stdout',
		'log_type error',
		'log_type warning',
		'log_type notice',
		'max_queued_messages 0'
	];
	if (options.passwordFile !== undefined) {
		await writeFile(join(dir, 'passwd'), options.passwordFile, { mode: 0o600 });
		lines.push('allow_anonymous false', `password_file ${dir}/passwd`);
	} else lines.push('allow_anonymous true');
	if (options.aclFile !== undefined) {
		await writeFile(join(dir, 'acl'), options.aclFile, { mode: 0o600 });
		lines.push(`acl_file ${dir}/acl`);
	}
	lines.push(...(options.extra ?? []));
	await writeFile(join(dir, 'mosquitto.conf'), `${lines.join('\n')}\n`);
	return startServerProcess({
		name: 'mosquitto',
		binary,
		args: ['-c', join(dir, 'mosquitto.conf')],
		dir,
		port,
		url: `mqtt://127.0.0.1:${port}`,
		ready: () => portOpen(port)
	});
}
