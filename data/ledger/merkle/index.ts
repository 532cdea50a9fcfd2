export type { AnchorReport, Hex, SignedHead } from './types.js';
export { checkAnchor } from './checkAnchor.js';
export { consistencyProof, leafHash, merkleRoot, verifyConsistency } from './merkleTree.js';
export { headSignatureValid, publicKeyText, signedHeadMessage, signHead } from './signedHead.js';
