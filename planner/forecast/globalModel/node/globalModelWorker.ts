import { parentPort } from 'node:worker_threads';
import type { GlobalModelHandle } from '../types.js';
import { tf, tfjsGlobalModel } from './tfjsGlobalModel.js';
import type { WorkerReply, WorkerRequest } from './protocol.js';
import { useWasmBackend } from './useWasmBackend.js';

/** Worker entry: trains and serves global models off the main thread; replies carry the request id. */
const port = parentPort;
if (!port) throw new Error('globalModelWorker must run in a worker thread');
const models = new Map<number, GlobalModelHandle>();
let nextModel = 1;

async function handle(message: WorkerRequest): Promise<WorkerReply> {
	await useWasmBackend(tf);
	switch (message.type) {
		case 'train': {
			const handle = await tfjsGlobalModel.train(message.data, message.options);
			const model = nextModel++;
			models.set(model, handle);
			return { type: 'trained', id: message.id, model };
		}
		case 'predict': {
			const model = models.get(message.model);
			if (!model) throw new Error(`no model ${message.model}`);
			return {
				type: 'predicted',
				id: message.id,
				outputs: await model.predict(message.inputs, message.count)
			};
		}
		case 'dispose': {
			await models.get(message.model)?.dispose();
			models.delete(message.model);
			return { type: 'disposed', id: message.id, numTensors: tf.memory().numTensors };
		}
		case 'memory':
			return { type: 'memory', id: message.id, numTensors: tf.memory().numTensors };
	}
}

port.on('message', (message: WorkerRequest) => {
	handle(message).then(
		(reply) => port.postMessage(reply),
		(error: unknown) =>
			port.postMessage({
				type: 'error',
				id: message.id,
				message: error instanceof Error ? error.message : String(error)
			} satisfies WorkerReply)
	);
});
