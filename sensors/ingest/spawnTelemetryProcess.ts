import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { TelemetrySettings } from './startTelemetry.js';

const entry = fileURLToPath(new URL('./runTelemetryProcess.ts', import.meta.url));

/**
 * For fault tests and benchmarks that must kill it: the telemetry side of `resourceos start` in a process
 * of its own (`runTelemetryProcess.ts`). `ready` resolves to it once it prints `ready`, and rejects if it
 * exits before; `child` is there at once, so a caller can kill it even if it never gets ready.
 */
export function spawnTelemetryProcess(settings: TelemetrySettings): {
	readonly child: ChildProcess;
	readonly ready: Promise<ChildProcess>;
} {
	const child = spawn(process.execPath, ['--import', 'tsx', entry, JSON.stringify(settings)], {
		stdio: ['ignore', 'pipe', 'inherit']
	});
	const ready = new Promise<ChildProcess>((resolve, reject) => {
		child.once('exit', (code) => reject(new Error(`telemetry process exited with ${code}`)));
		child.stdout!.on('data', (chunk: Buffer) => {
			if (chunk.toString().includes('ready')) {
				child.removeAllListeners('exit');
				resolve(child);
			}
		});
	});
	return { child, ready };
}
