import { citizenTranslator } from '../../i18n/citizenMessages.js';
import { translator } from '../../i18n/translator.js';
import type { Locale } from '../../i18n/types.js';
import { unitName } from '../../i18n/unitName.js';
import type { AppContext } from '../context.js';
import { quotaChanges } from './quotaChanges.js';
import type { CitizenQuotas, QuotaLine } from './types.js';

const DAYS_PER_YEAR = 365.25;
const tags: Readonly<Record<Locale, string>> = { ru: 'ru-RU', en: 'en-GB' };

/**
 * The regions, and for `region` (a known id, or null) its quotas in force, each explained from the
 * record: what changed, which round adopted which scenario, that scenario's own summary and the
 * region's coverage under it. Yearly norms (clothing, devices) are shown per year, as people count them.
 */
export function citizenQuotas(app: AppContext, region: string | null, locale: Locale): CitizenQuotas {
	const { world, catalogue } = app.reference;
	const c = citizenTranslator(locale);
	const t = translator(locale);
	// Three significant digits: a quota of 0.46 kg stays 0.46, and 3000 kcal is not "3 000.00".
	const num = new Intl.NumberFormat(tags[locale], { maximumSignificantDigits: 3 });
	const pct = new Intl.NumberFormat(tags[locale], { style: 'percent', maximumFractionDigits: 0 });
	const regions = world.regions.map((r) => ({ id: r.id, name: r.name[locale] }));
	const chosen = regions.find((r) => r.id === region);
	if (!chosen) return { regions, region: null };
	const audit = app.ledger.audit();
	const adoptedIn = (round: string) => {
		const entry = audit.filter((e) => e.round === round && e.kind === 'adopted').at(-1);
		const id = entry && (JSON.parse(entry.payload) as { scenario: string }).scenario;
		return app.rounds.round(round)?.scenarios.find((s) => s.scenario.id === id)?.scenario;
	};
	const quotas = quotaChanges(audit, chosen.id).map((q): QuotaLine => {
		const resource = catalogue.resources.find((r) => r.id === q.resource);
		const per = resource?.norm?.per ?? 'day';
		const scale = per === 'year' ? DAYS_PER_YEAR : 1;
		const amount = q.perPersonPerDay * scale;
		const previous = q.previous === null ? null : q.previous * scale;
		const change =
			previous === null
				? 'new'
				: num.format(amount) === num.format(previous)
					? 'same'
					: amount > previous
						? 'raised'
						: 'cut';
		const name = resource?.name[locale] ?? q.resource;
		const unit = unitName(resource?.unit ?? '', locale);
		const scenario = adoptedIn(q.round);
		const coverage = scenario?.coverage?.find((e) => e.region === chosen.id && e.resource === q.resource);
		const explanation = [
			c(`quota.${change}`, {
				resource: name,
				amount: num.format(amount),
				previous: previous === null ? '' : num.format(previous),
				unit,
				per: t(`per.${per}`),
				from: q.effectiveFrom
			}),
			scenario
				? c('quota.because', {
						round: q.round,
						title: scenario.title[locale],
						summary: scenario.summary[locale]
					})
				: '',
			coverage ? c('quota.coverage', { share: pct.format(coverage.coverage) }) : ''
		]
			.filter((s) => s !== '')
			.join(' ');
		return {
			resource: q.resource,
			name,
			amount,
			previous,
			unit,
			per,
			change,
			effectiveFrom: q.effectiveFrom,
			round: q.round,
			explanation
		};
	});
	return { regions, region: { ...chosen, quotas } };
}
