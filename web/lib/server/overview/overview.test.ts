import { describe, expect, it } from 'vitest';
import { defaultReferencePaths } from '../../../../data/reference/defaultReferencePaths.js';
import { loadReference } from '../../../../data/reference/loadReference.js';
import type { SilentGateway } from '../../../../sensors/ingest/index.js';
import type { AppContext, WorldPause } from '../context.js';
import { overview } from './overview.js';

const reference = await loadReference(defaultReferencePaths);
const DAY = 86_400_000;
const HOUR = 3_600_000;
const paused = Date.UTC(2026, 10, 1);

/**
 * An app whose loop world paused at `paused`: one gateway heard right up to the pause, one silent a
 * day before it. Ingest's clock runs a day ahead of the world (the end of the day to simulate) and
 * the app's clock (the rounds') runs on for `since` ms; ingest judges silence at the time it is given.
 */
function app(pause: WorldPause | null, since = 3 * DAY): AppContext {
	const heard = [
		{ gateway: { region: 'capital', site: 'store-water', gateway: 'capital-store-water-g1' }, at: paused },
		{ gateway: { region: 'steppe', site: 'plant-wheat', gateway: 'steppe-plant-wheat-g1' }, at: paused - DAY }
	];
	const silentGateways = (now = paused + DAY): SilentGateway[] =>
		heard
			.filter((g) => now - g.at >= 3 * 6 * HOUR)
			.map((g) => ({ gateway: g.gateway, state: 'silent', lastHeard: g.at }));
	return {
		reference,
		telemetry: { latest: async () => [] },
		analysis: { warnings: async () => [] },
		ledger: { audit: () => [] },
		ingest: { silentGateways, stale: () => [] },
		...(pause ? { pause: () => pause } : {}),
		now: () => paused + since,
		mqttUrl: 'mqtt://x',
		startedAt: new Date(paused - 10 * DAY)
	} as unknown as AppContext;
}

describe('the overview while the loop waits for a round', () => {
	it('says the world is paused, for which round and since when, and raises no alarm for gateways silent only because of it', async () => {
		const o = await overview(app({ round: 'r-7', since: paused }), 'ru');
		expect(o.paused).toEqual({ round: 'r-7', since: new Date(paused).toISOString() });
		// Only the gateway silent before the pause; its last signal is its real last arrival, not the app's time.
		expect(o.silentGateways!.map((g) => g.id)).toEqual(['steppe/plant-wheat/steppe-plant-wheat-g1']);
		expect(o.silentGateways![0]!.lastHeard).toBe(new Date(paused - DAY).toISOString());
		expect(o.silentGateways![0]!.lastHeard).not.toBe(o.asOf);
	});

	it("judges silence at ingest's own clock while the world runs", async () => {
		const o = await overview(app(null), 'en');
		expect(o.paused).toBeNull();
		expect(o.silentGateways!.map((g) => g.id)).toEqual([
			'capital/store-water/capital-store-water-g1',
			'steppe/plant-wheat/steppe-plant-wheat-g1'
		]);
	});

	it("names a silent gateway by its region and site in the reader's language, its id kept", async () => {
		const [ru] = (await overview(app({ round: 'r-7', since: paused }), 'ru')).silentGateways!;
		const steppe = reference.world.regions.find((r) => r.id === 'steppe')!;
		const wheat = reference.catalogue.resources.find((r) => r.id === 'wheat')!;
		expect(ru).toMatchObject({
			region: steppe.name.ru,
			site: `производство: ${wheat.name.ru}`,
			id: 'steppe/plant-wheat/steppe-plant-wheat-g1',
			state: 'silent'
		});
		const [en] = (await overview(app({ round: 'r-7', since: paused }), 'en')).silentGateways!;
		expect(en).toMatchObject({ region: steppe.name.en, site: `plant: ${wheat.name.en}` });
	});
});
