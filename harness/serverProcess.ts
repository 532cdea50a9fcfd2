import { spawn, type ChildProcess } from 'node:child_process';
import { openSync, closeSync, readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import type { RunningServer } from './types.js';

/** How to run one server and know that it is ready. */
export interface ServerSpec {
	readonly name: string;
	readonly binary: string;
	readonly args: readonly string[];
	readonly dir: string;
	readonly port: number;
	readonly url: string;
	/** Resolves true once the server answers. */
	readonly ready: () => Promise<boolean>;
	/** How long to wait for `ready`, in ms. Default 30 000. */
	readonly startTimeoutMs?: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function waitExit(child: ChildProcess, ms: number): Promise<boolean> {
	if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
	return new Promise((resolve) => {
		const timer = setTimeout(() => resolve(false), ms);
		child.once('exit', () => {
			clearTimeout(timer);
			resolve(true);
		});
	});
}

/** Starts a server process with its output in `dir/server.log` and waits until it is ready. */
export async function startServerProcess(spec: ServerSpec): Promise<RunningServer> {
	const logPath = `${spec.dir}/server.log`;
	let child: ChildProcess | undefined;

	const start = async () => {
		const log = openSync(logPath, 'a');
		child = spawn(spec.binary, spec.args, { cwd: spec.dir, stdio: ['ignore', log, log] });
		closeSync(log);
		const started = child;
		const deadline = Date.now() + (spec.startTimeoutMs ?? 30_000);
		while (Date.now() < deadline) {
			if (started.exitCode !== null) break;
			if (await spec.ready().catch(() => false)) return;
			await sleep(50);
		}
		await stop();
		const tail = readFileSync(logPath, 'utf8').split('\n').slice(-15).join('\n');
		throw new Error(`${spec.name} did not become ready on port ${spec.port}; last log lines:\n${tail}`);
	};

	const stop = async () => {
		const running = child;
		child = undefined;
		if (!running) return;
		running.kill('SIGTERM');
		if (!(await waitExit(running, 5_000))) {
			running.kill('SIGKILL');
			await waitExit(running, 5_000);
		}
	};

	await start();
	return {
		url: spec.url,
		port: spec.port,
		dir: spec.dir,
		stop,
		restart: async () => {
			await stop();
			await start();
		},
		dispose: async () => {
			await stop();
			await rm(spec.dir, { recursive: true, force: true });
		}
	};
}
