import type { ExpertOptions } from './types.js';

/** Terms of at most two years (the design documents), a year's pause between terms, three reviewers a round. */
export const expertDefaults: ExpertOptions = { maxTermMonths: 24, cooldownMonths: 12, reviewersPerRound: 3 };
