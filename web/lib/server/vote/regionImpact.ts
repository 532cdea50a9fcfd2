import type { ProposedScenario } from '../../../../data/plan/types.js';
import type { Locale } from '../../i18n/types.js';
import type { AppContext } from '../context.js';
import type { RegionImpact } from './types.js';

/**
 * What a scenario means for each region, in three plain numbers: the lowest coverage of a basic need
 * over the plan (and which), the mean coverage of basic needs, and how many of the region's quotas
 * in force it would cut. Empty when the planner gave no coverage per region.
 */
export function regionImpact(app: AppContext, scenario: ProposedScenario, locale: Locale): RegionImpact[] {
	const basic = (scenario.coverage ?? []).filter((c) => c.tier === 'basic');
	const inForce = app.ledger.quotas();
	const nameOf = (list: readonly { id: string; name: Record<Locale, string> }[], id: string) =>
		list.find((x) => x.id === id)?.name[locale] ?? id;
	return [...new Set(basic.map((c) => c.region))]
		.map((region) => {
			const mine = basic.filter((c) => c.region === region);
			const lowest = mine.reduce((a, b) => (b.coverage < a.coverage ? b : a));
			const cut = scenario.plan.quotas.filter((q) => {
				const now = inForce.find((f) => f.region === region && f.resource === q.resource);
				return q.region === region && now !== undefined && q.perPersonPerDay < now.perPersonPerDay;
			}).length;
			return {
				region: nameOf(app.reference.world.regions, region),
				lowest: lowest.coverage,
				lowestResource: nameOf(app.reference.catalogue.resources, lowest.resource),
				mean: mine.reduce((sum, c) => sum + c.coverage, 0) / mine.length,
				quotasCut: cut
			};
		})
		.sort((a, b) => a.region.localeCompare(b.region, locale));
}
