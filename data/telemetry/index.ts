export type {
	Aggregate,
	Point,
	Quantity,
	Reading,
	SeriesFilter,
	SeriesKey,
	TelemetryStore,
	WindowValue
} from './types.js';
export { StoreRejectedError, StoreUnavailableError } from './types.js';
export { findStaleSeries, staleSeriesIn, type StaleSeries } from './findStaleSeries.js';
export { openTelemetryStore, type TelemetryStoreSettings } from './openTelemetryStore.js';
