/** A 32-byte SHA-256 value as 64 lower-case hex digits. */
export type Hex = string;

/**
 * The head of the audit log's Merkle tree (RFC 9162 §2.1), signed by the ledger's Ed25519 key.
 * Whoever keeps one can later prove that the log still starts with the same `size` entries.
 */
export interface SignedHead {
	/** Number of audit entries the tree covers. */
	readonly size: number;
	/** RFC 9162 Merkle tree hash over the entries' chain hashes. */
	readonly root: Hex;
	/** The chain hash of entry #size (the head hash older tools printed). */
	readonly chainHead: Hex;
	/** When the head was signed, ISO 8601 UTC. */
	readonly at: string;
	/** The ledger's Ed25519 public key, SPKI DER as base64 (also chained in the log's `log-key` entry). */
	readonly publicKey: string;
	/** Ed25519 signature over `signedHeadMessage(head)`, base64. */
	readonly signature: string;
}

/** What comparing a kept head with today's log found. */
export type AnchorReport =
	| { readonly status: 'consistent'; readonly head: SignedHead }
	| {
			readonly status: 'bad-signature' | 'other-key' | 'truncated' | 'rewritten';
			readonly head: SignedHead;
			readonly message: string;
	  };
