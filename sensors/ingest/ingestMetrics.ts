import { Counter, Gauge, Registry } from 'prom-client';
import type { IngestWorker } from './createIngestPipeline.js';

/**
 * The ingest counters, stale series and silent gateways as Prometheus metrics (prom-client; text
 * exposition format from `registry.metrics()`), read from the worker at every scrape.
 */
export function ingestMetrics(worker: IngestWorker, now: () => number): Registry {
	const registry = new Registry();
	const totals = [
		['messages', 'Messages taken from the broker.'],
		['received', 'Readings decoded from messages, accepted or not.'],
		['stored', 'Readings written to the store directly.'],
		['rejected', 'Readings and whole messages refused and dead-lettered.'],
		['spooled', 'Readings written to the on-disk spool while the store was down.'],
		['replayed', 'Spooled readings since written to the store.'],
		['duplicateMessages', 'Messages whose sequence number the gateway had sent before.'],
		['missingMessages', 'Sequence numbers gateways skipped (messages that never arrived).']
	] as const;
	for (const [key, help] of totals)
		new Counter({
			name: `resourceos_ingest_${key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)}_total`,
			help,
			registers: [registry],
			collect() {
				// Set from the worker's running total at each scrape.
				this.reset();
				this.inc(worker.counters()[key]);
			}
		});
	const gauges = [
		['spoolBacklog', 'resourceos_ingest_spool_backlog', 'Readings waiting in the spool now.'],
		['inFlight', 'resourceos_ingest_in_flight', 'Messages received and not yet acknowledged.'],
		[
			'lagMs',
			'resourceos_ingest_lag_milliseconds',
			'Now minus the newest stored reading time, at its storing.'
		]
	] as const;
	for (const [key, name, help] of gauges)
		new Gauge({
			name,
			help,
			registers: [registry],
			collect() {
				this.set(worker.counters()[key]);
			}
		});
	new Gauge({
		name: 'resourceos_ingest_dead_letters',
		help: 'Dead letters kept, by reason.',
		labelNames: ['reason'],
		registers: [registry],
		collect() {
			this.reset();
			for (const [reason, n] of Object.entries(worker.deadLetters.countByReason())) this.set({ reason }, n);
		}
	});
	new Gauge({
		name: 'resourceos_series_stale_seconds',
		help: 'Series silent for 3 expected intervals: seconds since ingest last received a reading of it.',
		labelNames: ['region', 'site', 'gateway', 'resource', 'quantity'],
		registers: [registry],
		collect() {
			this.reset();
			const at = now();
			for (const s of worker.stale(at)) this.set({ ...s.series }, (at - s.lastSeen) / 1000);
		}
	});
	new Gauge({
		name: 'resourceos_gateway_silent',
		help: 'Gateways not reporting (1 per gateway), by state: never-heard, offline (Last Will) or silent.',
		labelNames: ['region', 'site', 'gateway', 'state'],
		registers: [registry],
		collect() {
			this.reset();
			for (const g of worker.silentGateways(now())) this.set({ ...g.gateway, state: g.state }, 1);
		}
	});
	return registry;
}
