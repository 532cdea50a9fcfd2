export type * from './types.js';
export { sortitionProtocol } from './types.js';
export { drawPanel } from './publish/drawPanel.js';
export type { Replacement } from './publish/drawPanel.js';
export { revealPanel } from './publish/revealPanel.js';
export { verifyDraw } from './publish/verifyDraw.js';
export type { PublishedDraw, Verification } from './publish/verifyDraw.js';
export { parsePoolCsv, formatPoolCsv, poolCsvDefaults, splitCsv } from './pool/parsePoolCsv.js';
export type { RowError, PoolCsvOptions } from './pool/parsePoolCsv.js';
export { quotasSchema } from './pool/quotasSchema.js';
export { protectedStratum } from './pool/protectedStratum.js';
export { buildClassProblem } from './pool/buildClassProblem.js';
export { lotteryDefaults } from './optimise/optimiseLottery.js';
export {
	poolDigest,
	quotasDigest,
	lotteryDigest,
	lotteryIndex,
	sha256,
	canonicalJson
} from './publish/digest.js';
export { legacyDraw, legacyFrequencies } from './baseline/legacyDraw.js';
export {
	syntheticPool,
	syntheticDefaults,
	type SyntheticCategory,
	type SyntheticOptions
} from './pool/syntheticPool.js';
export { seededRandom } from './rounding/seededRandom.js';
export { maximinPanelDrawer } from './publish/maximinPanelDrawer.js';
