export type { AppealPanel, AuditCase, AuditFlag, AuditOptions, AuditReason, WorkStructure } from './types.js';
export { appealDefaults, auditDefaults } from './defaults.js';
export { auditPoints } from './auditPoints.js';
export { decideCase, openCase } from './decideCase.js';
export { drawRandomAudit } from './drawRandomAudit.js';
export { gamingPopulation, type GamingPopulation } from './gamingPopulation.js';
