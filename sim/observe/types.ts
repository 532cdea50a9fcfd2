/** Where each sensor series lives: flat arrays over gateways and series, built once per world. */
export interface SensorLayout {
	readonly gatewayIds: readonly string[];
	readonly gatewayRegion: Int32Array;
	readonly gatewaySite: readonly string[];
	/** Per series: its gateway, what it measures (0 stock of rk, 1 consumption of rk, 2 production of site p), and that index. */
	readonly seriesGateway: Int32Array;
	readonly seriesKind: Uint8Array;
	readonly seriesIndex: Int32Array;
	readonly seriesResource: readonly string[];
}
