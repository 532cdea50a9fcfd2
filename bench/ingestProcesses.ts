import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Ingest workers as separate processes on one shared subscription; each reports its latencies when stopped. */
export async function startIngestProcesses(n: number, settings: Record<string, unknown>, dir: string) {
	const entry = fileURLToPath(new URL('../sensors/ingest/runIngestProcess.ts', import.meta.url));
	const children: { child: ChildProcess; output: Promise<string> }[] = [];
	for (let i = 0; i < n; i++) {
		const own = {
			clientId: `${String(settings.clientId)}-${i}`,
			spoolDir: join(dir, `spool-${i}`),
			sqlitePath: join(dir, `unused-${i}.sqlite`),
			deadLettersPath: join(dir, `dead-${i}.sqlite`),
			measure: true
		};
		const child = spawn(
			process.execPath,
			['--import', 'tsx', entry, JSON.stringify({ ...settings, ...own })],
			{
				stdio: ['ignore', 'pipe', 'inherit']
			}
		);
		let text = '';
		await new Promise<void>((resolve, reject) => {
			child.once('exit', (code) => reject(new Error(`ingest process exited with ${code}`)));
			child.stdout!.on('data', (chunk: Buffer) => {
				text += chunk.toString();
				if (text.startsWith('ready\n')) resolve();
			});
		});
		child.removeAllListeners('exit');
		children.push({ child, output: new Promise((resolve) => child.once('exit', () => resolve(text))) });
	}
	const latenciesOf = (t: string) =>
		(
			JSON.parse(t.split('\n').find((l) => l.startsWith('{')) ?? '{"latencies":[]}') as {
				latencies: number[];
			}
		).latencies;
	return {
		async stop(): Promise<number[]> {
			for (const c of children) c.child.kill('SIGTERM');
			return (await Promise.all(children.map((c) => c.output))).flatMap(latenciesOf);
		}
	};
}
