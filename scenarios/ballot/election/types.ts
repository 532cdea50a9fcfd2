/**
 * An end-to-end verifiable election for a panel vote (after Helios and Belenios): exponential
 * ElGamal on ristretto255, disjunctive Chaum–Pedersen proofs, signed ballots from credentials that
 * the server never holds, and a threshold decryption by trustees. Every field is public unless it
 * says otherwise. Points and scalars are lower-case hex (32 bytes each).
 */

/** Random bytes, passed in so that tests are deterministic and the browser uses its own CSPRNG. */
export type RandomBytes = (length: number) => Uint8Array;

/** A trustee's public contribution to the distributed key generation (Pedersen's DKG with Feldman commitments). */
export interface TrusteeCommitment {
	/** 1-based index; the share of trustee j is the polynomials evaluated at j. */
	readonly index: number;
	/** Feldman commitments a_k·G to the trustee's polynomial coefficients, k = 0 … threshold − 1. */
	readonly coefficients: readonly string[];
	/** Schnorr proof of knowledge of a_0 (so nobody can cancel the others' keys with a rogue key). */
	readonly proof: { readonly commitment: string; readonly response: string };
}

/** The credential authority's public key and its Ed25519 signature over the election's credential list. */
export interface CredentialAuthority {
	readonly publicKey: string;
	readonly signature: string;
}

/** What an election publishes before the vote: enough for anyone to check every ballot and the count. */
export interface ElectionManifest {
	/** Domain separation for every hash: the round, the stage and the ballot's options. */
	readonly id: string;
	/** The options in ballot order; the last may be `contest` (send the round back). */
	readonly options: readonly string[];
	/** How many trustees must take part in the decryption. */
	readonly threshold: number;
	readonly trustees: readonly TrusteeCommitment[];
	/** The joint public key: the sum of the trustees' a_0·G. */
	readonly publicKey: string;
	/** Ed25519 public keys of the panel's credentials, sorted (so their order says nothing about who holds which). */
	readonly credentials: readonly string[];
	/** Who issued the credentials, and its signature over them: the server cannot add one of its own. */
	readonly authority: CredentialAuthority;
	/** Most ballots that can count (the panel size): bounds the discrete logarithm of each total. */
	readonly maxVotes: number;
}

/** One option's encryption (a, b) = (r·G, m·G + r·Y) with a proof that m is 0 or 1. */
export interface EncryptedOption {
	readonly a: string;
	readonly b: string;
	/**
	 * Disjunctive Chaum–Pedersen proof: challenges and responses for the branches m = 0 and m = 1, and
	 * the four commitments they answer (t0a, t0b, t1a, t1b), so that a ballot's equations batch.
	 */
	readonly proof: {
		readonly c0: string;
		readonly c1: string;
		readonly s0: string;
		readonly s1: string;
		readonly commitments: readonly string[];
	};
}

/** A ballot as it leaves the voter's phone: no name, no code, no plain choice. */
export interface SignedBallot {
	readonly election: string;
	/** The ed25519 public key of the credential that signed it (one of the manifest's credentials). */
	readonly credential: string;
	readonly options: readonly EncryptedOption[];
	/** Chaum–Pedersen proof that the options' sum encrypts exactly 1: one choice, no more, no less. */
	readonly sumProof: { readonly c: string; readonly s: string; readonly commitments: readonly string[] };
	/** Ed25519 signature over everything above. */
	readonly signature: string;
}

/** A trustee's share of the decryption of every option total, each with a Chaum–Pedersen proof. */
export interface PartialDecryption {
	readonly trustee: number;
	readonly shares: readonly { readonly d: string; readonly c: string; readonly s: string }[];
}

/** Everything published after the close: from this alone `verifyElection` recomputes the result. */
export interface ElectionRecord {
	readonly manifest: ElectionManifest;
	/** Every ballot accepted, in the order accepted (a later ballot from a credential replaces its earlier one). */
	readonly ballots: readonly SignedBallot[];
	readonly decryptions: readonly PartialDecryption[];
	/** The published count per option, in manifest order. */
	readonly result: readonly number[];
}

/** Why a ballot or a record fails; each names what is wrong. */
export type ElectionProblem =
	| { readonly kind: 'unknown-credential'; readonly ballot: number; readonly credential: string }
	| { readonly kind: 'bad-signature'; readonly ballot: number }
	| { readonly kind: 'wrong-election'; readonly ballot: number; readonly election: string }
	| { readonly kind: 'bad-option-proof'; readonly ballot: number; readonly option: number }
	| { readonly kind: 'bad-sum-proof'; readonly ballot: number }
	| { readonly kind: 'malformed'; readonly ballot: number; readonly message: string }
	| { readonly kind: 'duplicate-ballot'; readonly ballot: number; readonly first: number }
	| { readonly kind: 'bad-trustee'; readonly trustee: number; readonly message: string }
	| { readonly kind: 'bad-public-key' }
	| { readonly kind: 'bad-credential-list'; readonly authority: string }
	| { readonly kind: 'bad-decryption'; readonly trustee: number; readonly option: number }
	| { readonly kind: 'undecryptable'; readonly message: string }
	| { readonly kind: 'too-few-trustees'; readonly have: number; readonly need: number }
	| {
			readonly kind: 'result-mismatch';
			readonly option: number;
			readonly published: number;
			readonly computed: number;
	  };

/** The outcome of a check: expected outcomes are values. */
export type ElectionCheck =
	| {
			readonly status: 'valid';
			readonly counted: number;
			readonly replaced: number;
			readonly result: readonly number[];
	  }
	| { readonly status: 'invalid'; readonly problems: readonly ElectionProblem[] };
