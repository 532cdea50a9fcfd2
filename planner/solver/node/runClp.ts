import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** What native CLP reported for an MPS model: status line, objective, wall time including parsing. */
export type ClpResult =
	| { readonly status: 'optimal'; readonly objective: number; readonly ms: number; readonly solveMs: number }
	| { readonly status: 'infeasible' | 'failed'; readonly message: string; readonly ms: number };

/**
 * Runs COIN-OR CLP (Debian `coinor-clp`) on an MPS text with its dual simplex, as the native
 * reference for the benchmark and for tests. `solveMs` is CLP's own reported solve time.
 */
export async function runClp(
	mps: string,
	options: { readonly binary?: string; readonly args?: readonly string[] } = {}
): Promise<ClpResult> {
	const dir = await mkdtemp(join(tmpdir(), 'resourceos-clp-'));
	try {
		const file = join(dir, 'model.mps');
		await writeFile(file, mps);
		const started = performance.now();
		let stdout: string;
		try {
			({ stdout } = await run(options.binary ?? 'clp', [file, ...(options.args ?? ['-dualsimplex'])], {
				maxBuffer: 64 * 1024 * 1024
			}));
		} catch (error) {
			return { status: 'failed', message: (error as Error).message, ms: performance.now() - started };
		}
		const ms = performance.now() - started;
		const optimal = /Optimal objective\s+(\S+)\s+-\s+\d+ iterations time ([\d.]+)/.exec(stdout);
		if (optimal)
			return { status: 'optimal', objective: Number(optimal[1]), ms, solveMs: Number(optimal[2]) * 1000 };
		if (/infeasible/i.test(stdout))
			return { status: 'infeasible', message: stdout.trim().split('\n').pop() ?? '', ms };
		return { status: 'failed', message: stdout.trim().split('\n').slice(-3).join(' '), ms };
	} finally {
		await rm(dir, { recursive: true, force: true });
	}
}
