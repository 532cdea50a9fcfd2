import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/** A command running in a process group of its own, as a terminal runs a job. */
export interface GroupProcess {
	/** Resolves with the first match of `pattern` in what it printed to stdout; rejects if it exits first. */
	output(pattern: RegExp): Promise<RegExpMatchArray>;
	stdout(): string;
	stderr(): string;
	/** How many processes are in its group now (the command and everything it started). */
	members(): number;
	/** Sends `signal` to the whole group (as Ctrl-C does), waits for the command to exit, then counts what is left. */
	stop(signal: NodeJS.Signals): Promise<{ leftBehind: number }>;
}

/** Processes whose process group is `pgid` (Linux: field 5 of /proc/PID/stat, after the command name). */
function groupMembers(pgid: number): number {
	let members = 0;
	for (const entry of readdirSync('/proc')) {
		if (!/^\d+$/.test(entry)) continue;
		try {
			const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
			const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
			if (Number(fields[2]) === pgid) members++;
		} catch {
			// The process ended while we looked.
		}
	}
	return members;
}

/** Starts `command args` as the leader of a new process group (so signals reach it and all it spawned). */
export function startInGroup(command: string, args: readonly string[], env: NodeJS.ProcessEnv): GroupProcess {
	const child = spawn(command, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'], env });
	const pgid = child.pid!;
	let out = '';
	let err = '';
	child.stdout.on('data', (d) => (out += d));
	child.stderr.on('data', (d) => (err += d));
	const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
	return {
		output: (pattern) =>
			new Promise((resolve, reject) => {
				const check = () => {
					const m = out.match(pattern);
					if (m) resolve(m);
				};
				child.stdout.on('data', check);
				void exited.then(() => reject(new Error(`exited before printing ${pattern}:\n${out}\n${err}`)));
				check();
			}),
		stdout: () => out,
		stderr: () => err,
		members: () => groupMembers(pgid),
		async stop(signal) {
			try {
				process.kill(-pgid, signal);
			} catch {
				// The group is already gone.
			}
			await exited;
			// Children may take a moment to finish their own shutdown after the leader exits.
			for (let i = 0; i < 50 && groupMembers(pgid) > 0; i++) await new Promise((r) => setTimeout(r, 100));
			return { leftBehind: groupMembers(pgid) };
		}
	};
}
