import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseRegistry } from '../security/loadRegistry.js';

/** The test registry file: gateways gw-a (north-lake/depot-1/gw-1) and gw-b, and the ingest account. */
export const twoGatewaysFile = fileURLToPath(new URL('../security/cases/two-gateways.json', import.meta.url));

/** `twoGatewaysFile`, parsed as the broker and ingest read it. */
export const twoGateways = parseRegistry(
	JSON.parse(readFileSync(twoGatewaysFile, 'utf8')),
	'two-gateways.json'
);
