import type { Locale } from '../../i18n/types.js';
import { siteName } from '../../i18n/siteName.js';
import { unitName } from '../../i18n/unitName.js';
import { recordedLevels } from '../../../../scenarios/loop/recordedLevels.js';
import { heatMap } from '../charts/heatMap.js';
import type { AppContext } from '../context.js';
import { referenceNames } from '../referenceNames.js';
import { stockDays } from './stockDays.js';
import { scopeLevel } from './scopeLevel.js';
import type { Overview } from './types.js';

const iso = (ms: number) => new Date(ms).toISOString();

/** Empty first, then below the reserve, then forecast to run out or be cut: the order a person should act in. */
const urgency = { empty: 0, 'below-floor': 1, 'runs-out': 2, 'quota-cut': 3 } as const;

/** What the overview page shows, in the reader's language. */
export async function overview(app: AppContext, locale: Locale): Promise<Overview> {
	const { world, catalogue } = app.reference;
	const now = app.now();
	const names = referenceNames(app.reference, locale);
	const name = (id: string) => names.get(id) ?? id;
	const latest = await app.telemetry.latest({});
	const stocks = stockDays(latest, app.reference);
	const warnings = await app.analysis.warnings(now);
	const levels = recordedLevels(app.ledger.audit('loop'));
	// While the loop's world waits for a round no gateway sends anything: silence is judged at the
	// moment it paused, so only gateways silent before the pause are listed (and counted).
	const pause = app.pause?.() ?? null;
	const judgedAt = pause?.since;
	return {
		world: { id: world.id, name: world.name[locale] },
		regions: world.regions.map((r) => ({ id: r.id, name: r.name[locale], ...r.population })),
		resources: catalogue.resources.map((r) => ({
			id: r.id,
			name: r.name[locale],
			unit: unitName(r.unit, locale),
			tier: r.tier,
			...(r.norm ? { norm: { perPerson: r.norm.perPerson, per: r.norm.per } } : {})
		})),
		arcs: world.arcs.length,
		stocks: stocks && {
			map: heatMap(stocks.cells, names),
			oldest: iso(stocks.oldest),
			newest: iso(stocks.newest)
		},
		silentGateways:
			app.ingest?.silentGateways(judgedAt).map((g) => ({
				id: `${g.gateway.region}/${g.gateway.site}/${g.gateway.gateway}`,
				region: name(g.gateway.region),
				site: siteName(g.gateway.site, names, locale),
				state: g.state,
				lastHeard: g.lastHeard === undefined ? null : iso(g.lastHeard)
			})) ?? null,
		warnings: [...warnings]
			.sort((a, b) => urgency[a.state] - urgency[b.state])
			.map((w) => ({
				region: name(w.region),
				resource: name(w.resource),
				state: w.state,
				sentence: w.sentence[locale]
			})),
		threat: {
			federation: scopeLevel('federation', world.name[locale], levels, locale),
			regions: world.regions.map((r) => scopeLevel(r.id, r.name[locale], levels, locale)),
			silentSeries: app.ingest ? app.ingest.stale(judgedAt).length : null,
			series: latest.length
		},
		paused: pause && { round: pause.round, since: iso(pause.since) },
		asOf: iso(now),
		mqttUrl: app.mqttUrl,
		startedAt: app.startedAt.toISOString()
	};
}
