export { twoGateways, twoGatewaysFile } from './twoGateways.js';
export { useMosquitto } from './useMosquitto.js';
export { waterOnlyContext } from './waterOnlyContext.js';
