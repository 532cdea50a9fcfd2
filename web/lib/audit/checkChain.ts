import type { AuditEntry } from '../../../data/ledger/types.js';

/** One audit entry as the export carries it: the ledger's own record, unchanged (a type only: no ledger code reaches the browser). */
export type ExportedEntry = AuditEntry;

export type ChainCheck =
	| { readonly status: 'intact'; readonly entries: number; readonly head: string }
	| { readonly status: 'broken'; readonly seq: number; readonly why: 'gap' | 'link' | 'content' };

const GENESIS = '0'.repeat(64);

/** SHA-256 as hex with Web Crypto: the same in every browser and in Node, no code from the server. */
async function sha256Hex(text: string): Promise<string> {
	const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
	return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Recomputes a downloaded audit log in the reader's browser, trusting nothing the server says about
 * it: positions run 1, 2, 3…; each entry links to the hash before it (the first to 64 zeros); each
 * hash is SHA-256 of `prev \n at \n round \n kind \n payload` (the ledger's `entryHash`). Compare the
 * head it returns with one published elsewhere to see that nothing was cut off the end.
 */
export async function checkChain(entries: readonly ExportedEntry[]): Promise<ChainCheck> {
	let prev = GENESIS;
	for (const [i, e] of entries.entries()) {
		if (e.seq !== i + 1) return { status: 'broken', seq: i + 1, why: 'gap' };
		if (e.prev !== prev) return { status: 'broken', seq: e.seq, why: 'link' };
		if ((await sha256Hex(`${e.prev}\n${e.at}\n${e.round}\n${e.kind}\n${e.payload}`)) !== e.hash)
			return { status: 'broken', seq: e.seq, why: 'content' };
		prev = e.hash;
	}
	return { status: 'intact', entries: entries.length, head: prev };
}
