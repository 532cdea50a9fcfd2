export { connectGateway, GatewayRefusedError, type GatewayConnection } from './connectGateway.js';
export { createPublisher } from './createPublisher.js';
export {
	defaults as publisherDefaults,
	type GatewayCredentials,
	type GatewayReading,
	type PublisherOptions,
	type ReadingsPublisher
} from './types.js';
export { simulateFleet } from './simulateFleet.js';
