import { Worker } from 'node:worker_threads';

/**
 * A worker thread running a TypeScript entry. On Node 20 `execArgv: ['--import', 'tsx']` fails for
 * a .ts entry ("Unknown file extension"); a tiny eval bootstrap that registers tsx's API, then
 * imports the entry, works under node, tsx and vitest.
 */
export function startTsWorker(entry: URL): Worker {
	const tsxApi = import.meta.resolve('tsx/esm/api');
	return new Worker(
		`import(${JSON.stringify(tsxApi)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry.href)}); })`,
		{ eval: true }
	);
}
