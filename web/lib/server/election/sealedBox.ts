import type { AppContext } from '../context.js';

/** The public ballot box: every receipt in log order (ciphertexts are in the record), and the result once decrypted. */
export function sealedBox(app: AppContext, election: string) {
	const state = app.elections.read(election);
	if (!state) return undefined;
	return {
		election,
		closed: state.closed,
		receipts: state.receipts,
		options: state.manifest.options,
		result: state.result
	};
}
