import type * as TF from '@tensorflow/tfjs';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';

/**
 * Selects the tfjs wasm backend, loading its .wasm files from node_modules (in Node the default URL points at a CDN).
 * https://github.com/tensorflow/tfjs/tree/master/tfjs-backend-wasm#using-bundlers
 */
export async function useWasmBackend(tf: typeof TF): Promise<void> {
	if (tf.getBackend() === 'wasm') return;
	const wasmFile = createRequire(import.meta.url).resolve(
		'@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm'
	);
	setWasmPaths(`${dirname(wasmFile)}/`);
	if (!(await tf.setBackend('wasm'))) throw new Error('tfjs wasm backend failed to initialise');
	await tf.ready();
}
