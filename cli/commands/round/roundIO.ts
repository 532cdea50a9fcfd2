import { randomBytes } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import type * as v from 'valibot';
import { ledgerPath, openLedger, type Ledger } from '../../../data/ledger/index.js';
import { InputError, parseOrThrow } from '../../../data/schema/index.js';
import { createRoundDesk, uniformPanelDrawer, type Invitation, type RoundDesk } from '../../../scenarios/round/index.js';
import { loadConfig } from '../../config/index.js';
import type { CliIO } from '../../types.js';

/** Opens the ledger in the configured data folder (or `dataDir`) and the round desk over it; close the ledger when done. */
export async function openDesk(io: CliIO, dataDir: string | undefined): Promise<{ desk: RoundDesk; ledger: Ledger }> {
	const dir = dataDir ?? (await loadConfig({ env: io.env, flags: {} })).dataDir;
	const ledger = openLedger(ledgerPath(dir));
	const desk = createRoundDesk({ store: ledger, clock: Date.now, secret: (n) => randomBytes(n), drawer: uniformPanelDrawer() });
	return { desk, ledger };
}

/** Reads a JSON file and validates it; errors name the file, the key path and the value. */
export async function readJson<S extends v.GenericSchema>(schema: S, path: string): Promise<v.InferOutput<S>> {
	let text: string;
	try {
		text = await readFile(path, 'utf8');
	} catch (error) {
		throw new InputError(path, [{ path: '(file)', expected: `should be a readable file (${(error as Error).message})`, received: path }]);
	}
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch (error) {
		throw new InputError(path, [{ path: '(file)', expected: `should be JSON (${(error as Error).message})`, received: text.slice(0, 40) }]);
	}
	return parseOrThrow(schema, json, path);
}

/** Writes invitations as CSV (panelist, stage, code, link) for printing or mail-merge; the codes exist nowhere else. */
export async function writeInvitations(path: string, invitations: readonly Invitation[], consoleUrl: string): Promise<void> {
	const rows = invitations.map((i) => `${i.panelist},${i.stage},${i.code},${consoleUrl}vote?c=${i.code}`);
	await writeFile(path, `panelist,stage,code,link\n${rows.join('\n')}\n`, { mode: 0o600 });
}
