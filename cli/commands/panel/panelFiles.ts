import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as v from 'valibot';
import { InputError, parseOrThrow } from '../../../data/schema/index.js';
import {
	formatPoolCsv,
	parsePoolCsv,
	quotasSchema,
	sortitionProtocol
} from '../../../scenarios/sortition/index.js';
import type {
	CommittedDraw,
	Pool,
	PoolCsvOptions,
	PublishedDraw,
	Quotas,
	Reveal
} from '../../../scenarios/sortition/index.js';

/** File names inside a draw folder: everything in it is meant to be published. */
export const drawFiles = {
	commitment: 'commitment.json',
	lottery: 'lottery.json',
	pool: 'pool.csv',
	quotas: 'quotas.json',
	probabilities: 'probabilities.csv',
	certificate: 'certificate.json',
	reveal: 'reveal.json'
} as const;

function readText(path: string, what: string): string {
	try {
		return readFileSync(path, 'utf8');
	} catch (error) {
		throw new InputError(what, [
			{
				path: '',
				expected: `a readable file (${(error as NodeJS.ErrnoException).code ?? 'unreadable'})`,
				received: path
			}
		]);
	}
}

function readJsonFile(path: string): unknown {
	try {
		return JSON.parse(readText(path, path));
	} catch (error) {
		if (error instanceof InputError) throw error;
		throw new InputError(path, [
			{ path: '', expected: `valid JSON (${(error as Error).message})`, received: path }
		]);
	}
}

/** Reads a pool CSV; every bad row becomes one issue (`row 7, column age`) unless `skipBadRows`, which reports and drops them. */
export function readPool(
	path: string,
	options: Partial<PoolCsvOptions>,
	skipBadRows: boolean,
	warn: (line: string) => void
): Pool {
	const { pool, errors } = parsePoolCsv(readText(path, `pool ${path}`), options);
	const issues = errors.map((e) => ({
		path: `row ${e.row}, column ${e.column}`,
		expected: e.message,
		received: e.value
	}));
	const fatal = errors.some((e) => e.row === 1);
	if (issues.length && (!skipBadRows || fatal)) throw new InputError(`pool ${path}`, issues);
	for (const i of issues)
		warn(`pool ${path}: skipped ${i.path}: ${i.expected} (${JSON.stringify(i.received)})`);
	return pool;
}

export const readQuotas = (path: string): Quotas =>
	parseOrThrow(quotasSchema, readJsonFile(path), `quotas ${path}`);

const commitmentSchema = v.looseObject({
	protocol: v.literal(sortitionProtocol),
	kind: v.picklist(['draw', 'replacement']),
	poolDigest: v.string(),
	quotasDigest: v.string(),
	panelSize: v.number(),
	panels: v.number(),
	lotteryDigest: v.string(),
	kept: v.array(v.string()),
	dropouts: v.array(v.string()),
	minProbability: v.number(),
	upperBound: v.number(),
	hash: v.string()
});
const lotterySchema = v.array(v.array(v.string()));
const revealSchema = v.strictObject({
	commitmentHash: v.string(),
	seed: v.string(),
	index: v.number(),
	panel: v.array(v.string())
});

/** Reads a published draw folder: commitment, panel list and, if present, the reveal. */
export function readDraw(dir: string): PublishedDraw {
	const commitment = parseOrThrow(
		commitmentSchema,
		readJsonFile(join(dir, drawFiles.commitment)),
		join(dir, drawFiles.commitment)
	);
	const lottery = parseOrThrow(
		lotterySchema,
		readJsonFile(join(dir, drawFiles.lottery)),
		join(dir, drawFiles.lottery)
	);
	const revealPath = join(dir, drawFiles.reveal);
	const reveal: Reveal | undefined = existsSync(revealPath)
		? parseOrThrow(revealSchema, readJsonFile(revealPath), revealPath)
		: undefined;
	return { commitment: commitment as PublishedDraw['commitment'], lottery, ...(reveal ? { reveal } : {}) };
}

/** Writes everything a committed draw publishes, before the seed: commitment, panels, pool, quotas, probabilities, certificate. */
export function writeDraw(dir: string, draw: CommittedDraw, pool: Pool, quotas: Quotas): void {
	mkdirSync(dir, { recursive: true });
	writeFileSync(join(dir, drawFiles.commitment), `${JSON.stringify(draw.commitment, null, 2)}\n`);
	writeFileSync(
		join(dir, drawFiles.lottery),
		`[\n${draw.lottery.map((p) => JSON.stringify(p)).join(',\n')}\n]\n`
	);
	writeFileSync(join(dir, drawFiles.pool), formatPoolCsv(pool));
	writeFileSync(join(dir, drawFiles.quotas), `${JSON.stringify(quotas, null, 2)}\n`);
	writeFileSync(join(dir, drawFiles.certificate), `${JSON.stringify(draw.certificate, null, 2)}\n`);
	writeFileSync(
		join(dir, drawFiles.probabilities),
		`id,probability,optimal\n${draw.volunteers.map((x) => `${JSON.stringify(x.id)},${x.probability},${x.optimal.toFixed(6)}`).join('\n')}\n`
	);
}

export function writeReveal(dir: string, reveal: Reveal): void {
	writeFileSync(join(dir, drawFiles.reveal), `${JSON.stringify(reveal, null, 2)}\n`);
}
