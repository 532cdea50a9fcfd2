export type * from './types.js';
export { sortitionProtocol } from './types.js';
export { drawPanel } from './drawPanel.js';
export type { Replacement } from './drawPanel.js';
export { revealPanel } from './revealPanel.js';
export { verifyDraw } from './verifyDraw.js';
export type { PublishedDraw, Verification } from './verifyDraw.js';
export { parsePoolCsv, formatPoolCsv, poolCsvDefaults, splitCsv } from './parsePoolCsv.js';
export type { RowError, PoolCsvOptions } from './parsePoolCsv.js';
export { quotasSchema } from './quotasSchema.js';
export { protectedStratum } from './protectedStratum.js';
export { buildClassProblem } from './buildClassProblem.js';
export { lotteryDefaults } from './optimiseLottery.js';
export { poolDigest, quotasDigest, lotteryDigest, lotteryIndex, sha256, canonicalJson } from './digest.js';
export { legacyDraw, legacyFrequencies } from './legacyDraw.js';
export {
	syntheticPool,
	syntheticDefaults,
	type SyntheticCategory,
	type SyntheticOptions
} from './syntheticPool.js';
export { seededRandom } from './seededRandom.js';
export { maximinPanelDrawer } from './maximinPanelDrawer.js';
