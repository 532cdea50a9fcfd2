import type { AppContext } from '../context.js';
import type { ChainStatus } from './types.js';

/** Recomputes the whole audit chain on each view: cheap at council scale (thousands of entries), and never stale. */
export function chainStatus(app: AppContext): ChainStatus {
	const report = app.ledger.verify();
	return report.status === 'intact'
		? { intact: true, entries: report.entries, head: report.head }
		: { intact: false, entries: app.ledger.audit().length, message: report.message };
}
