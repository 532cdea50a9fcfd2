import type { Locale } from '../../i18n/types.js';
import { unitName } from '../../i18n/unitName.js';
import { lastThreatLevel } from '../../../../scenarios/loop/lastThreatLevel.js';
import type { AppContext } from '../context.js';
import type { Overview } from './types.js';

/** What the overview page shows, in the reader's language. */
export function overview(app: AppContext, locale: Locale): Overview {
	const { world, catalogue } = app.reference;
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
		mqttUrl: app.mqttUrl,
		startedAt: app.startedAt.toISOString(),
		threat: lastThreatLevel(app.ledger.audit('loop'))
	};
}
