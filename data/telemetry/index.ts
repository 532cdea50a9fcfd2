export type { Aggregate, Point, Quantity, Reading, SeriesFilter, SeriesKey, TelemetryStore, WindowValue } from './types.js';
export { StoreRejectedError, StoreUnavailableError } from './types.js';
