import {
	closeSync,
	fsyncSync,
	mkdirSync,
	openSync,
	readdirSync,
	readFileSync,
	rmSync,
	writeSync
} from 'node:fs';
import { join } from 'node:path';
import type { Reading } from '../../data/telemetry/index.js';

/** An append-only, on-disk queue of batches, replayed oldest first. */
export interface Spool {
	/** Appends a batch; when it returns (with fsync on) the batch survives a crash. */
	append(batch: readonly Reading[]): void;
	/** The oldest batch, or undefined when the spool is empty. */
	peek(): readonly Reading[] | undefined;
	/** Drops the oldest batch, after it was stored. */
	shift(): void;
	/** Readings waiting. */
	readonly size: number;
	close(): void;
}

const SEGMENT = /^(\d{12})\.jsonl$/;
const name = (n: number) => `${String(n).padStart(12, '0')}.jsonl`;

/**
 * A spool of numbered segment files (JSON Lines, one batch a line). New batches go to the newest
 * segment; replay reads the oldest segment whole and deletes it once every batch in it is stored,
 * so a crash during replay only repeats writes, which the store makes idempotent. A line cut short
 * by a crash during `append` was never acknowledged, so it is skipped (the broker redelivers it).
 */
export function openSpool(
	dir: string,
	options: { fsync: boolean; segmentBatches?: number } = { fsync: true }
): Spool {
	mkdirSync(dir, { recursive: true });
	const segmentBatches = options.segmentBatches ?? 1_000;
	const segments = readdirSync(dir)
		.map((f) => SEGMENT.exec(f)?.[1])
		.filter((n): n is string => n !== undefined)
		.map(Number)
		.sort((a, b) => a - b);
	const readSegment = (n: number): Reading[][] =>
		readFileSync(join(dir, name(n)), 'utf8')
			.split('\n')
			.flatMap((line) => {
				if (line === '') return [];
				try {
					return [JSON.parse(line) as Reading[]];
				} catch {
					return []; // a torn last line: never acknowledged
				}
			});
	// The oldest segment's batches, loaded for replay; the writer never appends to it once loaded.
	let head: { n: number; batches: Reading[][] } | undefined;
	let writer: { n: number; fd: number; batches: number } | undefined;
	let size = 0;
	for (const n of segments) size += readSegment(n).reduce((s, b) => s + b.length, 0);
	const nextNumber = () => Math.max(0, ...segments, writer?.n ?? 0, head?.n ?? 0) + 1;
	const closeWriter = () => {
		if (!writer) return;
		closeSync(writer.fd);
		writer = undefined;
	};

	return {
		append(batch) {
			if (!writer || writer.batches >= segmentBatches) {
				closeWriter();
				const n = nextNumber();
				writer = { n, fd: openSync(join(dir, name(n)), 'a'), batches: 0 };
				segments.push(n);
			}
			writeSync(writer.fd, `${JSON.stringify(batch)}\n`);
			if (options.fsync) fsyncSync(writer.fd);
			writer.batches++;
			size += batch.length;
		},
		peek() {
			while (!head || head.batches.length === 0) {
				if (head) {
					rmSync(join(dir, name(head.n)), { force: true });
					segments.splice(segments.indexOf(head.n), 1);
					head = undefined;
				}
				const oldest = segments[0];
				if (oldest === undefined) return undefined;
				if (writer?.n === oldest) closeWriter(); // start a new segment for later appends
				head = { n: oldest, batches: readSegment(oldest) };
			}
			return head.batches[0];
		},
		shift() {
			const batch = head?.batches.shift();
			if (batch) size -= batch.length;
		},
		get size() {
			return size;
		},
		close: closeWriter
	};
}
