export { decodeMessage } from './decodeMessage.js';
export { encodeReadings, type OutgoingReading } from './encodeReadings.js';
export { protocolContextOf } from './protocolContextOf.js';
export { ingestFilters, parseTopic, SEGMENT, TOPIC_ROOT, topicOf, type TopicKind } from './topics.js';
export { defaults as protocolDefaults, quantities } from './types.js';
export type {
	GatewayStatus,
	Origin,
	ProtocolContext,
	ProtocolOptions,
	RejectReason,
	Rejection,
	SensorMessage
} from './types.js';
export { acceptedUnits, conversionFactor } from './units.js';
