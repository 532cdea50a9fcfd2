export { accessRules } from './accessRules.js';
export { loadRegistry, parseRegistry } from './loadRegistry.js';
export { mosquittoAclFile, mosquittoPasswordFile } from './mosquittoFiles.js';
export { hashPassword, isPasswordHash, verifyPassword } from './mosquittoPassword.js';
export { RegistryFile } from './registrySchema.js';
export type { GatewayRegistry, IngestAccount, Principal, RegisteredGateway } from './types.js';
export { writeMosquittoConfig } from './writeMosquittoConfig.js';
