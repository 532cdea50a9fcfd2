// Test helper: appends N audit entries to the ledger at argv[2] from a second process.
import { openLedger } from '../openLedger.js';

const [path, count, label] = process.argv.slice(2);
const ledger = openLedger(path!);
for (let i = 0; i < Number(count); i++)
	ledger.append('concurrency', { kind: 'review', data: { by: label, i } }, Date.now());
ledger.close();
