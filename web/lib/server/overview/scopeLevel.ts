import type { RecordedLevel } from '../../../../scenarios/loop/recordedLevels.js';
import { RANK } from '../../../../sim/threat/stepThreat.js';
import type { ThreatCause } from '../../../../sim/threat/types.js';
import { stateTranslator } from '../../i18n/stateMessages.js';
import type { Locale } from '../../i18n/types.js';
import type { ScopeLevel } from './types.js';

/** A cause in the reader's words: stock days as days, shares as percentages. */
function causeText(c: ThreatCause, locale: Locale): string {
	const s = stateTranslator(locale);
	const days = (x: number) => (Number.isFinite(x) ? x.toFixed(1) : '∞');
	const pct = (x: number) => `${Math.round(x * 100)}%`;
	switch (c.trigger) {
		case 'stock-days':
			return s('cause.stock-days', { value: days(c.value), threshold: days(c.threshold) });
		case 'sensors-lost':
		case 'below-lifeline':
		case 'regions':
			return s(`cause.${c.trigger}`, { value: pct(c.value), threshold: pct(c.threshold) });
		case 'cut-off':
		case 'declared':
			return s(`cause.${c.trigger}`);
	}
}

/** One scope's recorded level for the overview; normal and never changed when the log has nothing on it. */
export function scopeLevel(
	scope: string,
	name: string,
	recorded: ReadonlyMap<string, RecordedLevel>,
	locale: Locale
): ScopeLevel {
	const r = recorded.get(scope);
	if (!r) return { scope, name, level: 'normal', since: null, cause: null };
	const s = stateTranslator(locale);
	// Lifting reports the old level's triggers, now clear: say so, so a cleared value does not read as a cause.
	const causes = r.causes.map((c) => causeText(c, locale)).join('; ');
	const lifted = r.causes.length > 0 && RANK[r.level] < RANK[r.from];
	return {
		scope,
		name,
		level: r.level,
		since: new Date(r.at).toISOString(),
		cause: causes === '' ? null : lifted ? s('cause.cleared', { causes }) : causes
	};
}
